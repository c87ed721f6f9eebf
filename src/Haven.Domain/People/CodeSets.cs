namespace Haven.Domain.People;

/// <summary>
/// DfE code sets used on the person record. Kept as the DfE publishes them so the CIN census and SSDA903
/// returns are produced from the record without a mapping step.
/// </summary>
public static class CodeSets
{
    public static readonly IReadOnlyList<(string Code, string Label, string Group)> Ethnicities =
    [
        ("WBRI", "White British", "White"),
        ("WIRI", "White Irish", "White"),
        ("WIRT", "Traveller of Irish heritage", "White"),
        ("WROM", "Gypsy or Roma", "White"),
        ("WOTH", "Any other White background", "White"),
        ("MWBC", "White and Black Caribbean", "Mixed"),
        ("MWBA", "White and Black African", "Mixed"),
        ("MWAS", "White and Asian", "Mixed"),
        ("MOTH", "Any other mixed background", "Mixed"),
        ("AIND", "Indian", "Asian or Asian British"),
        ("APKN", "Pakistani", "Asian or Asian British"),
        ("ABAN", "Bangladeshi", "Asian or Asian British"),
        ("AOTH", "Any other Asian background", "Asian or Asian British"),
        ("BCRB", "Caribbean", "Black or Black British"),
        ("BAFR", "African", "Black or Black British"),
        ("BOTH", "Any other Black background", "Black or Black British"),
        ("CHNE", "Chinese", "Chinese"),
        ("OOTH", "Any other ethnic group", "Other"),
        ("REFU", "Refused", "Not known"),
        ("NOBT", "Information not yet obtained", "Not known"),
    ];

    public static readonly IReadOnlyList<(string Code, string Label)> Disabilities =
    [
        ("NONE", "No disability"),
        ("MOB", "Mobility"),
        ("HAND", "Hand function"),
        ("PC", "Personal care"),
        ("INC", "Incontinence"),
        ("COMM", "Communication"),
        ("LD", "Learning"),
        ("HEAR", "Hearing"),
        ("VIS", "Vision"),
        ("BEH", "Behaviour"),
        ("CON", "Consciousness"),
        ("AUT", "Autism or Asperger syndrome"),
        ("DDA", "Other disability"),
    ];

    public static string EthnicityLabel(string? code) =>
        Ethnicities.FirstOrDefault(e => e.Code == code).Label ?? "Not recorded";

    public static string DisabilityLabel(string code) =>
        Disabilities.FirstOrDefault(d => d.Code == code).Label ?? code;

    public static bool IsEthnicity(string? code) => Ethnicities.Any(e => e.Code == code);

    public static bool IsDisability(string? code) => Disabilities.Any(d => d.Code == code);

    public static string SexLabel(Sex sex) => sex switch
    {
        Sex.Male => "Male",
        Sex.Female => "Female",
        Sex.Indeterminate => "Indeterminate",
        _ => "Not known",
    };
}
