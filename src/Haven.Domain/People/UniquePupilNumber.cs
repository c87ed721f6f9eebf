using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Haven.Domain.People;

/// <summary>
/// An English Unique Pupil Number (UPN), 13 characters long. From the left: a check letter, a 3-digit local
/// authority number, a 4-digit school (DfE establishment) number, a 2-digit year of allocation and a 3-character
/// serial. In a temporary UPN, the last character of the serial is a letter.
/// </summary>
/// <remarks>
/// The check letter follows the DfE's common basic data set (CBDS) rule for UPNs. Multiply characters
/// 2 to 13 by their positions (2 to 13). A letter in position 13 counts as its place in <see cref="Letters"/>.
/// Add the products, take the remainder on division by 23, and map it to <see cref="Letters"/>.
/// </remarks>
public sealed record UniquePupilNumber
{
    /// <summary>A to Z without I, O and S, which are too easily misread as 1, 0 and 5.</summary>
    private const string Letters = "ABCDEFGHJKLMNPQRTUVWXYZ";

    private const string Example = "A123456789012";

    private UniquePupilNumber(string value) => Value = value;

    /// <summary>The 13 characters in upper case with no spaces. This is the only form used on DfE returns.</summary>
    public string Value { get; }

    /// <summary>The local authority number of the school that allocated the UPN.</summary>
    public int LaNumber => int.Parse(Value.AsSpan(1, 3), CultureInfo.InvariantCulture);

    /// <summary>A temporary UPN ends in a letter. A school issues one until it can confirm the pupil's permanent UPN.</summary>
    public bool IsTemporary => Value[12] is >= 'A' and <= 'Z';

    /// <summary>Accepts lower case and stray spaces, because people copy UPNs from letters and spreadsheets.</summary>
    public static bool TryParse(string? input, [NotNullWhen(true)] out UniquePupilNumber? value)
    {
        var text = Compact(input);
        value = text is not null && IsValid(text) ? new UniquePupilNumber(text) : null;
        return value is not null;
    }

    public static UniquePupilNumber Parse(string input) =>
        TryParse(input, out var value) ? value : throw new FormatException($"'{input}' is not a valid UPN.");

    /// <summary>
    /// Returns a GOV.UK-style error message, or null when the UPN is valid. Blank input gets "Enter a UPN".
    /// </summary>
    public static string? Validate(string? input)
    {
        var text = Compact(input);
        if (text is null)
        {
            return "Enter a UPN";
        }

        if (text.Length != 13)
        {
            return "UPN must be 13 characters";
        }

        return IsValid(text) ? null : $"Enter a valid UPN, like {Example}";
    }

    /// <summary>
    /// A permanent UPN for synthetic data, with the given local authority number. Unlike NHS numbers, UPNs have no
    /// range kept for testing, so a generated UPN may match a real one. Never load synthetic data into a live system.
    /// </summary>
    public static UniquePupilNumber Generate(Random rng, int laNumber)
    {
        ArgumentNullException.ThrowIfNull(rng);
        ArgumentOutOfRangeException.ThrowIfNegative(laNumber);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(laNumber, 999);

        var body = string.Create(CultureInfo.InvariantCulture,
            $"{laNumber:D3}{rng.Next(10_000):D4}{rng.Next(100):D2}{rng.Next(1_000):D3}");
        return new UniquePupilNumber(CheckLetter(body) + body);
    }

    public override string ToString() => Value;

    private static bool IsValid(string text)
    {
        if (text.Length != 13)
        {
            return false;
        }

        for (var i = 1; i < 12; i++)
        {
            if (text[i] is < '0' or > '9')
            {
                return false;
            }
        }

        var last = text[12];
        if (last is not (>= '0' and <= '9') && !Letters.Contains(last, StringComparison.Ordinal))
        {
            return false;
        }

        return CheckLetter(text.AsSpan(1)) == text[0];
    }

    /// <summary>The check letter for characters 2 to 13, which must already be known to be well formed.</summary>
    private static char CheckLetter(ReadOnlySpan<char> body)
    {
        var sum = 0;
        for (var i = 0; i < body.Length; i++)
        {
            var ch = body[i];
            var value = ch is >= '0' and <= '9' ? ch - '0' : Letters.IndexOf(ch, StringComparison.Ordinal);
            sum += value * (i + 2);
        }

        return Letters[sum % 23];
    }

    /// <summary>Without spaces and in capitals, as UPNs are compared.</summary>
    private static string? Compact(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return null;
        }

        return string.Concat(input.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();
    }
}
