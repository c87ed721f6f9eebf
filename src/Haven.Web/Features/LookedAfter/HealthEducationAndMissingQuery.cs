namespace Haven.Web.Features.LookedAfter;

/// <summary>
/// Loads children's periods of care with their health checks, PEPs and missing episodes: one query a table for any
/// number of children, so the work tray (hundreds of children) and a child's own pages (one) read them the same way.
/// </summary>
public static class HealthEducationAndMissingQuery
{
    /// <summary>Only children who have been in care get an entry.</summary>
    public static Task<Dictionary<Guid, HealthEducationAndMissing>> LoadAsync(HavenDbContext db, IReadOnlyCollection<Guid> people, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return LoadAsync(db, db.PeopleWithIds(people), ct);
    }

    /// <summary>The same for the children a query selects (a work tray's).</summary>
    public static async Task<Dictionary<Guid, HealthEducationAndMissing>> LoadAsync(HavenDbContext db, IQueryable<Guid> people, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await ForPeriodsAsync(db, await db.CarePeriods.AsNoTracking().Where(p => people.Contains(p.PersonId)).ToListAsync(ct), ct);
    }

    /// <summary>The same for periods already loaded, as the care record page has them, so they are not read twice.</summary>
    public static async Task<Dictionary<Guid, HealthEducationAndMissing>> ForPeriodsAsync(HavenDbContext db, IReadOnlyCollection<CarePeriod> periods, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(periods);
        if (periods.Count == 0)
        {
            return [];
        }
        var inCare = periods.Select(p => p.PersonId).Distinct().ToList();
        var born = await db.People.AsNoTracking().Where(p => inCare.Contains(p.Id)).Select(p => new { p.Id, p.DateOfBirth }).ToDictionaryAsync(p => p.Id, p => p.DateOfBirth, ct);
        var checks = (await db.HealthChecks.AsNoTracking().Where(h => inCare.Contains(h.PersonId)).ToListAsync(ct)).ToLookup(h => h.PersonId);
        var plans = (await db.EducationPlans.AsNoTracking().Where(e => inCare.Contains(e.PersonId)).ToListAsync(ct)).ToLookup(e => e.PersonId);
        var missing = (await db.MissingEpisodes.AsNoTracking().Where(m => inCare.Contains(m.PersonId)).ToListAsync(ct)).ToLookup(m => m.PersonId);
        return periods.GroupBy(p => p.PersonId).ToDictionary(g => g.Key, g => new HealthEducationAndMissing(
            born.GetValueOrDefault(g.Key),
            [.. g.OrderByDescending(p => p.StartDate)],
            [.. checks[g.Key].OrderByDescending(h => h.DoneOn)],
            [.. plans[g.Key].OrderByDescending(e => e.HeldOn)],
            [.. missing[g.Key].OrderByDescending(m => m.StartedAtUtc)]));
    }
}
