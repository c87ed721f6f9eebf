using System.Globalization;

namespace Haven.Domain.Performance;

/// <summary>
/// A span the scorecard reports on: a DfE year (1 April to 31 March), one of its quarters (in quarter), or the year
/// to the end of a quarter (year to date). <see cref="Label"/> is how the export and the page name it: "2025-26",
/// "2025-26 Q2" (July to September), "2025-26 Q2 YTD" (April to September).
/// </summary>
public sealed record ReportingPeriod(string Label, DateOnly Start, DateOnly End, int YearEnding, int? Quarter, bool YearToDate = false)
{
    /// <summary>The year named by the March it ends in, as the CIN census names it: 2026 is 1 April 2025 to 31 March 2026.</summary>
    public static ReportingPeriod Year(int yearEnding) =>
        new(YearLabel(yearEnding), new DateOnly(yearEnding - 1, 4, 1), new DateOnly(yearEnding, 3, 31), yearEnding, null);

    /// <summary>One quarter on its own: Q1 April–June, Q2 July–September, Q3 October–December, Q4 January–March.</summary>
    public static ReportingPeriod InQuarter(int yearEnding, int quarter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(quarter, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quarter, 4);
        var start = new DateOnly(yearEnding - 1, 4, 1).AddMonths(3 * (quarter - 1));
        return new($"{YearLabel(yearEnding)} Q{quarter}", start, start.AddMonths(3).AddDays(-1), yearEnding, quarter);
    }

    /// <summary>From 1 April to the end of the quarter: what the committee's quarterly report shows as "year to date".</summary>
    public static ReportingPeriod ToEndOfQuarter(int yearEnding, int quarter)
    {
        var inQuarter = InQuarter(yearEnding, quarter);
        return new($"{YearLabel(yearEnding)} Q{quarter} YTD", new DateOnly(yearEnding - 1, 4, 1), inQuarter.End, yearEnding, quarter, YearToDate: true);
    }

    /// <summary>"2025-26" for the year ending March 2026.</summary>
    public static string YearLabel(int yearEnding) =>
        string.Create(CultureInfo.InvariantCulture, $"{yearEnding - 1}-{yearEnding % 100:00}");

    /// <summary>The months of a quarter as the seed's column headings name them: "(April - June)".</summary>
    public static string QuarterMonths(int quarter) => quarter switch
    {
        1 => "April - June",
        2 => "Jul - Sep",
        3 => "Oct - Dec",
        4 => "Jan - Mar",
        _ => throw new ArgumentOutOfRangeException(nameof(quarter)),
    };

    /// <summary>The year and its four quarters in quarter, then the year to date at the end of Q2 and Q3 (Q1's is Q1, Q4's the year).</summary>
    public static IReadOnlyList<ReportingPeriod> AllFor(int yearEnding) =>
    [
        Year(yearEnding),
        .. Enumerable.Range(1, 4).Select(q => InQuarter(yearEnding, q)),
        ToEndOfQuarter(yearEnding, 2),
        ToEndOfQuarter(yearEnding, 3),
    ];

    /// <summary>Reads a label written by <see cref="Label"/> back; null when it is not one.</summary>
    public static ReportingPeriod? Parse(string? label)
    {
        if (string.IsNullOrWhiteSpace(label) || label.Length < 7
            || !int.TryParse(label.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var first) || label[4] != '-')
        {
            return null;
        }
        var yearEnding = first + 1;
        if (first is < 2000 or > 2100 || label[..7] != YearLabel(yearEnding))
        {
            return null;
        }
        var rest = label[7..];
        if (rest.Length == 0)
        {
            return Year(yearEnding);
        }
        if (rest.Length >= 3 && rest[0] == ' ' && rest[1] == 'Q' && rest[2] is >= '1' and <= '4')
        {
            var quarter = rest[2] - '0';
            return rest[3..] switch
            {
                "" => InQuarter(yearEnding, quarter),
                " YTD" => ToEndOfQuarter(yearEnding, quarter),
                _ => null,
            };
        }
        return null;
    }

    public bool Contains(DateOnly date) => date >= Start && date <= End;

    public bool Contains(DateOnly? date) => date is { } d && Contains(d);
}
