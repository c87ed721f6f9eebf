namespace Haven.Data.Demo;

/// <summary>
/// A list of invented-person name parts for one naming tradition. Every name here is a common given name or
/// surname; the combinations the generator makes are random, so no real person is described.
/// </summary>
internal sealed class NamePool
{
    public required string Key { get; init; }
    public required string[] Female { get; init; }
    public required string[] Male { get; init; }
    public required string[] Surnames { get; init; }

    /// <summary>Names more common for children born since about 2005 (English pool only).</summary>
    public string[]? ChildFemale { get; init; }
    public string[]? ChildMale { get; init; }

    /// <summary>Names more common for people born before about 1975 (English pool only).</summary>
    public string[]? OlderFemale { get; init; }
    public string[]? OlderMale { get; init; }

    /// <summary>Surnames some women use instead of their husband's (e.g. Begum, Bibi).</summary>
    public string[]? WomensSurnames { get; init; }

    /// <summary>Polish surnames change ending with sex (Kowalski, Kowalska).</summary>
    public bool GenderedSurnames { get; init; }

    /// <summary>Women usually keep their own surname on marriage (Chinese, Somali, Arabic naming).</summary>
    public bool WomenKeepSurname { get; init; }

    public string[] FirstNames(Haven.Domain.People.Sex sex, int birthYear)
    {
        var female = sex == Haven.Domain.People.Sex.Female;
        if (birthYear >= 2003 && ChildFemale is not null && ChildMale is not null)
        {
            return female ? ChildFemale : ChildMale;
        }
        if (birthYear < 1975 && OlderFemale is not null && OlderMale is not null)
        {
            return female ? OlderFemale : OlderMale;
        }
        return female ? Female : Male;
    }
}

/// <summary>
/// The demo authority's name pools, one per naming tradition, and the everyday short forms used as "known as"
/// names. The lists themselves are data (demo-names.json, embedded in the assembly); the generator picks from them
/// in order with a seeded random, so the file's order is part of what makes a demo authority repeatable.
/// </summary>
internal static class DemoNames
{
    private static readonly NameLists Lists = Load();

    public static readonly NamePool English = Pool("English");
    public static readonly NamePool Irish = Pool("Irish");
    public static readonly NamePool IrishTraveller = Pool("IrishTraveller");
    public static readonly NamePool Gypsy = Pool("Gypsy");
    public static readonly NamePool Polish = Pool("Polish");
    public static readonly NamePool Romanian = Pool("Romanian");
    public static readonly NamePool Portuguese = Pool("Portuguese");
    public static readonly NamePool Pakistani = Pool("Pakistani");
    public static readonly NamePool Bangladeshi = Pool("Bangladeshi");
    public static readonly NamePool Indian = Pool("Indian");
    public static readonly NamePool WestAfrican = Pool("WestAfrican");
    public static readonly NamePool Somali = Pool("Somali");
    public static readonly NamePool Caribbean = Pool("Caribbean");
    public static readonly NamePool Chinese = Pool("Chinese");
    public static readonly NamePool Arabic = Pool("Arabic");
    public static readonly NamePool Afghan = Pool("Afghan");

    /// <summary>Everyday short forms, used as preferred names ("known as").</summary>
    public static readonly (string Full, string Short)[] ShortForms = [.. Lists.ShortForms.Select(p => (p[0], p[1]))];

    /// <summary>English names some Chinese-heritage adults use day to day.</summary>
    public static readonly string[] EnglishNamesFemale = Lists.EnglishNamesFemale;
    public static readonly string[] EnglishNamesMale = Lists.EnglishNamesMale;

    private static NamePool Pool(string key) => Lists.Pools.Single(p => p.Key == key);

    private static NameLists Load()
    {
        var assembly = typeof(DemoNames).Assembly;
        // Manifest names depend on the root namespace and folder, so match on the file name alone.
        var resourceName = assembly.GetManifestResourceNames().Single(n => n.EndsWith(".demo-names.json", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"Embedded resource {resourceName} could not be opened.");
        return System.Text.Json.JsonSerializer.Deserialize<NameLists>(stream)
            ?? throw new InvalidOperationException($"Embedded resource {resourceName} is empty.");
    }

    private sealed class NameLists
    {
        public required NamePool[] Pools { get; init; }
        public required string[][] ShortForms { get; init; }
        public required string[] EnglishNamesFemale { get; init; }
        public required string[] EnglishNamesMale { get; init; }
    }
}
