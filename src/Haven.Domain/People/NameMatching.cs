using System.Globalization;
using System.Text;

namespace Haven.Domain.People;

/// <summary>
/// Helpers that let person search forgive spelling variants, typos and a forename and surname entered
/// the wrong way round. Records of children are often created from a phone call, so names are spelled
/// as heard.
/// </summary>
public static class NameMatching
{
    /// <summary>A match with forename and surname swapped scores a little below the same match the right way round.</summary>
    public const double SwappedPenalty = 0.95;

    /// <summary>
    /// A match on one part of a name with several parts, such as "Jones" for "Smith-Jones", scores a little
    /// below a match on the whole name.
    /// </summary>
    public const double PartialNamePenalty = 0.9;

    /// <summary>
    /// Lower case, with accents removed, apostrophes dropped (O'Brien becomes obrien), other punctuation
    /// and hyphens turned into spaces, and runs of spaces collapsed.
    /// </summary>
    public static string Normalise(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var result = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var ch in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark || IsApostrophe(ch))
            {
                continue;
            }

            if (!char.IsLetterOrDigit(ch))
            {
                pendingSpace = true;
                continue;
            }

            if (pendingSpace && result.Length > 0)
            {
                result.Append(' ');
            }

            pendingSpace = false;
            AppendFolded(result, char.ToLowerInvariant(ch));
        }

        return result.ToString();
    }

    /// <summary>
    /// A Soundex code for each word of the name, joined by spaces: "Mohammed Ali" gives "M530 A400". The
    /// first letter is respelled first where English spelling varies (C or K, PH or F), so Catherine and
    /// Katherine share a code.
    /// </summary>
    /// <remarks>
    /// Like every phonetic code, this ignores vowels after the first letter, so John and Jane share a code.
    /// It finds candidates, and <see cref="NameScore"/> ranks them.
    /// </remarks>
    public static string PhoneticKey(string name)
    {
        var words = Normalise(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Select(SoundexWord).Where(k => k.Length > 0));
    }

    /// <summary>Jaro-Winkler similarity of the normalised names: 1 when they are the same, 0 when nothing matches.</summary>
    public static double Similarity(string a, string b) => JaroWinkler(Normalise(a), Normalise(b));

    /// <summary>
    /// How well a candidate matches a search, from 0 to 1. An exact match scores 1. Phonetic or typing
    /// variants score high. Forename and surname the wrong way round score almost as high (the match
    /// times <see cref="SwappedPenalty"/>). A blank query field is ignored, so a search by surname alone works.
    /// </summary>
    public static double NameScore(string queryForename, string querySurname, string candidateForename, string candidateSurname)
    {
        var qf = Normalise(queryForename ?? "");
        var qs = Normalise(querySurname ?? "");
        var cf = Normalise(candidateForename ?? "");
        var cs = Normalise(candidateSurname ?? "");
        if (qf.Length == 0 && qs.Length == 0)
        {
            return 0;
        }

        // The two name scores are multiplied, not averaged: the right forename with an unrelated surname is
        // a different person, and an average would still rank it halfway up.
        double Pair(string forename, string surname) =>
            (qf.Length == 0 ? 1 : FieldScore(qf, forename)) * (qs.Length == 0 ? 1 : FieldScore(qs, surname));

        return Math.Max(Pair(cf, cs), SwappedPenalty * Pair(cs, cf));
    }

    private static double FieldScore(string query, string candidate)
    {
        var whole = WordScore(query, candidate);
        if (whole == 1 || (!query.Contains(' ', StringComparison.Ordinal) && !candidate.Contains(' ', StringComparison.Ordinal)))
        {
            return whole;
        }

        // People search by one part of a double-barrelled surname or of several forenames.
        var best = 0.0;
        foreach (var q in query.Split(' '))
        {
            foreach (var c in candidate.Split(' '))
            {
                best = Math.Max(best, WordScore(q, c));
            }
        }

        return Math.Max(whole, PartialNamePenalty * best);
    }

    private static double WordScore(string a, string b)
    {
        if (a == b)
        {
            return 1;
        }

        var spelling = JaroWinkler(a, b);
        // Sounding the same moves the score halfway towards 1. Sound alone is not treated as a match,
        // because Soundex also gives John and Jane the same code.
        return PhoneticKey(a) == PhoneticKey(b) ? (1 + spelling) / 2 : spelling;
    }

    private static double JaroWinkler(string s1, string s2)
    {
        if (s1 == s2)
        {
            return 1;
        }

        if (s1.Length == 0 || s2.Length == 0)
        {
            return 0;
        }

        var window = Math.Max(0, (Math.Max(s1.Length, s2.Length) / 2) - 1);
        var matched1 = new bool[s1.Length];
        var matched2 = new bool[s2.Length];
        var matches = 0;
        for (var i = 0; i < s1.Length; i++)
        {
            var end = Math.Min(s2.Length - 1, i + window);
            for (var j = Math.Max(0, i - window); j <= end; j++)
            {
                if (!matched2[j] && s1[i] == s2[j])
                {
                    matched1[i] = matched2[j] = true;
                    matches++;
                    break;
                }
            }
        }

        if (matches == 0)
        {
            return 0;
        }

        var halfTranspositions = 0;
        var k = 0;
        for (var i = 0; i < s1.Length; i++)
        {
            if (!matched1[i])
            {
                continue;
            }

            while (!matched2[k])
            {
                k++;
            }

            if (s1[i] != s2[k])
            {
                halfTranspositions++;
            }

            k++;
        }

        double m = matches;
        var jaro = ((m / s1.Length) + (m / s2.Length) + ((m - (halfTranspositions / 2.0)) / m)) / 3;

        // Winkler's prefix bonus applies only to strings that are already fairly alike (Jaro above 0.7).
        if (jaro <= 0.7)
        {
            return jaro;
        }

        var prefix = 0;
        while (prefix < 4 && prefix < s1.Length && prefix < s2.Length && s1[prefix] == s2[prefix])
        {
            prefix++;
        }

        return jaro + (prefix * 0.1 * (1 - jaro));
    }

    private static string SoundexWord(string word)
    {
        var letters = RespellStart(new string(word.Where(c => c is >= 'a' and <= 'z').ToArray()));
        if (letters.Length == 0)
        {
            return "";
        }

        var key = new StringBuilder(4);
        key.Append(char.ToUpperInvariant(letters[0]));
        var previous = SoundexDigit(letters[0]);
        for (var i = 1; i < letters.Length && key.Length < 4; i++)
        {
            var ch = letters[i];
            var digit = SoundexDigit(ch);
            if (digit != '0' && digit != previous)
            {
                key.Append(digit);
            }

            // H and W do not separate two letters with the same code (as in Ashcraft). Vowels do.
            if (ch is not ('h' or 'w'))
            {
                previous = digit;
            }
        }

        return key.ToString().PadRight(4, '0');
    }

    /// <summary>Respells a start whose sound is written in more than one way, because Soundex keeps the first letter as written.</summary>
    private static string RespellStart(string w)
    {
        if (w.StartsWith("chr", StringComparison.Ordinal) || w.StartsWith("chl", StringComparison.Ordinal))
        {
            return "k" + w[2..]; // Christopher / Kristopher, Chloe / Khloe
        }

        if (w.StartsWith("ch", StringComparison.Ordinal))
        {
            return "s" + w[1..]; // Cheryl / Sheryl, Chantelle / Shantelle
        }

        if (w.StartsWith("ph", StringComparison.Ordinal))
        {
            return "f" + w[2..]; // Philip / Filip
        }

        if (w.StartsWith("kn", StringComparison.Ordinal) || w.StartsWith("wr", StringComparison.Ordinal))
        {
            return w[1..];
        }

        if (w.Length > 1 && w[0] == 'c')
        {
            return (w[1] is 'e' or 'i' or 'y' ? "s" : "k") + w[1..]; // Cerys / Seris, Catherine / Katherine
        }

        return w.Length > 0 && w[0] == 'x' ? "z" + w[1..] : w; // Xander / Zander
    }

    private static char SoundexDigit(char c) => c switch
    {
        'b' or 'f' or 'p' or 'v' => '1',
        'c' or 'g' or 'j' or 'k' or 'q' or 's' or 'x' or 'z' => '2',
        'd' or 't' => '3',
        'l' => '4',
        'm' or 'n' => '5',
        'r' => '6',
        _ => '0',
    };

    private static bool IsApostrophe(char ch) => ch is '\'' or '\u2019' or '\u2018' or '`' or '\u02BC';

    private static void AppendFolded(StringBuilder result, char ch)
    {
        // Letters with no Unicode decomposition to a base letter, which FormD cannot strip.
        switch (ch)
        {
            case 'ø': result.Append('o'); break;
            case 'ß': result.Append("ss"); break;
            case 'æ': result.Append("ae"); break;
            case 'œ': result.Append("oe"); break;
            case 'ł': result.Append('l'); break;
            case 'đ' or 'ð': result.Append('d'); break;
            case 'þ': result.Append("th"); break;
            case 'ı': result.Append('i'); break;
            default: result.Append(ch); break;
        }
    }
}
