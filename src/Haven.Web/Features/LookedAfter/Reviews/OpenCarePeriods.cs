namespace Haven.Web.Features.LookedAfter.Reviews;

/// <summary>
/// The open periods of care of a work tray's children, with their legal statuses and placements and the days their
/// reviews were held: what both the looked-after review clocks and the permanence clocks start from, read once for
/// both (each read them itself before, the same rows twice on every tray).
/// </summary>
public sealed record OpenCarePeriods(IReadOnlyList<CarePeriod> Periods, ILookup<Guid, DateOnly> ReviewsHeld)
{
    private static readonly OpenCarePeriods None = new([], Array.Empty<DateOnly>().ToLookup(_ => Guid.Empty));

    public static async Task<OpenCarePeriods> LoadAsync(HavenDbContext db, IReadOnlyCollection<Guid> people, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(people);
        if (people.Count == 0)
        {
            return None;
        }
        var periods = await db.CarePeriods.AsNoTracking().Include(p => p.LegalStatuses).Include(p => p.Placements)
            .Where(p => people.Contains(p.PersonId) && p.EndDate == null).AsSplitQuery().ToListAsync(ct);
        if (periods.Count == 0)
        {
            return None;
        }
        var ids = periods.Select(p => p.Id).ToList();
        var reviews = (await db.CareReviews.AsNoTracking().Where(r => ids.Contains(r.CarePeriodId)).Select(r => new { r.CarePeriodId, r.HeldOn }).ToListAsync(ct))
            .ToLookup(r => r.CarePeriodId, r => r.HeldOn);
        return new OpenCarePeriods(periods, reviews);
    }
}
