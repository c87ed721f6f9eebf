using E = Haven.Domain.CinCensus.CinElements;

namespace Haven.Domain.CinCensus.Rules;

internal static class ProtectionPlanFields
{
    public static DatedField Start(this ItemAt<CinChildProtectionPlan> p) => new(p.Item, E.CPPstartDate, p.Item.StartDate, p.Location);

    public static DatedField End(this ItemAt<CinChildProtectionPlan> p) => new(p.Item, E.CPPendDate, p.Item.EndDate, p.Location);

    public static bool IsOpen(this CinChildProtectionPlan p) => !p.IsPresent(E.CPPendDate, p.EndDate);
}

public sealed class ProtectionPlanBeforeReferral() : NotBeforeRule(
    "1105", "The child protection plan start date cannot be before the referral date",
    (child, _) => CinWalk.ProtectionPlans(child).Select(p => new DateLimit(p.Start(), p.Episode.CINreferralDate)),
    E.CPPstartDate, E.CINreferralDate);

public sealed class ProtectionPlanStartMissingOrAfterCensus() : MissingOrAfterCensusRule(
    "8720", "Child Protection Plan Start Date missing or out of data collection period",
    child => CinWalk.ProtectionPlans(child).Select(p => p.Start()), E.CPPstartDate);

public sealed class PreviousPlansMissing() : CinChildRule("8730", "Total Number of previous Child Protection Plans missing", E.NumberOfPreviousCPP)
{
    public override IEnumerable<CinIssue> Check(CinCensusChild child, CinRuleContext context) =>
        from p in CinWalk.ProtectionPlans(child)
        where !IsZeroOrMore(p.Item.NumberOfPreviousCPP)
        select Issue(child, E.NumberOfPreviousCPP, p.Item.NumberOfPreviousCPP, p.Location);

    /// <summary>
    /// The DfE's check is that the count is present and zero or more; a value that is not a whole number (-1, "abc",
    /// "1.5") is as unusable as a missing one, so it is flagged here too rather than passing silently.
    /// </summary>
    public static bool IsZeroOrMore(string? count) =>
        int.TryParse(count?.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _);
}

public sealed class ProtectionPlanSameDay()
    : SameDayRule("8840", "Child Protection Plan cannot start and end on the same day", E.CPPstartDate, E.CPPendDate)
{
    protected override IEnumerable<Period> Periods(CinCensusChild child) =>
        CinWalk.ProtectionPlans(child).Select(p => new Period(p.Start(), p.Item.EndDate, p.Item.IsOpen()));
}

public sealed class ReviewNotAfterPlanStart() : CinChildRule(
    "8841", "The review date cannot be on the same day or before the Child protection Plan start date.", E.CPPreviewDate, E.CPPstartDate)
{
    public override IEnumerable<CinIssue> Check(CinCensusChild child, CinRuleContext context) =>
        from p in CinWalk.ProtectionPlans(child)
        from review in p.Item.ReviewDates.OfType<DateOnly>()
        where review <= p.Item.StartDate
        select Issue(child, E.CPPreviewDate, CinDates.Format(review), p.Location);
}

public sealed class ReviewDateMissing()
    : CinChildRule("8842Q", "Please check and either amend or provide a reason: Review Record has a missing date", E.CPPreviewDate)
{
    public override IEnumerable<CinIssue> Check(CinCensusChild child, CinRuleContext context)
    {
        foreach (var p in CinWalk.ProtectionPlans(child))
        {
            // An unreadable date is in Unparsed and is a format problem, not a missing date.
            var missing = p.Item.ReviewDates.Count(r => r is null) - p.Item.Unparsed.Count(u => u.Element == E.CPPreviewDate);
            for (var i = 0; i < missing; i++)
            {
                yield return Issue(child, E.CPPreviewDate, null, p.Location);
            }
        }
    }
}

public sealed class InitialCategoryMissingOrInvalid() : CodeSetRule(
    "8905", "Initial Category of Abuse code missing or invalid (see Category of Abuse table in CIN Census code set)",
    E.InitialCategoryOfAbuse, CinCodeSets.CategoryOfAbuse, required: true)
{
    protected override IEnumerable<CodedValue> Values(CinCensusChild child) =>
        CinWalk.ProtectionPlans(child).Select(p => new CodedValue(p.Item.InitialCategoryOfAbuse, p.Location));
}

public sealed class LatestCategoryMissingOrInvalid() : CodeSetRule(
    "8910", "Latest Category of Abuse code missing or invalid (see Category of Abuse table in CIN Census code set)",
    E.LatestCategoryOfAbuse, CinCodeSets.CategoryOfAbuse, required: true)
{
    protected override IEnumerable<CodedValue> Values(CinCensusChild child) =>
        CinWalk.ProtectionPlans(child).Select(p => new CodedValue(p.Item.LatestCategoryOfAbuse, p.Location));
}

public sealed class ProtectionPlanStartsAfterDeath() : NotAfterRule(
    "8915", "Child Protection Plan shown as starting after the child’s Date of Death",
    (child, _) => CinWalk.ProtectionPlans(child).Select(p => new DateLimit(p.Start(), child.PersonDeathDate)),
    E.CPPstartDate, E.PersonDeathDate);

public sealed class ProtectionPlanEndsAfterDeath() : NotAfterRule(
    "8920", "Child Protection Plan cannot end after the child’s Date of Death",
    (child, _) => CinWalk.ProtectionPlans(child).Select(p => new DateLimit(p.End(), child.PersonDeathDate)),
    E.CPPendDate, E.PersonDeathDate);

public sealed class ProtectionPlanEndBeforeStart() : NotBeforeRule(
    "8925", "Child Protection Plan End Date earlier than Start Date",
    (child, _) => CinWalk.ProtectionPlans(child).Select(p => new DateLimit(p.End(), p.Item.StartDate)),
    E.CPPendDate, E.CPPstartDate);

public sealed class ProtectionPlanEndOutsideCensus() : InCensusPeriodRule(
    "8930", "Child Protection Plan End Date must fall within the census year",
    (child, _) => CinWalk.ProtectionPlans(child).Select(p => p.End()),
    E.CPPendDate);

public sealed class MoreThanOneOpenProtectionPlan()
    : OneOpenRule("8935", "This child is showing more than one open Child Protection plan, i.e. with no End Date", E.CPPendDate)
{
    protected override IEnumerable<IEnumerable<DatedField>> OpenItems(CinCensusChild child) =>
        CinWalk.Episodes(child).Select(e => CinWalk.Within(CinWalk.ProtectionPlans(child), e).Where(p => p.Item.IsOpen()).Select(p => p.End()));
}

public sealed class ProtectionPlansOverlap() : OverlapRule("8940", "Child Protection Plan data contains overlapping dates", E.CPPstartDate, E.CPPendDate)
{
    protected override IEnumerable<IEnumerable<Period>> Groups(CinCensusChild child) =>
        [CinWalk.ProtectionPlans(child).Select(p => new Period(p.Start(), p.Item.EndDate, Ongoing: true))];
}
