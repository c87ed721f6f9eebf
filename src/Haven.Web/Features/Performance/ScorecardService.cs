using System.Globalization;
using Haven.Domain.Performance;

namespace Haven.Web.Features.Performance;

/// <summary>A year's scorecard as the page and the export show it: the rows, and the latest commentary for each quarter.</summary>
public sealed record ScorecardYear(
    int YearEnding,
    IReadOnlyList<ScorecardRow> Rows,
    IReadOnlyList<ScorecardCommentary> Commentary,
    IReadOnlyList<ComparatorFigure> Comparators,
    IReadOnlyDictionary<int, int> Population)
{
    public string Label => ReportingPeriod.YearLabel(YearEnding);

    /// <summary>A row's published comparators, each set against the authority's outturn for the same year.</summary>
    public IReadOnlyList<Comparison> ComparisonsFor(ScorecardRow row) => Domain.Performance.Comparators.For(row, Comparators, Population);

    /// <summary>"71.2 per 10,000" under a count, when that year's child population is known; null otherwise.</summary>
    public string? RateText(IndicatorFigure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return figure.Indicator.Unit == IndicatorUnit.Count && Domain.Performance.Comparators.Comparable(figure, Population) is { } rate
            ? $"{rate.ToString("0.0", CultureInfo.InvariantCulture)} per 10,000"
            : null;
    }

    /// <summary>The latest commentary on an indicator's quarter, or null.</summary>
    public ScorecardCommentary? CommentaryFor(string indicatorId, int quarter) =>
        Commentary.Where(c => c.IndicatorId == indicatorId && c.Quarter == quarter).MaxBy(c => c.WrittenAtUtc);

    /// <summary>The seed's single Commentary column: the latest quarter's commentary.</summary>
    public ScorecardCommentary? LatestCommentaryFor(string indicatorId) =>
        Commentary.Where(c => c.IndicatorId == indicatorId).OrderBy(c => c.Quarter).ThenBy(c => c.WrittenAtUtc).LastOrDefault();
}

/// <summary>
/// Builds the scorecard from the record, and keeps its targets and commentary. Targets and commentary are not one
/// child's record, so each change is an audit event (with before and after) in the same SaveChanges.
/// </summary>
public sealed class ScorecardService(HavenDbContext db, ScorecardRecords records, AuditTrail audit, CurrentUser user, TimeProvider clock)
{
    public const string ScorecardTarget = "Scorecard";

    /// <summary>The years offered: from five years back to the current one.</summary>
    public IReadOnlyList<int> Years
    {
        get
        {
            var current = CurrentYearEnding(UkClock.Today(clock));
            return [.. Enumerable.Range(current - 5, 6).Reverse()];
        }
    }

    /// <summary>The reporting year a date falls in, named by its March: 5 December 2026 is in 2026-27, so 2027.</summary>
    public static int CurrentYearEnding(DateOnly today) => today.Month >= 4 ? today.Year + 1 : today.Year;

    public async Task<ScorecardYear> YearAsync(int yearEnding, CancellationToken ct)
    {
        // The two previous outturns are part of the row, so the record is read from two years before.
        var record = await records.LoadAsync(ReportingPeriod.Year(yearEnding - 2).Start, ct);
        var targets = await TargetsAsync(yearEnding, ct);
        var rows = Scorecard.Build(record, yearEnding, WorkingDayCalendar.EnglandAndWales, targets, UkClock.Today(clock));
        var commentary = await db.ScorecardCommentary.AsNoTracking().Where(c => c.YearEnding == yearEnding).ToListAsync(ct);
        // Comparators are of past outturns; the population also turns this year's counts into rates.
        var comparators = (await db.ScorecardComparators.AsNoTracking()
            .Where(c => c.YearEnding >= yearEnding - 2 && c.YearEnding < yearEnding).ToListAsync(ct)).Select(c => c.ToFigure()).ToList();
        return new ScorecardYear(yearEnding, rows, commentary, comparators, await PopulationAsync(yearEnding - 2, yearEnding, ct));
    }

    /// <summary>The child population by year, for the years from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public async Task<IReadOnlyDictionary<int, int>> PopulationAsync(int from, int to, CancellationToken ct) =>
        await db.ChildPopulations.AsNoTracking().Where(p => p.YearEnding >= from && p.YearEnding <= to).ToDictionaryAsync(p => p.YearEnding, p => p.Children, ct);

    public Task<List<ScorecardComparator>> ComparatorsAsync(int yearEnding, CancellationToken ct) =>
        db.ScorecardComparators.AsNoTracking().Where(c => c.YearEnding == yearEnding).OrderBy(c => c.IndicatorId).ThenBy(c => c.Area).ToListAsync(ct);

    public Task<List<ChildPopulation>> PopulationsAsync(CancellationToken ct) =>
        db.ChildPopulations.AsNoTracking().OrderByDescending(p => p.YearEnding).ToListAsync(ct);

    /// <summary>
    /// Imports a checked comparator file: each year in it replaces that year's comparators (a corrected table is
    /// loaded whole), in one SaveChanges with an audit event a year saying how many figures came and went.
    /// </summary>
    public async Task ImportComparatorsAsync(ComparatorFile.Result file, string fileName, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (!file.IsValid)
        {
            throw new InvalidOperationException("Only a file without problems is imported");
        }
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var year in file.Figures.GroupBy(f => f.YearEnding))
        {
            var old = await db.ScorecardComparators.Where(c => c.YearEnding == year.Key).ToListAsync(ct);
            db.ScorecardComparators.RemoveRange(old);
            db.ScorecardComparators.AddRange(year.Select(f => new ScorecardComparator
            {
                Id = Guid.NewGuid(),
                IndicatorId = f.IndicatorId,
                YearEnding = f.YearEnding,
                Area = f.Area,
                Value = f.Value,
                ImportedByName = user.DisplayName,
                ImportedAtUtc = now,
            }));
            var label = ReportingPeriod.YearLabel(year.Key);
            audit.Add(AuditEventTypes.ScorecardComparatorsImported, ScorecardTarget, $"comparators {label}", fileName,
                $"Comparators for {label} imported from {fileName}",
                [new FieldChange("Comparators", old.Count == 0 ? null : $"{old.Count} figures", $"{year.Count()} figures")]);
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Sets (or corrects) the year's child population; refused by the rule with nothing saved.</summary>
    public async Task SetPopulationAsync(int yearEnding, int? children, CancellationToken ct)
    {
        CaseRuleException.ThrowIfAny(ScorecardRules.CheckPopulation(children));
        var existing = await db.ChildPopulations.SingleOrDefaultAsync(p => p.YearEnding == yearEnding, ct);
        var before = existing?.Children.ToString("N0", CultureInfo.InvariantCulture);
        if (existing is null)
        {
            existing = new ChildPopulation { YearEnding = yearEnding, SetByName = "" };
            db.ChildPopulations.Add(existing);
        }
        existing.Children = children!.Value;
        existing.SetByName = user.DisplayName;
        existing.SetAtUtc = clock.GetUtcNow().UtcDateTime;
        var label = ReportingPeriod.YearLabel(yearEnding);
        var after = existing.Children.ToString("N0", CultureInfo.InvariantCulture);
        audit.Add(AuditEventTypes.ChildPopulationSet, ScorecardTarget, $"population {label}", $"Children aged 0 to 17 in {label}",
            $"Child population for {label} set: {after}", [new FieldChange("Children aged 0 to 17", before, after)]);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Every figure of the year for the CSV export (year, quarters in quarter, year to date).</summary>
    public async Task<IReadOnlyList<IndicatorFigure>> FiguresAsync(int yearEnding, CancellationToken ct)
    {
        var record = await records.LoadAsync(ReportingPeriod.Year(yearEnding).Start, ct);
        return [.. Scorecard.Figures(record, yearEnding, WorkingDayCalendar.EnglandAndWales)];
    }

    public async Task<IndicatorFigure> FigureAsync(Indicator indicator, ReportingPeriod period, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(period);
        var record = await records.LoadAsync(period.Start, ct);
        return indicator.Compute(record, period, WorkingDayCalendar.EnglandAndWales);
    }

    public async Task<IReadOnlyList<TargetSetting>> TargetsAsync(int yearEnding, CancellationToken ct) =>
        [.. (await db.ScorecardTargets.AsNoTracking().Where(t => t.YearEnding == yearEnding).ToListAsync(ct)).Select(t => t.ToSetting())];

    public Task<List<ScorecardCommentary>> CommentaryAsync(string indicatorId, int yearEnding, CancellationToken ct) =>
        db.ScorecardCommentary.AsNoTracking().Where(c => c.IndicatorId == indicatorId && c.YearEnding == yearEnding)
            .OrderByDescending(c => c.WrittenAtUtc).ToListAsync(ct);

    /// <summary>Sets (or changes) a target for a year (quarter 0) or a quarter; refused by the rule with nothing saved.</summary>
    public async Task SetTargetAsync(Indicator indicator, int yearEnding, int quarter, decimal target, decimal amberWithin, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        var check = ScorecardRules.CheckTarget(indicator, target, amberWithin);
        if (!check.IsValid)
        {
            throw new CaseRuleException(check);
        }
        var existing = await db.ScorecardTargets.SingleOrDefaultAsync(t => t.IndicatorId == indicator.Id && t.YearEnding == yearEnding && t.Quarter == quarter, ct);
        var before = existing is null ? null : Describe(existing.Target, existing.AmberWithin, indicator);
        if (existing is null)
        {
            existing = new ScorecardTarget { Id = Guid.NewGuid(), IndicatorId = indicator.Id, YearEnding = yearEnding, Quarter = quarter, SetByName = "" };
            db.ScorecardTargets.Add(existing);
        }
        existing.Target = target;
        existing.AmberWithin = amberWithin;
        existing.SetByName = user.DisplayName;
        existing.SetAtUtc = clock.GetUtcNow().UtcDateTime;
        var after = Describe(target, amberWithin, indicator);
        var when = quarter == 0 ? ReportingPeriod.YearLabel(yearEnding) : ReportingPeriod.InQuarter(yearEnding, quarter).Label;
        audit.Add(AuditEventTypes.ScorecardTargetSet, ScorecardTarget, $"{indicator.Id} {when}", indicator.Description,
            $"Target for {indicator.Id} in {when} set: {after}", [new FieldChange("Target", before, after)]);
        await db.SaveChangesAsync(ct);
    }

    public async Task AddCommentaryAsync(Indicator indicator, int yearEnding, int quarter, string? text, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        var check = ScorecardRules.CheckCommentary(text);
        if (!check.IsValid)
        {
            throw new CaseRuleException(check);
        }
        var entry = new ScorecardCommentary
        {
            Id = Guid.NewGuid(),
            IndicatorId = indicator.Id,
            YearEnding = yearEnding,
            Quarter = quarter,
            Text = text!.Trim(),
            AuthorUserId = user.UserId,
            AuthorName = user.DisplayName,
            WrittenAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.ScorecardCommentary.Add(entry);
        var when = ReportingPeriod.InQuarter(yearEnding, quarter).Label;
        audit.Add(AuditEventTypes.ScorecardCommentaryAdded, ScorecardTarget, $"{indicator.Id} {when}", indicator.Description,
            $"Commentary on {indicator.Id} for {when}", [new FieldChange("Commentary", null, entry.Text)]);
        await db.SaveChangesAsync(ct);
    }

    private static string Describe(decimal target, decimal amberWithin, Indicator indicator) =>
        new RagRule(indicator.Polarity, target, amberWithin, indicator.Unit).Describe();

    /// <summary>Reads a figure typed on a form ("85", "85%", "14.5"); null when it is not one.</summary>
    public static decimal? ParseFigure(string? typed)
    {
        var text = Typed.Clean(typed)?.TrimEnd('%').Trim();
        return decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;
    }
}

public static class PerformanceSetup
{
    public static void AddPerformance(IServiceCollection services)
    {
        services.AddScoped<ScorecardRecords>();
        services.AddScoped<ScorecardService>();
    }
}
