namespace Haven.Domain.Performance;

/// <summary>One quarter of a row: its target and rule (if any), the figure in the quarter, and the rating.</summary>
public sealed record ScorecardQuarter(int Quarter, RagRule? Rule, IndicatorFigure? Actual)
{
    public Rag Rag => Rule?.Rate(Actual?.Value) ?? Rag.NotRated;
}

/// <summary>
/// A row of the strategic scorecard in the seed's layout: the two previous years' outturns, this year's target, the
/// former National Indicator, the service plan reference, and each quarter's target and actual, rated.
/// </summary>
public sealed record ScorecardRow(
    Indicator Indicator,
    IndicatorFigure TwoYearsBefore,
    IndicatorFigure YearBefore,
    RagRule? YearRule,
    IndicatorFigure? Year,
    IReadOnlyList<ScorecardQuarter> Quarters)
{
    public Rag YearRag => YearRule?.Rate(Year?.Value) ?? Rag.NotRated;

    /// <summary>The seed shades the last outturn by whether it improved on the one before, by the indicator's polarity.</summary>
    public string? Trend => (Indicator.Polarity, TwoYearsBefore.Value, YearBefore.Value) switch
    {
        (Polarity.None, _, _) or (_, null, _) or (_, _, null) => null,
        (_, { } before, { } last) when before == last => "Same",
        (Polarity.HigherIsBetter, { } before, { } last) => last > before ? "Improved" : "Declined",
        (_, { } before, { } last) => last < before ? "Improved" : "Declined",
    };
}

/// <summary>The strategic scorecard for a year: every indicator's row, computed from the record.</summary>
public static class Scorecard
{
    /// <summary>
    /// Builds the year's rows. Quarters that have not started by <paramref name="asOf"/> have no figure yet; the
    /// year's figure is shown once the year has started, and is the year to date until it ends.
    /// </summary>
    public static IReadOnlyList<ScorecardRow> Build(ScorecardRecord record, int yearEnding, WorkingDayCalendar calendar, IReadOnlyList<TargetSetting> targets, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(targets);
        var year = ReportingPeriod.Year(yearEnding);
        var rows = new List<ScorecardRow>();
        foreach (var indicator in Indicators.All)
        {
            var quarters = Enumerable.Range(1, 4).Select(q =>
            {
                var period = ReportingPeriod.InQuarter(yearEnding, q);
                return new ScorecardQuarter(q, RuleFor(indicator, targets, yearEnding, q), period.Start <= asOf ? indicator.Compute(record, period, calendar) : null);
            }).ToList();
            rows.Add(new ScorecardRow(
                indicator,
                indicator.Compute(record, ReportingPeriod.Year(yearEnding - 2), calendar),
                indicator.Compute(record, ReportingPeriod.Year(yearEnding - 1), calendar),
                RuleFor(indicator, targets, yearEnding, 0),
                year.Start <= asOf ? indicator.Compute(record, year, calendar) : null,
                quarters));
        }
        return rows;
    }

    /// <summary>
    /// The rule for a year (quarter 0) or a quarter: a target set for that quarter, else for the year, else the
    /// indicator's default; none for indicators without a direction (counts are not rated).
    /// </summary>
    public static RagRule? RuleFor(Indicator indicator, IReadOnlyList<TargetSetting> targets, int yearEnding, int quarter)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(targets);
        if (indicator.Polarity == Polarity.None)
        {
            return null;
        }
        var set = targets.FirstOrDefault(t => t.IndicatorId == indicator.Id && t.YearEnding == yearEnding && t.Quarter == quarter)
            ?? targets.FirstOrDefault(t => t.IndicatorId == indicator.Id && t.YearEnding == yearEnding && t.Quarter == 0);
        if (set is not null)
        {
            return new RagRule(indicator.Polarity, set.Target, set.AmberWithin, indicator.Unit);
        }
        return indicator.DefaultTarget is { } target ? new RagRule(indicator.Polarity, target, RagRule.DefaultAmberWithin, indicator.Unit) : null;
    }

    /// <summary>
    /// The export's figures: every indicator for the year, each quarter in quarter, and the year to date at the ends
    /// of Q2 and Q3 (Q1's year to date is Q1 and Q4's is the year).
    /// </summary>
    public static IEnumerable<IndicatorFigure> Figures(ScorecardRecord record, int yearEnding, WorkingDayCalendar calendar)
    {
        var periods = ReportingPeriod.AllFor(yearEnding);
        foreach (var indicator in Indicators.All)
        {
            foreach (var period in periods)
            {
                yield return indicator.Compute(record, period, calendar);
            }
        }
    }
}
