namespace Haven.Data.Demo;

/// <summary>
/// A family background: the DfE ethnicity code, the names, the languages and the religions that go together,
/// and how often a family of this background turns up in the demo authority.
/// </summary>
internal sealed record Archetype(
    string Ethnicity,
    NamePool Pool,
    double Weight,
    (string Value, double Weight)[] Languages,
    (string? Value, double Weight)[] Religions,
    double InterpreterRate);

internal static class DemoArchetypes
{
    private static readonly (string, double)[] EnglishOnly = [("English", 1)];
    private static readonly (string?, double)[] British = [("Christian", 0.34), ("No religion", 0.36), (null, 0.30)];
    private static readonly (string?, double)[] Catholic = [("Roman Catholic", 0.70), ("Christian", 0.08), (null, 0.22)];
    private static readonly (string?, double)[] Muslim = [("Muslim", 0.90), (null, 0.10)];

    /// <summary>
    /// Weights give roughly the mix of an English urban authority's children's services: about two thirds
    /// White British, then other White, Asian, Black, mixed (made by couples of different backgrounds),
    /// Chinese, Gypsy, Roma and Traveller, and other groups.
    /// </summary>
    public static readonly Archetype[] All =
    [
        new("WBRI", DemoNames.English, 52.0, EnglishOnly, British, 0),
        new("WIRI", DemoNames.Irish, 1.2, EnglishOnly, Catholic, 0),
        new("WIRT", DemoNames.IrishTraveller, 0.6, EnglishOnly, Catholic, 0),
        new("WROM", DemoNames.Gypsy, 0.5, [("English", 0.9), ("Romani", 0.1)], [("Christian", 0.6), (null, 0.4)], 0.1),
        new("WROM", DemoNames.Romanian, 0.6, [("Romanian", 0.6), ("Romani", 0.4)], [("Christian", 0.6), (null, 0.4)], 0.45),
        new("WOTH", DemoNames.Polish, 3.2, [("Polish", 0.9), ("English", 0.1)], Catholic, 0.3),
        new("WOTH", DemoNames.Romanian, 2.0, [("Romanian", 0.92), ("English", 0.08)], [("Orthodox Christian", 0.7), (null, 0.3)], 0.35),
        new("WOTH", DemoNames.Portuguese, 0.8, [("Portuguese", 0.9), ("English", 0.1)], Catholic, 0.3),
        new("APKN", DemoNames.Pakistani, 3.6, [("Urdu", 0.4), ("Punjabi", 0.25), ("English", 0.35)], Muslim, 0.3),
        new("ABAN", DemoNames.Bangladeshi, 1.8, [("Bengali", 0.45), ("Sylheti", 0.2), ("English", 0.35)], Muslim, 0.35),
        new("AIND", DemoNames.Indian, 2.0,
            [("Punjabi", 0.3), ("Gujarati", 0.25), ("Hindi", 0.1), ("Tamil", 0.05), ("English", 0.3)],
            [("Sikh", 0.42), ("Hindu", 0.45), ("Muslim", 0.05), (null, 0.08)], 0.2),
        new("AOTH", DemoNames.Afghan, 0.8, [("Pashto", 0.45), ("Dari", 0.35), ("English", 0.2)], Muslim, 0.55),
        new("BAFR", DemoNames.WestAfrican, 3.0,
            [("English", 0.6), ("Yoruba", 0.14), ("Twi", 0.1), ("Igbo", 0.1), ("French", 0.06)],
            [("Christian", 0.72), ("Muslim", 0.2), (null, 0.08)], 0.15),
        new("BAFR", DemoNames.Somali, 1.0, [("Somali", 0.8), ("English", 0.2)], Muslim, 0.5),
        new("BCRB", DemoNames.Caribbean, 1.6, EnglishOnly, [("Christian", 0.5), ("No religion", 0.2), (null, 0.3)], 0),
        new("BOTH", DemoNames.Caribbean, 0.4, EnglishOnly, [("Christian", 0.5), ("No religion", 0.2), (null, 0.3)], 0),
        new("CHNE", DemoNames.Chinese, 0.7,
            [("Mandarin", 0.45), ("Cantonese", 0.3), ("English", 0.25)],
            [("No religion", 0.45), ("Christian", 0.15), ("Buddhist", 0.15), (null, 0.25)], 0.35),
        new("OOTH", DemoNames.Arabic, 0.9, [("Arabic", 0.85), ("English", 0.15)], Muslim, 0.5),
    ];

    /// <summary>The ethnicity of a child whose parents have the two given codes.</summary>
    public static string ChildEthnicity(string mother, string? father, bool coin)
    {
        if (father is null || father == mother)
        {
            return mother;
        }
        var a = Group(mother);
        var b = Group(father);
        if (a == b)
        {
            return coin ? mother : father;
        }
        if (a == "White" || b == "White")
        {
            return (a == "White" ? b : a) switch
            {
                "Caribbean" => "MWBC",
                "African" => "MWBA",
                "Asian" => "MWAS",
                _ => "MOTH",
            };
        }
        return "MOTH";
    }

    private static string Group(string code) => code switch
    {
        "BCRB" => "Caribbean",
        "BAFR" => "African",
        "BOTH" => "Black",
        "CHNE" => "Asian",
        "OOTH" => "Other",
        _ when code.StartsWith('W') => "White",
        _ when code.StartsWith('A') => "Asian",
        _ when code.StartsWith('M') => "Mixed",
        _ => "Other",
    };
}
