namespace Haven.Domain.Formatting;

/// <summary>Labels used inside a sentence, such as the visually hidden end of "Change" or "12 from …".</summary>
public static class Wording
{
    /// <summary>
    /// A label as it reads mid-sentence: each word lower case, except acronyms and codes ("GP", "A&amp;E", "NHS", "PHY"),
    /// which a screen reader would otherwise read as words ("gp", "a&amp;e", "phy").
    /// </summary>
    public static string MidSentence(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        return string.Join(' ', label.Split(' ').Select(word => IsAcronym(word) ? word : word.ToLowerInvariant()));
    }

    /// <summary>Two or more capital letters and no lower-case ones: "GP", "A&amp;E", "NHS", "PHY" (not "I" or "McDonald").</summary>
    private static bool IsAcronym(string word) => word.Count(char.IsUpper) >= 2 && !word.Any(char.IsLower);
}
