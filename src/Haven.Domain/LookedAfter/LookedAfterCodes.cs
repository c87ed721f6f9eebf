namespace Haven.Domain.LookedAfter;

/// <summary>
/// The SSDA903 (children looked after return) code sets for 2025/26, kept as data in ssda903-codes.tsv (set, code,
/// label, plain words) so a new collection year is a data change. Worded from the DfE guide text carried in the
/// data-to-insight SSD specification, and checked against the lists the public validator uses (rules 143-149, 167,
/// 178, 1006, 1009). Placement types K3 and Z11-Z14 are new for 2025/26: K3 is supported accommodation (validator
/// rule 710); the DfE guide's wording for Z11-Z14 is not in our sources, so they are labelled by code until it is.
/// </summary>
public static class LookedAfterCodes
{
    // First, because the code lists below are read from it as the class initialises.
    private static readonly ILookup<string, Code> All = Read("ssda903-codes.tsv");

    public static CodeList LegalStatuses { get; } = Load("LegalStatuses");

    /// <summary>Legal statuses for short breaks, which have their own review timescales and stay out of stability measures.</summary>
    public static IReadOnlySet<string> ShortBreaks { get; } = new HashSet<string>(["V3", "V4"], StringComparer.Ordinal);

    public static CodeList ReasonsForNewEpisode { get; } = Load("ReasonsForNewEpisode");

    public static CodeList CategoriesOfNeed { get; } = Load("CategoriesOfNeed");

    public static CodeList PlacementTypes { get; } = Load("PlacementTypes");

    /// <summary>Temporary placements: not counted as moves for stability, and the child returns to the normal placement after.</summary>
    public static IReadOnlySet<string> Temporary { get; } = new HashSet<string>(["T0", "T1", "T2", "T3", "T4"], StringComparer.Ordinal);

    /// <summary>Placement types for which the DfE wants no provider code (validator rule 213, 2025/26).</summary>
    public static IReadOnlySet<string> ProviderNotRecorded { get; } =
        new HashSet<string>(["T0", "T1", "T2", "T3", "T4", "Z11", "Z12", "Z13", "Z14"], StringComparer.Ordinal);

    /// <summary>Placements intended to last until the child is 18: after their first year visits may be 3-monthly.</summary>
    public static IReadOnlySet<string> LongTermFostering { get; } = new HashSet<string>(["U1", "U4"], StringComparer.Ordinal);

    public static CodeList PlacementProviders { get; } = Load("PlacementProviders");

    public static CodeList ReasonsForPlacementChange { get; } = Load("ReasonsForPlacementChange");

    public static CodeList ReasonsCeased { get; } = Load("ReasonsCeased");

    /// <summary>X1 ends an episode when another starts the same day; every other reason ends the period of care.</summary>
    public const string NewEpisodeSameDay = "X1";

    public static CodeList ReviewParticipation { get; } = Load("ReviewParticipation");

    public static CodeList MissingOrAway { get; } = Load("MissingOrAway");

    /// <summary>SSDA903 OC3 IN_TOUCH: whether the authority was in touch with a care leaver around their birthday (validator rule 131).</summary>
    public static CodeList CareLeaverInTouch { get; } = Load("CareLeaverInTouch");

    /// <summary>
    /// In touch codes after which nothing more is asked: the young person died or has lived back at home for six
    /// months or more, so the return gives 0 (nothing to report) for their activity and accommodation (validator rule 344).
    /// </summary>
    public static IReadOnlySet<string> InTouchEndsSupport { get; } = new HashSet<string>(["DIED", "RHOM"], StringComparer.Ordinal);

    /// <summary>SSDA903 OC3 ACTIV: the care leaver's main activity (F/P full or part time; G4-G6 not in education, employment or training; rule 132).</summary>
    public static CodeList CareLeaverActivity { get; } = Load("CareLeaverActivity");

    /// <summary>Activities that count as education, employment or training (EET) for the scorecard's care leavers measure.</summary>
    public static bool IsInEducationEmploymentOrTraining(string? activity) => activity is { Length: > 0 } a && a[0] is 'F' or 'P';

    /// <summary>
    /// SSDA903 OC3 ACCOM, the letter: the type of accommodation. The return writes the letter followed by 1 (suitable)
    /// or 2 (unsuitable), e.g. U1 (rule 133); see <see cref="Oc3Accommodation"/>.
    /// </summary>
    public static CodeList CareLeaverAccommodation { get; } = Load("CareLeaverAccommodation");

    /// <summary>Accommodation the DfE only accepts as unsuitable: no fixed abode (S2) and custody (X2) (rule 133 has no S1 or X1).</summary>
    public static IReadOnlySet<string> AlwaysUnsuitable { get; } = new HashSet<string>(["S", "X"], StringComparer.Ordinal);

    /// <summary>Staying with former foster carers: not possible at 17, when the young person cannot yet have left care for it (rule 3001).</summary>
    public const string WithFormerFosterCarers = "Z";

    /// <summary>A foyer or similar supported accommodation: not for a care leaver under 18 (rule 347).</summary>
    public const string Foyer = "T";

    /// <summary>The OC3 ACCOM value: the accommodation letter and 1 when suitable or 2 when not, e.g. "U1".</summary>
    public static string? Oc3Accommodation(string? accommodation, bool? suitable) =>
        accommodation is null || suitable is null ? null : accommodation + (suitable.Value ? "1" : "2");
    /// <summary>SSDA903 REASON_PLACED_CEASED (RD1–RD4): why a child is no longer to be placed for adoption.</summary>
    public static CodeList ReasonsNoLongerPlacedForAdoption { get; } = Load("ReasonsNoLongerPlacedForAdoption");

    /// <summary>SSDA903 AD1 SEX_ADOPTR and LS_ADOPTR: who adopted the child, as the return describes them.</summary>
    public static CodeList AdoptersSex { get; } = Load("AdoptersSex");
    public static CodeList AdoptersLegalStatus { get; } = Load("AdoptersLegalStatus");

    /// <summary>SSDA903 PREV_PERM: whether the child had a permanence order (adoption, SGO, CAO) before this period of care.</summary>
    public static CodeList PreviousPermanence { get; } = Load("PreviousPermanence");

    /// <summary>The REC codes for a period of care ending in adoption, and in a special guardianship or child arrangements order.</summary>
    public static IReadOnlySet<string> Adopted { get; } = new HashSet<string>(["E11", "E12"], StringComparer.Ordinal);
    public static IReadOnlySet<string> SpecialGuardianship { get; } = new HashSet<string>(["E45", "E46", "E47", "E48"], StringComparer.Ordinal);
    public const string ChildArrangementsOrder = "E41";

    /// <summary>The REC codes for a child who returned home to live with someone with parental responsibility, as planned or not (E4A, E4B).</summary>
    public static IReadOnlySet<string> ReturnedHome { get; } = new HashSet<string>(["E4A", "E4B"], StringComparer.Ordinal);

    /// <summary>The legal status a placement order gives (E1), from which the adoption scorecard's A2 clock runs.</summary>
    public const string PlacementOrder = "E1";

    /// <summary>SSDA903 OC2 SDQ_REASON (SDQ1–SDQ5): why a child looked after for a year has no SDQ score (rule 196).</summary>
    public static CodeList SdqReasons { get; } = Load("SdqReasons");

    /// <summary>SSDA903 AD1 NB_ADOPTR: a single adopter (1) or a couple (2) (rule 175).</summary>
    public static CodeList NumbersOfAdopters { get; } = Load("NumbersOfAdopters");

    /// <summary>
    /// The return's yes/no items, 0 for no and 1 for yes: OC2's health and offending items (rule 181), AD1's
    /// FOSTER_CARE (rule 114) and the header's MOTHER.
    /// </summary>
    public static IReadOnlySet<string> NoOrYes { get; } = new HashSet<string>(["0", "1"], StringComparer.Ordinal);

    /// <summary>
    /// Placement types Ofsted does not register, so they carry no URN (validator rules 218 and 222, 2025/26): with
    /// parents, residential employment, residential care and NHS homes, youth custody, temporary moves and Z11–Z14.
    /// </summary>
    public static IReadOnlySet<string> NoOfstedRegistration { get; } = new HashSet<string>(
        ["P1", "P3", "R1", "R2", "R5", "T0", "T1", "T2", "T3", "T4", "Z11", "Z12", "Z13", "Z14"], StringComparer.Ordinal);

    /// <summary>The URN the return writes for a placement with no Ofsted URN to give.</summary>
    public const string NoUrn = "XXXXXXX";
    /// SSDA903 sw_episodes SW_REASON: why the social worker changed (validator rule SW13STG1). The DfE guide's wording
    /// is not in our sources, so they are labelled by code until it is; Haven writes OTHERS.
    public static CodeList SocialWorkerChangeReasons { get; } = Load("SocialWorkerChangeReasons");

    private static CodeList Load(string set) =>
        All[set].Any() ? new CodeList([.. All[set]]) : throw new InvalidOperationException($"Code set {set} is missing from ssda903-codes.tsv.");

    private static ILookup<string, Code> Read(string fileName)
    {
        using var reader = EmbeddedData.Open(fileName);
        return reader.ReadToEnd()
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Skip(1)
            .Select(line => line.TrimEnd('\r').Split('\t'))
            .ToLookup(f => f[0], f => new Code(f[1], f[2], f[3]));
    }
}
