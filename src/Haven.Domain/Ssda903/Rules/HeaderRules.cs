using Haven.Domain.CinCensus;
using Haven.Domain.People;

namespace Haven.Domain.Ssda903.Rules;

// header.csv: the child's identity and characteristics. Codes from returns.md §3.2 (2025/26 lists).

internal static class HeaderCodes
{
    public static readonly IReadOnlySet<string> Sex = new HashSet<string>(["M", "F", "U"], StringComparer.Ordinal);

    public static readonly IReadOnlySet<string> UpnUnknown = new HashSet<string>(["UN1", "UN2", "UN3", "UN4", "UN5"], StringComparer.Ordinal);

    /// <summary>A real 13-character UPN exactly as written (no spaces or lower case), or one of the DfE's UN codes.</summary>
    public static bool IsValidUpn(string? upn) =>
        upn is not null && (UpnUnknown.Contains(upn) || (UniquePupilNumber.TryParse(upn, out var parsed) && parsed.Value == upn));
}

public sealed class SexInvalid() : HeaderRule("101", "The child or young person’s reported sex is not valid.", "SEX", h => h.Sex, (h, _) => !HeaderCodes.Sex.Contains(h.Sex ?? ""));

public sealed class DateOfBirthInvalid() : HeaderRule("102", "Date of birth is not a valid date.", "DOB", h => h.Dob, (h, _) => Ssda903Dates.Parse(h.Dob) is null);

public sealed class EthnicityInvalid() : HeaderRule("103", "The ethnicity code is either not valid or has not been entered.", "ETHNIC", h => h.Ethnic, (h, _) => !CinCodeSets.Ethnicity.Contains(h.Ethnic ?? ""));

public sealed class UpnInvalid() : HeaderRule("168", "Unique Pupil Number (UPN) is not valid. If unknown, default codes should be UN1, UN2, UN3, UN4 or UN5.", "UPN", h => h.Upn, (h, _) => !HeaderCodes.IsValidUpn(h.Upn));

/// <summary>School age as the CIN census judges it, so a child is of school age in both returns or in neither.</summary>
public sealed class SchoolAgeWithUn1() : HeaderRule("209", "Child looked after is of school age and should not have an unknown Unique Pupil Number (UPN) code of UN1.", "UPN", h => h.Upn,
    (h, c) => h.Upn == "UN1" && Ssda903Dates.Parse(h.Dob) is { } born && CinCensus.Rules.SchoolAgeChildWithoutUpn.IsOfSchoolAge(born, c.Year.End));

public sealed class SexUnknown() : HeaderRule("232", "Sex of the child/young person has been reported as unknown.", "SEX", h => h.Sex, (h, _) => h.Sex == "U");

public sealed class BornAfterYearEnd() : HeaderRule("301", "Date of birth falls after the year ended.", "DOB", h => h.Dob, (h, c) => Ssda903Dates.Parse(h.Dob) > c.Year.End);

/// <summary>The DfE's rule: the child's 25th birthday was before 1 April.</summary>
public sealed class OverTwentyFive() : HeaderRule("351", "Child was over 25 at the start of the current collection year.", "DOB", h => h.Dob, (h, c) => Ssda903Dates.Parse(h.Dob) is { } born && born.AddYears(25) < c.Year.Start);

public sealed class SexChangedSinceLastYear() : SameAsLastYearRule("202", "The gender code conflicts with the gender already recorded for this child.", "SEX", h => h.Sex, (now, before) => now is not null && before is not null && now != before);

public sealed class BirthChangedSinceLastYear() : SameAsLastYearRule("203", "Date of birth disagrees with the date of birth already recorded for this child.", "DOB", h => h.Dob, (now, before) => now is not null && before is not null && now != before);

public sealed class EthnicityChangedSinceLastYear() : SameAsLastYearRule("204", "Ethnic origin code disagrees with the ethnic origin already recorded for this child.", "ETHNIC", h => h.Ethnic, (now, before) => now is not null && before is not null && now != before);

/// <summary>A UPN found since last year (last year's was an unknown code) is not a disagreement; a different real UPN is.</summary>
public sealed class UpnChangedSinceLastYear() : SameAsLastYearRule("208", "Unique Pupil Number (UPN) for the current year disagrees with the Unique Pupil Number (UPN) already recorded for this child.", "UPN", h => h.Upn,
    (now, before) => now is not null && before is not null && now != before && !HeaderCodes.UpnUnknown.Contains(before));
