using System.Diagnostics.CodeAnalysis;

namespace Haven.Domain.People;

/// <summary>A 10-digit NHS number whose modulus 11 check digit is valid.</summary>
public sealed record NhsNumber
{
    private const string InvalidMessage = "Enter a valid NHS number, like 943 476 5919";

    private NhsNumber(string digits) => Value = digits;

    /// <summary>The ten digits with no spaces. This is how the number is stored and sent to other systems.</summary>
    public string Value { get; }

    /// <summary>
    /// Accepts the number as people type it, with spaces or hyphens between the digit groups, or none.
    /// </summary>
    public static bool TryParse(string? input, [NotNullWhen(true)] out NhsNumber? value)
    {
        var digits = StripSeparators(input);
        value = digits is { Length: 10 } && IsValid(digits) ? new NhsNumber(digits) : null;
        return value is not null;
    }

    public static NhsNumber Parse(string input) =>
        TryParse(input, out var value) ? value : throw new FormatException($"'{input}' is not a valid NHS number.");

    /// <summary>
    /// Returns a GOV.UK-style error message, or null when the number is valid. A blank input gets
    /// "Enter an NHS number", so a form where the number is optional should skip blank input before calling this.
    /// </summary>
    public static string? Validate(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return "Enter an NHS number";
        }

        var digits = StripSeparators(input);
        if (digits is null)
        {
            return InvalidMessage;
        }

        if (digits.Length != 10)
        {
            return "NHS number must be 10 digits";
        }

        return IsValid(digits) ? null : InvalidMessage;
    }

    /// <summary>
    /// A number for synthetic data. NHS England keeps 999 000 0000 to 999 999 9999 for testing and never
    /// issues numbers in that range, so a synthetic record can never be matched to a real person.
    /// </summary>
    public static NhsNumber Generate(Random rng)
    {
        ArgumentNullException.ThrowIfNull(rng);
        Span<char> digits = stackalloc char[10];
        while (true)
        {
            digits[0] = digits[1] = digits[2] = '9';
            for (var i = 3; i < 9; i++)
            {
                digits[i] = (char)('0' + rng.Next(10));
            }

            // About 1 in 11 prefixes has no valid check digit, and 999 999 9999 is all one digit, so draw again.
            if (CheckDigit(digits[..9]) is { } check)
            {
                digits[9] = (char)('0' + check);
                var candidate = new string(digits);
                if (IsValid(candidate))
                {
                    return new NhsNumber(candidate);
                }
            }
        }
    }

    /// <summary>The grouping used on NHS documents: 3, 3 and 4 digits.</summary>
    public override string ToString() => $"{Value[..3]} {Value[3..6]} {Value[6..]}";

    private static bool IsValid(string digits)
    {
        // A number made of one repeated digit always passes the check (the weights 10 to 2 add up to 54,
        // which is 10 mod 11, so the check digit comes out as that same digit). These numbers are
        // placeholders typed in, so reject them.
        if (digits.AsSpan().IndexOfAnyExcept(digits[0]) < 0)
        {
            return false;
        }

        return CheckDigit(digits.AsSpan(0, 9)) == digits[9] - '0';
    }

    /// <summary>The modulus 11 check digit, or null when the first nine digits have none (remainder 10).</summary>
    private static int? CheckDigit(ReadOnlySpan<char> firstNine)
    {
        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            sum += (firstNine[i] - '0') * (10 - i);
        }

        var check = 11 - (sum % 11);
        return check switch
        {
            11 => 0,
            10 => null,
            _ => check,
        };
    }

    /// <summary>The digits with spaces and hyphens removed, or null if anything else is in the input.</summary>
    private static string? StripSeparators(string? input)
    {
        if (input is null)
        {
            return null;
        }

        var buffer = new System.Text.StringBuilder(10);
        foreach (var ch in input)
        {
            if (ch is >= '0' and <= '9')
            {
                buffer.Append(ch);
            }
            else if (ch != '-' && !char.IsWhiteSpace(ch))
            {
                return null;
            }
        }

        return buffer.ToString();
    }
}
