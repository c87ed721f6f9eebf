using Haven.Domain.People;
using E = Haven.Domain.CinCensus.CinElements;

namespace Haven.Domain.CinCensus.Rules;

public sealed class LaChildIdMissing() : CinChildRule("8500", "LA Child ID missing", E.LAchildID)
{
    public override IEnumerable<CinIssue> Check(CinCensusChild child, CinRuleContext context)
    {
        if (string.IsNullOrWhiteSpace(child.LAchildID))
        {
            yield return Issue(child, E.LAchildID, child.LAchildID, CinIssueLocation.Child);
        }
    }
}

public sealed class LaChildIdTooLong() : CinChildRule("1570", "LA Child ID must not be longer than 20 characters", E.LAchildID)
{
    public const int MaxLength = 20;

    public override IEnumerable<CinIssue> Check(CinCensusChild child, CinRuleContext context)
    {
        if (child.LAchildID is { Length: > MaxLength })
        {
            yield return Issue(child, E.LAchildID, child.LAchildID, CinIssueLocation.Child);
        }
    }
}

public sealed class LaChildIdNotAlphanumeric()
    : CinChildRule("1580", "LA Child ID must not contain any non-alphanumeric characters", E.LAchildID)
{
    public override IEnumerable<CinIssue> Check(CinCensusChild child, CinRuleContext context)
    {
        // The DfE means A-Z and 0-9: accented letters break the matching of children across returns.
        if (child.LAchildID is { Length: > 0 } id && !id.All(char.IsAsciiLetterOrDigit))
        {
            yield return Issue(child, E.LAchildID, id, CinIssueLocation.Child);
        }
    }
}

/// <summary>Checks of one part of a UPN. Each UPN rule looks at its own characters so each mistake is named once.</summary>
public abstract class UpnRule(string id, string message) : CinChildRule(id, message, E.UPN)
{
    public override IEnumerable<CinIssue> Check(CinCensusChild child, CinRuleContext context)
    {
        if (child.UPN is { Length: > 0 } upn && IsWrong(upn))
        {
            yield return Issue(child, E.UPN, upn, CinIssueLocation.Child);
        }
    }

    protected abstract bool IsWrong(string upn);

    /// <summary>13 characters with 2–12 digits and 13 a digit or an allowed letter: the shape the check letter is worked out from.</summary>
    protected static bool HasWellFormedBody(string upn) =>
        upn.Length == 13 && upn.AsSpan(1, 11).ContainsAnyExceptInRange('0', '9') is false && IsValidLastCharacter(upn[12]);

    /// <summary>A digit, or a letter other than I, O and S (temporary UPNs).</summary>
    protected static bool IsValidLastCharacter(char c) => char.IsAsciiDigit(c) || "ABCDEFGHJKLMNPQRTUVWXYZ".Contains(c, StringComparison.Ordinal);
}

public sealed class UpnCheckLetter() : UpnRule("1510", "UPN invalid (wrong check letter at character 1)")
{
    // UniquePupilNumber holds the DfE's check-letter sum, including temporary UPNs whose 13th character is a
    // letter. The reference validator skips those; the DfE's rule covers them, so this does too.
    protected override bool IsWrong(string upn) => HasWellFormedBody(upn) && !UniquePupilNumber.TryParse(upn, out _);
}

public sealed class UpnLaCode() : UpnRule("1530", "UPN invalid (characters 2-4 not a recognised LA code)")
{
    protected override bool IsWrong(string upn) => upn.Length >= 4 && !CinCodeSets.UpnLaCodes.Contains(upn.Substring(1, 3));
}

public sealed class UpnNumericMiddle() : UpnRule("1540", "UPN invalid (characters 5-12 not all numeric)")
{
    protected override bool IsWrong(string upn) =>
        upn.Length > 4 && upn.AsSpan(4, Math.Min(upn.Length, 12) - 4).ContainsAnyExceptInRange('0', '9');
}

public sealed class UpnLastCharacter() : UpnRule("1550", "UPN invalid (character 13 not a recognised value)")
{
    protected override bool IsWrong(string upn) => upn.Length == 13 && !IsValidLastCharacter(upn[12]);
}

public sealed class FormerUpnFormat()
    : CinChildRule("1560Q", "Please check and either amend or provide a reason: Former UPN wrongly formatted", E.FormerUPN)
{
    public override IEnumerable<CinIssue> Check(CinCensusChild child, CinRuleContext context)
    {
        // The DfE's format is the UPN type: a letter, 11 digits, then a digit or a letter. The reference
        // validator wants 12 digits and so flags temporary former UPNs, which are exactly what this field is for.
        if (child.FormerUPN is { Length: > 0 } upn && !IsUpnShaped(upn))
        {
            yield return Issue(child, E.FormerUPN, upn, CinIssueLocation.Child);
        }
    }

    private static bool IsUpnShaped(string upn) =>
        upn.Length == 13 && char.IsAsciiLetter(upn[0]) && !upn.AsSpan(1, 11).ContainsAnyExceptInRange('0', '9') && char.IsAsciiLetterOrDigit(upn[12]);
}

public sealed class DateOfBirthXorExpected()
    : CinChildRule("8525Q", "Either Date of Birth or Expected Date of Birth must be provided (but not both)", E.PersonBirthDate, E.ExpectedPersonBirthDate)
{
    public override IEnumerable<CinIssue> Check(CinCensusChild child, CinRuleContext context)
    {
        var born = child.IsPresent(E.PersonBirthDate, child.PersonBirthDate);
        var expected = child.IsPresent(E.ExpectedPersonBirthDate, child.ExpectedPersonBirthDate);
        if (born == expected)
        {
            var field = born ? E.ExpectedPersonBirthDate : E.PersonBirthDate;
            yield return Issue(child, field, child.Shown(field, field == E.PersonBirthDate ? child.PersonBirthDate : child.ExpectedPersonBirthDate), CinIssueLocation.Child);
        }
    }
}

public sealed class BirthAfterCensus() : NotAfterRule(
    "8520", "Date of Birth is after data collection period (must be on or before the end of the census period)",
    (child, context) => [new(new DatedField(child, E.PersonBirthDate, child.PersonBirthDate, CinIssueLocation.Child), context.ReferenceDate)],
    E.PersonBirthDate);

public sealed class ExpectedBirthOutOfRange() : CinChildRule(
    "8530Q",
    "Please check and either amend data or provide a reason: Expected Date of Birth is outside the expected range for this census (March to December of the Census Year end)",
    E.ExpectedPersonBirthDate)
{
    public override IEnumerable<CinIssue> Check(CinCensusChild child, CinRuleContext context)
    {
        // DfE: between the reference date less 30 days and the reference date plus 9 months, both included.
        if (child.ExpectedPersonBirthDate is { } expected
            && (expected < context.ReferenceDate.AddDays(-30) || expected > context.ReferenceDate.AddMonths(9)))
        {
            yield return Issue(child, E.ExpectedPersonBirthDate, CinDates.Format(expected), CinIssueLocation.Child);
        }
    }
}

public sealed class DeathBeforeBirth() : NotBeforeRule(
    "8535Q",   "Please check and either amend data or provide a reason: Child’s date of death should not be prior to the date of birth",
    (child, _) => [new(new DatedField(child, E.PersonDeathDate, child.PersonDeathDate, CinIssueLocation.Child), child.PersonBirthDate)],
    E.PersonDeathDate, E.PersonBirthDate);

public sealed class DeathOutsideCensus() : InCensusPeriodRule(
    "8545Q",   "Please check and either amend data or provide a reason: Child's date of death should be within the census year",
    (child, _) => [new(child, E.PersonDeathDate, child.PersonDeathDate, CinIssueLocation.Child)],
    E.PersonDeathDate);

public sealed class SexMissingOrInvalid() : CodeSetRule("4180", "Sex must be provided and equal M, F, or U", E.Sex, CinSexCodes.Sex, required: true)
{
    // The 2025/26 rule set asks for Sex. A file that still has GenderCurrent gets this issue with its code shown.
    protected override IEnumerable<CodedValue> Values(CinCensusChild child) =>
        [new(child.Sex ?? child.GenderCurrent, CinIssueLocation.Child)];
}

public sealed class UnbornSexNotU() : CinChildRule("8750", "Sex must equal U for an unborn child", E.Sex, E.PersonBirthDate, E.ExpectedPersonBirthDate)
{
    public override IEnumerable<CinIssue> Check(CinCensusChild child, CinRuleContext context)
    {
        if (child.IsUnborn && child.Sex != "U")
        {
            yield return Issue(child, E.Sex, child.Sex, CinIssueLocation.Child);
        }
    }
}

public sealed class SchoolAgeChildWithoutUpn() : CinChildRule(
    "8770Q",
    "Please check and either amend data or provide a reason: UPN is missing or reason UPN is missing or is UN1 for a child who is of school age.",
    E.UPN, E.UPNunknown)
{
    /// <summary>
    /// "Of school age" as the DfE's 2024/25 rule (unchanged for 2025/26) counts it: born on or before 31 August six
    /// years before the August after the reference date - the start of the school year before the census year,
    /// minus four years. For the 31 March 2026 census that is born on or before 31 August 2020: children who had
    /// reached compulsory school age by the start of the 2025/26 school year. (Haven used to count four years, which
    /// queried three-year-olds for a missing UPN.)
    /// </summary>
    public static bool IsOfSchoolAge(DateOnly born, DateOnly referenceDate) => born <= new DateOnly(referenceDate.Year - 6, 8, 31);

    public override IEnumerable<CinIssue> Check(CinCensusChild child, CinRuleContext context)
    {
        if (child.PersonBirthDate is { } born && IsOfSchoolAge(born, context.ReferenceDate)
            && string.IsNullOrWhiteSpace(child.UPN)
            && !CinCodeSets.UpnUnknownForSchoolAge.Contains(child.UPNunknown?.Trim().ToUpperInvariant() ?? "")
            && child.CinDetails.Any(e => e.IsReferralNfa == false))
        {
            yield return Issue(child, E.UPNunknown, child.UPNunknown, CinIssueLocation.Child);
        }
    }
}

public sealed class UpnUnknownNfaButFurtherAction() : CinChildRule(
    "8772",
    "UPN unknown reason is UN7 (Referral with no further action) but at least one CIN details is a referral going on to further action",
    E.UPNunknown, E.ReferralNFA)
{
    public override IEnumerable<CinIssue> Check(CinCensusChild child, CinRuleContext context)
    {
        if (child.UPNunknown == CinCodeSets.ReferralWithNoFurtherAction && child.CinDetails.Any(e => e.IsReferralNfa == false))
        {
            yield return Issue(child, E.UPNunknown, child.UPNunknown, CinIssueLocation.Child);
        }
    }
}

public sealed class OverTwentyFive()
    : CinChildRule("8775Q", "Please check and either amend data or provide a reason: Child is over 25 years old", E.PersonBirthDate, E.CINclosureDate)
{
    public override IEnumerable<CinIssue> Check(CinCensusChild child, CinRuleContext context)
    {
        // Over 25 at the reference date, with an episode still open or closed after the 25th birthday.
        if (child.PersonBirthDate is { } born && born < context.ReferenceDate.AddYears(-25)
            && child.CinDetails.Any(e => e.CINclosureDate is not { } closed || closed > born.AddYears(25)))
        {
            yield return Issue(child, E.PersonBirthDate, CinDates.Format(born), CinIssueLocation.Child);
        }
    }
}

public sealed class NoCinEpisode() : CinChildRule("8590", "Child does not have a recorded CIN episode.", E.CINdetails)
{
    public override IEnumerable<CinIssue> Check(CinCensusChild child, CinRuleContext context)
    {
        if (child.CinDetails.Count == 0)
        {
            yield return Issue(child, E.CINdetails, null, CinIssueLocation.Child);
        }
    }
}
