using Haven.Domain.CareLeavers;

namespace Haven.Web.Features.CareLeavers;

/// <summary>
/// Loads young people's leaving care cases (date of birth, periods of care, leaving care record, plans, contacts),
/// one query a table for many people at once, for the leaving care page, the work tray and the adviser's list alike.
/// </summary>
public static class CareLeaverQuery
{
    public static async Task<CareLeaverCase?> LoadAsync(HavenDbContext db, Guid personId, CancellationToken ct) =>
        (await LoadAsync(db, [personId], ct)).GetValueOrDefault(personId);

    /// <summary>The cases of those of <paramref name="people"/> with a date of birth who have been looked after.</summary>
    public static Task<Dictionary<Guid, CareLeaverCase>> LoadAsync(HavenDbContext db, IReadOnlyCollection<Guid> people, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(people);
        return people.Count == 0 ? Task.FromResult(new Dictionary<Guid, CareLeaverCase>()) : LoadAsync(db, db.PeopleWithIds(people), ct);
    }

    /// <summary>The same for the children a query selects (a work tray's).</summary>
    public static async Task<Dictionary<Guid, CareLeaverCase>> LoadAsync(HavenDbContext db, IQueryable<Guid> people, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var periods = await db.CarePeriods.AsNoTracking().Include(p => p.LegalStatuses).Include(p => p.Placements)
            .Where(p => people.Contains(p.PersonId)).AsSplitQuery().ToListAsync(ct);
        if (periods.Count == 0)
        {
            return [];
        }
        var inCare = periods.Select(p => p.PersonId).Distinct().ToList();
        var births = await db.People.AsNoTracking().Where(p => inCare.Contains(p.Id) && p.DateOfBirth != null)
            .Select(p => new { p.Id, p.DateOfBirth }).ToDictionaryAsync(p => p.Id, p => p.DateOfBirth!.Value, ct);
        var records = await db.CareLeavers.AsNoTracking().Where(c => inCare.Contains(c.PersonId)).ToDictionaryAsync(c => c.PersonId, ct);
        var plans = (await db.PathwayPlans.AsNoTracking().Where(p => inCare.Contains(p.PersonId)).ToListAsync(ct)).ToLookup(p => p.PersonId);
        var contacts = (await db.CareLeaverContacts.AsNoTracking().Where(c => inCare.Contains(c.PersonId)).ToListAsync(ct)).ToLookup(c => c.PersonId);
        var byPerson = periods.ToLookup(p => p.PersonId);
        return births.ToDictionary(b => b.Key, b => new CareLeaverCase(b.Key, b.Value, [.. byPerson[b.Key].OrderBy(p => p.StartDate)],
            records.GetValueOrDefault(b.Key),
            [.. plans[b.Key].OrderBy(p => p.CompletedOn).ThenBy(p => p.RecordedAtUtc)],
            [.. contacts[b.Key].OrderBy(c => c.ContactOn).ThenBy(c => c.RecordedAtUtc)]));
    }
}
