using System.Globalization;

namespace Haven.GovUk;

/// <summary>
/// The three fields of a GOV.UK date input, bound as <c>{Property}.Day</c>, <c>{Property}.Month</c> and
/// <c>{Property}.Year</c>. The parts are strings so that whatever the user typed is kept exactly and shown
/// back to them when the page is redisplayed with an error.
/// </summary>
public sealed class DateInput
{
    public string? Day { get; set; }

    public string? Month { get; set; }

    public string? Year { get; set; }

    /// <summary>True when nothing (or only spaces) was entered in all three fields.</summary>
    public bool IsEmpty =>
        string.IsNullOrWhiteSpace(Day) && string.IsNullOrWhiteSpace(Month) && string.IsNullOrWhiteSpace(Year);

    /// <summary>
    /// Reads the date as people type it: spaces around parts are ignored, the month may be a number or a
    /// month name or abbreviation ("jan", "Sept", "January"), and the year must have 4 digits.
    /// </summary>
    public bool TryGetDate(out DateOnly date)
    {
        date = default;
        if (!TryParseDay(Day, out var day) || !TryParseMonth(Month, out var month) || !TryParseYear(Year, out var year))
        {
            return false;
        }

        if (day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    /// <summary>The date, or null when it is empty or not a real date.</summary>
    public DateOnly? ToDateOrNull() => TryGetDate(out var date) ? date : null;

    /// <summary>A date input showing <paramref name="date"/> (empty fields when null), e.g. 7 / 3 / 2024.</summary>
    public static DateInput From(DateOnly? date) => date is { } d
        ? new DateInput
        {
            Day = d.Day.ToString(CultureInfo.InvariantCulture),
            Month = d.Month.ToString(CultureInfo.InvariantCulture),
            Year = d.Year.ToString("0000", CultureInfo.InvariantCulture),
        }
        : new DateInput();

    public override string ToString() => $"{Day}/{Month}/{Year}";

    internal static bool TryParseDay(string? text, out int day) =>
        TryParseNumber(text, maxDigits: 2, out day) && day is >= 1 and <= 31;

    internal static bool TryParseYear(string? text, out int year)
    {
        year = 0;
        var trimmed = text?.Trim();
        return trimmed is { Length: 4 } && TryParseNumber(trimmed, maxDigits: 4, out year) && year >= 1;
    }

    internal static bool TryParseMonth(string? text, out int month)
    {
        month = 0;
        var trimmed = text?.Trim().TrimEnd('.');
        if (string.IsNullOrEmpty(trimmed))
        {
            return false;
        }

        if (TryParseNumber(trimmed, maxDigits: 2, out month))
        {
            return month is >= 1 and <= 12;
        }

        var key = trimmed.ToLowerInvariant();
        for (var i = 0; i < MonthNames.Length; i++)
        {
            if (key == MonthNames[i] || key == MonthNames[i][..3] || (i == 8 && key == "sept"))
            {
                month = i + 1;
                return true;
            }
        }

        return false;
    }

    private static readonly string[] MonthNames =
    [
        "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december",
    ];

    private static bool TryParseNumber(string? text, int maxDigits, out int value)
    {
        value = 0;
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > maxDigits + 2)
        {
            return false;
        }

        foreach (var c in trimmed)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        // Allow leading zeros ("07", "007") but not more significant digits than the part can hold.
        var significant = trimmed.TrimStart('0');
        if (significant.Length > maxDigits)
        {
            return false;
        }

        value = significant.Length == 0 ? 0 : int.Parse(significant, NumberStyles.None, CultureInfo.InvariantCulture);
        return true;
    }
}
