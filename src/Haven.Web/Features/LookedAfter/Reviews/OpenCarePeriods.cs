namespace Haven.Web.Features.LookedAfter.Reviews;

/// <summary>
/// The open periods of care of a work tray's children, with their legal statuses and placements and the days their
/// reviews were held: what both the looked-after review clocks and the permanence clocks start from, read once for
/// both (each read them itself before, the same rows twice on every tray).
/// </summary>
/// <see cref="People"/> is the query that selected the children, for clocks that start from the same children.
public sealed record OpenCarePeriods(IQueryable<Guid> People, IReadOnlyList<CarePeriod> Periods, ILookup<Guid, DateOnly> ReviewsHeld)
{
    public static Task<OpenCarePeriods> LoadAsync(HavenDbContext db, IReadOnlyCollection<Guid> people, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return LoadAsync(db, db.PeopleWithIds(people), ct);
    }

    public static async Task<OpenCarePeriods> LoadAsync(HavenDbContext db, IQueryable<Guid> people, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(people);
        var none = new OpenCarePeriods(people, [], Array.Empty<DateOnly>().ToLookup(_ => Guid.Empty));
        var periods = await db.CarePeriods.AsNoTracking().Include(p => p.LegalStatuses).Include(p => p.Placements)
            .Where(p => people.Contains(p.PersonId) && p.EndDate == null).AsSplitQuery().ToListAsync(ct);
        if (periods.Count == 0)
        {
            return none;
        }
        var ids = periods.Select(p => p.Id).ToList();
        var reviews = (await db.CareReviews.AsNoTracking().Where(r => ids.Contains(r.CarePeriodId)).Select(r => new { r.CarePeriodId, r.HeldOn }).ToListAsync(ct))
            .ToLookup(r => r.CarePeriodId, r => r.HeldOn);
        return new OpenCarePeriods(people, periods, reviews);
    }
}
