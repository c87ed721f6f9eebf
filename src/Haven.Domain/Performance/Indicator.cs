namespace Haven.Domain.Performance;

/// <summary>Which way is better, so that a rating follows the target's direction ("met the target" is never red).</summary>
public enum Polarity
{
    /// <summary>A count with no target (children on plans, children looked after): shown, never rated.</summary>
    None,
    HigherIsBetter,
    LowerIsBetter,
}

public enum IndicatorUnit
{
    Percent,
    Count,
    /// <summary>An average number of days per child counted (the adoption scorecard's A1 and A2).</summary>
    Days,
    /// <summary>An average number of weeks per case counted (care proceedings against the 26-week limit).</summary>
    Weeks,
}

/// <summary>Counted over the period (events in it), or at its last day (who was open then).</summary>
public enum IndicatorMeasure
{
    Period,
    Snapshot,
}

/// <summary>
/// One child counted by an indicator: who, the date that put them in, and what it was; for an average (days, weeks),
/// the child's own number of days, so the figure is the average of the children listed.
/// </summary>
public sealed record CountedChild(Guid PersonId, DateOnly Date, string What, int? Days = null);

/// <summary>
/// The children behind a figure: those in the numerator and, for a percentage, those in the denominator. A child can
/// appear more than once (two referrals in the year are two referrals).
/// </summary>
public sealed record IndicatorCount(IReadOnlyList<CountedChild> Numerator, IReadOnlyList<CountedChild>? Denominator);

/// <summary>
/// A performance indicator, defined once: its K-number from the catalogue (kpis.md), what it counts, over which
/// span, the timescale it tests, which way is better, the former National Indicator it replaces, its unit, where it
/// sits on the scorecard, and how it is counted from the record.
/// </summary>
public sealed record Indicator(
    string Id,
    string Description,
    string Numerator,
    string? Denominator,
    IndicatorMeasure Measure,
    string Timescale,
    Polarity Polarity,
    string? FormerNi,
    IndicatorUnit Unit,
    string PriorityGroup,
    string? ServicePlanReference,
    decimal? DefaultTarget)
{
    /// <summary>How the indicator is counted from the record for a period. Plain C#; the calendar times working-day rules.</summary>
    public required Func<ScorecardRecord, ReportingPeriod, WorkingDayCalendar, IndicatorCount> Count { get; init; }

    /// <summary>The seed's "Previous National Indicator Set" cell: the bare number, or NEW.</summary>
    public string FormerNiText => FormerNi ?? "NEW";

    public IndicatorFigure Compute(ScorecardRecord record, ReportingPeriod period, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(calendar);
        return new IndicatorFigure(this, period, Count(record, period, calendar));
    }
}

/// <summary>An indicator's figure for one period, with the children behind it.</summary>
public sealed record IndicatorFigure(Indicator Indicator, ReportingPeriod Period, IndicatorCount Children)
{
    public int Numerator => Children.Numerator.Count;

    public int? Denominator => Children.Denominator?.Count;

    /// <summary>The value as reported: a percentage to one decimal place (null when nothing to divide by), or the count.</summary>
    public decimal? Value => Indicator.Unit switch
    {
        IndicatorUnit.Percent => Denominator is { } d and > 0 ? Math.Round(100m * Numerator / d, 1, MidpointRounding.AwayFromZero) : null,
        IndicatorUnit.Days => AverageDays is { } days ? Math.Round(days, 0, MidpointRounding.AwayFromZero) : null,
        IndicatorUnit.Weeks => AverageDays is { } days ? Math.Round(days / 7, 1, MidpointRounding.AwayFromZero) : null,
        _ => Numerator,
    };

    private decimal? AverageDays => Children.Numerator.Where(c => c.Days is not null).Select(c => (decimal)c.Days!.Value).ToList() is { Count: > 0 } days
        ? days.Average()
        : null;

    /// <summary>The value as the scorecard writes it: "63.1%", "221", "476 days", or "-" when there is nothing to show.</summary>
    public string ValueText => IndicatorText.Format(Value, Indicator.Unit);
}

public static class IndicatorText
{
    public static string Format(decimal? value, IndicatorUnit unit) => value switch
    {
        null => "-",
        { } v when unit == IndicatorUnit.Percent => v.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + "%",
        { } v when unit == IndicatorUnit.Days => v.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + " days",
        { } v when unit == IndicatorUnit.Weeks => v.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + " weeks",
        { } v => v.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture),
    };
}
