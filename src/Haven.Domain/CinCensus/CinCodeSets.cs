namespace Haven.Domain.CinCensus;

/// <summary>
/// The CIN census code sets for 2025/26 (CIN XSD 2024 and the DfE's validation rules; see
/// docs returns.md §2.2–2.3). Case matters: the DfE's codes are upper case.
/// </summary>
public static class CinCodeSets
{
    public static IReadOnlySet<string> Ethnicity { get; } = Set(
        "WBRI", "WIRI", "WIRT", "WOTH", "WROM", "MWBC", "MWBA", "MWAS", "MOTH", "AIND",
        "APKN", "ABAN", "AOTH", "BCRB", "BAFR", "BOTH", "CHNE", "OOTH", "REFU", "NOBT");

    public const string NoDisability = "NONE";

    public static IReadOnlySet<string> Disability { get; } = Set(
        NoDisability, "MOB", "HAND", "PC", "INC", "COMM", "LD", "HEAR", "VIS", "BEH", "CON", "AUT", "DDA");

    public static IReadOnlySet<string> ReferralSource { get; } = Set(
        "1A", "1B", "1C", "1D", "2A", "2B", "3A", "3B", "3C", "3D", "3E", "3F", "4", "5A", "5B", "5C", "5D", "6", "7", "8", "9", "10");

    public static IReadOnlySet<string> PrimaryNeed { get; } = Set("N0", "N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8", "N9");

    public const string Died = "RC2";

    /// <summary>RC8: closed after assessment, no further action. RC9: closed after assessment, referred to early help.</summary>
    public static IReadOnlySet<string> ClosedAfterAssessment { get; } = Set("RC8", "RC9");

    public static IReadOnlySet<string> ReasonForClosure { get; } = Set("RC1", Died, "RC3", "RC4", "RC5", "RC6", "RC7", "RC8", "RC9");

    public static IReadOnlySet<string> CategoryOfAbuse { get; } = Set("NEG", "PHY", "SAB", "EMO", "MUL");

    public const string NoFactorsIdentified = "21";

    /// <summary>Includes 18A and 19A, still valid codes although queried since 2024/25 (rules 8945Q, 8950Q).</summary>
    public static IReadOnlySet<string> AssessmentFactors { get; } = Set(
        "1A", "1B", "1C", "2A", "2B", "2C", "3A", "3B", "3C", "4A", "4B", "4C", "5A", "5B", "5C", "6A", "6B", "6C",
        "7A", "8B", "8C", "8D", "8E", "8F", "9A", "10A", "11A", "12A", "13A", "14A", "15A", "16A", "17A",
        "18A", "18B", "18C", "19A", "19B", "19C", "20", NoFactorsIdentified, "22A", "23A", "24A");

    public const string ReferralWithNoFurtherAction = "UN7";

    /// <summary>Reasons a school-age child may have no UPN. UN1 ("not of school age") cannot apply to them.</summary>
    public static IReadOnlySet<string> UpnUnknownForSchoolAge { get; } = Set("UN2", "UN3", "UN4", "UN5", "UN6", ReferralWithNoFurtherAction);

    /// <summary>
    /// Local authority codes accepted in characters 2–4 of a UPN (rule 1530): post-1998 LA codes and the DfE's
    /// pseudo-LA codes. 942 and 943 (North and West Northamptonshire, 2021) are included as the current rule does.
    /// </summary>
    public static IReadOnlySet<string> UpnLaCodes { get; } = LaCodes(
        (1, 5), (201, 213), (301, 320), (330, 336), (340, 344), (350, 359), (370, 373), (380, 384), (390, 394), (420, 420),
        (660, 681), (701, 708), (800, 803), (805, 808), (810, 813), (815, 816), (820, 823), (825, 826), (830, 831),
        (835, 841), (845, 846), (850, 852), (855, 857), (860, 861), (865, 896), (908, 909), (916, 916), (919, 919),
        (921, 921), (925, 926), (928, 929), (931, 931), (933, 933), (935, 938), (940, 943));

    private static HashSet<string> Set(params string[] codes) => new(codes, StringComparer.Ordinal);

    private static HashSet<string> LaCodes(params (int First, int Last)[] ranges) =>
        new(ranges.SelectMany(r => Enumerable.Range(r.First, r.Last - r.First + 1)).Select(n => n.ToString("D3", System.Globalization.CultureInfo.InvariantCulture)), StringComparer.Ordinal);
}
