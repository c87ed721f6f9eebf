using System.Globalization;
using Haven.Domain.Performance;

namespace Haven.Web.Features.Performance;

/// <summary>A year's scorecard as the page and the export show it: the rows, and the latest commentary for each quarter.</summary>
public sealed record ScorecardYear(int YearEnding, IReadOnlyList<ScorecardRow> Rows, IReadOnlyList<ScorecardCommentary> Commentary)
{
    public string Label => ReportingPeriod.YearLabel(YearEnding);

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
        return new ScorecardYear(yearEnding, rows, commentary);
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
