using System.Globalization;

namespace Haven.Domain.Calendar;

/// <summary>
/// Working days for statutory timescales: Monday to Friday, excluding bank holidays.
/// </summary>
public sealed class WorkingDayCalendar
{
    private const string EnglandAndWalesResource = "bank-holidays-england-and-wales.csv";

    private readonly HashSet<DateOnly> _bankHolidays;

    /// <summary>England and Wales, from the bank holiday list embedded in this assembly.</summary>
    public static WorkingDayCalendar EnglandAndWales { get; } = LoadEmbedded(EnglandAndWalesResource);

    /// <summary>
    /// A calendar covering the years from the earliest to the latest of <paramref name="bankHolidays"/>.
    /// </summary>
    public WorkingDayCalendar(IEnumerable<DateOnly> bankHolidays)
    {
        ArgumentNullException.ThrowIfNull(bankHolidays);
        _bankHolidays = [.. bankHolidays];
        if (_bankHolidays.Count == 0)
        {
            // An empty list would make every weekday a working day. That is never true for a whole
            // year, so the list was most likely lost rather than meant.
            throw new ArgumentException("At least one bank holiday is needed to know which years are covered.", nameof(bankHolidays));
        }

        FirstYear = _bankHolidays.Min().Year;
        LastYear = _bankHolidays.Max().Year;
    }

    /// <summary>The first year whose bank holidays are known.</summary>
    public int FirstYear { get; }

    /// <summary>The last year whose bank holidays are known.</summary>
    public int LastYear { get; }

    public bool IsBankHoliday(DateOnly date)
    {
        EnsureCovered(date);
        return _bankHolidays.Contains(date);
    }

    public bool IsWorkingDay(DateOnly date)
    {
        EnsureCovered(date);
        return date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_bankHolidays.Contains(date);
    }

    /// <summary>
    /// The date <paramref name="n"/> working days after <paramref name="start"/> (before it if n is negative).
    /// The start day is not counted, even if it is itself a working day.
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly start, int n)
    {
        EnsureCovered(start);
        var step = Math.Sign(n);
        var remaining = Math.Abs(n);
        var date = start;
        while (remaining > 0)
        {
            date = date.AddDays(step);
            if (IsWorkingDay(date))
            {
                remaining--;
            }
        }

        return date;
    }

    /// <summary>
    /// The working days after <paramref name="from"/> up to and including <paramref name="to"/>, or minus
    /// that count when <paramref name="to"/> is earlier. If AddWorkingDays(from, n) == to, this returns n.
    /// </summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        EnsureCovered(from);
        EnsureCovered(to);
        if (to < from)
        {
            return -WorkingDaysBetween(to, from);
        }

        var count = 0;
        for (var date = from.AddDays(1); date <= to; date = date.AddDays(1))
        {
            if (IsWorkingDay(date))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>
    /// Adds calendar months. When the target month is shorter, the day is clamped to its last day, so
    /// 31 January plus one month is 28 (or 29) February.
    /// </summary>
    /// <remarks>
    /// This does not depend on bank holidays. It lives here so that every timescale is worked out in one
    /// place, and so that a "3 months" due date is not moved off a weekend by accident.
    /// </remarks>
    public DateOnly AddCalendarMonths(DateOnly date, int months) => date.AddMonths(months);

    private void EnsureCovered(DateOnly date)
    {
        if (date.Year < FirstYear || date.Year > LastYear)
        {
            throw new InvalidOperationException(
                $"No bank holiday data for {date.Year}: this calendar covers {FirstYear} to {LastYear}. " +
                $"Add the bank holidays for {date.Year} before working out dates in that year.");
        }
    }

    private static WorkingDayCalendar LoadEmbedded(string fileName)
    {
        using var reader = EmbeddedData.Open(fileName);
        return new WorkingDayCalendar(ParseCsv(reader, fileName));
    }

    private static List<DateOnly> ParseCsv(TextReader reader, string source)
    {
        var dates = new List<DateOnly>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (lineNumber == 1 || string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var comma = line.IndexOf(',', StringComparison.Ordinal);
            var datePart = comma < 0 ? line : line[..comma];
            if (!DateOnly.TryParseExact(datePart.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                // A bad row is an error in the file, so stop rather than drop a holiday silently.
                throw new InvalidDataException($"{source} line {lineNumber}: '{datePart}' is not a yyyy-MM-dd date.");
            }

            dates.Add(date);
        }

        return dates;
    }
}
