namespace Haven.Web.Features.LookedAfter.Visits;

/// <summary>
/// The statutory visit schedule for the child's current placement: each visit the child was seen at against the date
/// it was due (within a week of the placement starting, then every 6 weeks, or 3 months in a long-term placement after
/// its first year, or the authority's stricter standard), and the next one. Visits are case notes (home visits for a
/// looked-after child); a change of placement restarts the schedule, so earlier placements are shown separately.
/// </summary>
public sealed class IndexModel(HavenDbContext db, TimeProvider clock, LocalTimescales local) : PersonPageModel(db, clock)
{
    public CarePeriod Period { get; private set; } = null!;
    public IReadOnlyList<CaseNote> Visits { get; private set; } = [];
    public TimescaleRule? LocalStandard => local.LookedAfterVisit;

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct)
    {
        Period = await records.LatestCarePeriodAsync(PersonId, ct);
        var since = Period.StartDate;
        // The same visits the work tray counts: home visits for a looked-after child, or not said, where the child was seen.
        Visits = await Db.CaseNotes.AsNoTracking()
            .Where(n => n.PersonId == PersonId && n.Type == CaseNoteType.HomeVisit && n.ChildSeen == true && !n.VisitFailed && n.OccurredOn >= since
                && (n.VisitPurpose == null || n.VisitPurpose == VisitPurpose.LookedAfter))
            .OrderBy(n => n.OccurredOn).ToListAsync(ct);
    }

    /// <summary>Placements of this period, latest first, each with its own schedule.</summary>
    public IEnumerable<(Placement Placement, IReadOnlyList<ScheduledVisit> Schedule)> Schedules =>
        Period.Placements.OrderByDescending(p => p.StartDate)
            .Select(p => (p, VisitSchedule.For(p.ToCarePlacement(), Visits.Select(v => v.OccurredOn), Today, Calendar, LocalStandard)));

    public CaseNote? VisitOn(DateOnly day) => Visits.LastOrDefault(v => v.OccurredOn == day);

    public IActionResult OnGet() => Page();
}
