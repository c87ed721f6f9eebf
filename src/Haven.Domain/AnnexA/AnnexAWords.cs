using Haven.Domain.CareLeavers;
using Haven.Domain.LookedAfter;
using Haven.Domain.People;

namespace Haven.Domain.AnnexA;

/// <summary>
/// Ofsted's drop-down wording for Annex A's category columns (returns.md §5.2; the "a) …" letters are part of the
/// text), with the lettering of the current template where it changed (ethnicity runs to "t) NOBT" and "u) UNKNOWN").
/// The SSDA903 code lists (legal status, placement, provider, reason ceased, accommodation, activity, reversal) are
/// written as "code: the DfE's words" from <see cref="LookedAfterCodes"/>, the one list of them.
/// </summary>
public static class AnnexAWords
{
    public static string Sex(Sex sex) => sex switch
    {
        People.Sex.Male => "a) Male",
        People.Sex.Female => "b) Female",
        People.Sex.Indeterminate => "d) Neither",
        _ => "c) Not stated/recorded",
    };

    /// <summary>The CIN and SSDA903 ethnicity codes in the order Ofsted letters them.</summary>
    private static readonly string[] EthnicityOrder =
        ["WBRI", "WIRI", "WIRT", "WOTH", "WROM", "MWBC", "MWBA", "MWAS", "MOTH", "AIND", "APKN", "ABAN", "AOTH", "BCRB", "BAFR", "BOTH", "CHNE", "OOTH", "REFU", "NOBT"];

    public static string Ethnicity(string? code)
    {
        var i = code is null ? -1 : Array.IndexOf(EthnicityOrder, code);
        return i < 0 ? "u) UNKNOWN" : $"{(char)('a' + i)}) {code}";
    }

    public static string YesNo(bool? answer) => answer switch
    {
        true => "a) Yes",
        false => "b) No",
        null => "c) Unknown",
    };

    /// <summary>The DfE's disability codes: NONE is no; none recorded is unknown.</summary>
    public static string Disability(string? codes) =>
        string.IsNullOrWhiteSpace(codes) ? YesNo(null) : YesNo(!string.Equals(codes.Trim(), "NONE", StringComparison.Ordinal));

    private static readonly Dictionary<string, string> Sources = new(StringComparer.Ordinal)
    {
        ["1A"] = "a) 1A: Individual", ["1B"] = "b) 1B: Individual", ["1C"] = "c) 1C: Individual", ["1D"] = "d) 1D: Individual",
        ["2A"] = "e) 2A: Schools", ["2B"] = "f) 2B: Education services",
        ["3A"] = "g) 3A: Health services", ["3B"] = "h) 3B: Health services", ["3C"] = "i) 3C: Health services",
        ["3D"] = "j) 3D: Health services", ["3E"] = "k) 3E: Health services", ["3F"] = "l) 3F: Health services",
        ["4"] = "m) 4: Housing", ["5A"] = "n) 5A: LA services", ["5B"] = "o) 5B: LA services", ["5C"] = "p) 5C: LA services",
        ["5D"] = "p1) 5D: LA services", ["6"] = "q) 6: Police", ["7"] = "r) 7: Other legal agency", ["8"] = "s) 8: Other",
        ["9"] = "t) 9: Anonymous", ["10"] = "u) 10: Unknown",
    };

    /// <summary>Contact and referral source (lists 1 and 3).</summary>
    public static string Source(string? code) => code is not null && Sources.TryGetValue(code, out var words) ? words : "u) 10: Unknown";

    private static readonly Dictionary<string, string> Needs = new(StringComparer.Ordinal)
    {
        ["N1"] = "N1 - Abuse or neglect", ["N2"] = "N2 - Child's disability", ["N3"] = "N3 - Parental disability or illness",
        ["N4"] = "N4 - Family in acute stress", ["N5"] = "N5 - Family dysfunction", ["N6"] = "N6 - Socially unacceptable behaviour",
        ["N7"] = "N7 - Low income", ["N8"] = "N8 - Absent parenting", ["N9"] = "N9 - Cases other than children in need", ["N0"] = "N0 - Not stated",
    };

    /// <summary>Primary need (list 6) and the looked-after child's category of need (list 8).</summary>
    public static string Need(string? code) => code is not null && Needs.TryGetValue(code, out var words) ? words : "N0 - Not stated";

    private static readonly Dictionary<string, string> Closures = new(StringComparer.Ordinal)
    {
        ["RC1"] = "RC1 - Adopted", ["RC2"] = "RC2 - Died", ["RC3"] = "RC3 - Child arrangements order", ["RC4"] = "RC4 - Special guardianship order",
        ["RC5"] = "RC5 - Transferred to services of another local authority", ["RC6"] = "RC6 - Transferred to adult social care services",
        ["RC7"] = "RC7 - Services ceased for any other reason, including child no longer in need",
        ["RC8"] = "RC8 - Case closed after assessment, no further action", ["RC9"] = "RC9 - Case closed after assessment, referred to early help",
    };

    public static string? ReasonForClosure(string? code) => code is null ? null : Closures.GetValueOrDefault(code, code);

    public const string LookedAfter = "a) Looked after child";
    public const string ChildProtectionPlan = "b) Child Protection plan";
    public const string ChildInNeedPlan = "c) Child in need plan";
    public const string OpenAssessment = "d) Open assessment";
    public const string ClosedEpisode = "e) Closed episode";

    public static string Abuse(string? code) => code switch
    {
        "NEG" => "a) Neglect",
        "PHY" => "b) Physical abuse",
        "SAB" => "c) Sexual abuse",
        "EMO" => "d) Emotional abuse",
        _ => "e) Multiple/not recommended",
    };

    public static string Eligibility(CareLeaverCategory category) => category switch
    {
        CareLeaverCategory.Relevant => "a) Relevant child",
        CareLeaverCategory.FormerRelevant => "b) Former relevant child",
        _ => "c) Qualifying care leaver",
    };

    public static string InTouch(string? code) => code switch
    {
        "YES" => "a) Yes",
        "DIED" => "c) Died",
        "REFU" => "d) Refu",
        "NREQ" => "e) NREQ",
        "RHOM" => "f) Rhom",
        _ => "b) No",
    };

    public static string? Suitability(bool? suitable) => suitable switch
    {
        true => "a) Suitable",
        false => "b) Unsuitable",
        null => null,
    };

    /// <summary>An SSDA903 code with the DfE's words for it, e.g. "C2: Full care order", or null when there is no code.</summary>
    public static string? Coded(CodeList list, string? code)
    {
        ArgumentNullException.ThrowIfNull(list);
        return string.IsNullOrEmpty(code) ? null : list.FirstOrDefault(c => c.Value == code) is { } known ? $"{known.Value}: {known.Label}" : code;
    }
}
