using Haven.Domain.CinCensus;
using Haven.Domain.Ssda903;

namespace Haven.Web.Features.Ssda903;

/// <summary>
/// Reads children's care records for the SSDA903 return in batches, so a large authority streams through in bounded
/// memory: only the ids of the children in the return are held for the whole run. The return is statutory and covers
/// every looked-after child, so it is not limited to the records the person running it may open (as the CIN census).
/// </summary>
public sealed class Ssda903Records(HavenDbContext db)
{
    private const int BatchSize = 500;

    /// <summary>How many children had a period of care open at some time in the year, or might be care leavers it asks about.</summary>
    public Task<int> CountAsync(CensusPeriod year, CancellationToken ct) => InScope(year).CountAsync(ct);

    /// <summary>Every child with a period of care open at some time in the year, in LA id order, one at a time.</summary>
    public async IAsyncEnumerable<Ssda903ChildRecord> ChildrenAsync(CensusPeriod year, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var ids = await InScope(year).OrderBy(p => p.LaPersonId).Select(p => p.Id).ToListAsync(ct);
        foreach (var batch in ids.Chunk(BatchSize))
        {
            foreach (var record in await LoadAsync(batch, ct))
            {
                yield return record;
            }
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>
    /// Children looked after in the year, and young people who were ever looked after and reach 17 to 21 in it (the
    /// mapping decides which of those are care leavers the return asks about).
    /// </summary>
    private IQueryable<Person> InScope(CensusPeriod year)
    {
        var bornAfter = year.End.AddYears(-22);
        var bornBy = year.End.AddYears(-17);
        return db.People.AsNoTracking().Where(p => p.MergedIntoId == null
            && (db.CarePeriods.Any(c => c.PersonId == p.Id && c.StartDate <= year.End && (c.EndDate == null || c.EndDate >= year.Start))
                || (p.DateOfBirth > bornAfter && p.DateOfBirth <= bornBy && db.CarePeriods.Any(c => c.PersonId == p.Id && c.StartDate <= year.End))));
    }

    /// <summary>The whole care record of each of these children (every period; the mapping picks the year).</summary>
    public async Task<IReadOnlyList<Ssda903ChildRecord>> LoadAsync(IReadOnlyCollection<Guid> personIds, CancellationToken ct)
    {
        var people = await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id)).ToListAsync(ct);
        var periods = (await db.CarePeriods.AsNoTracking().Include(p => p.LegalStatuses).Include(p => p.Placements).AsSplitQuery()
            .Where(p => personIds.Contains(p.PersonId)).ToListAsync(ct)).ToLookup(p => p.PersonId);
        var reviews = (await db.CareReviews.AsNoTracking().Where(r => personIds.Contains(r.PersonId)).ToListAsync(ct)).ToLookup(r => r.PersonId);
        var missing = (await db.MissingEpisodes.AsNoTracking().Where(m => personIds.Contains(m.PersonId)).ToListAsync(ct)).ToLookup(m => m.PersonId);
        var health = (await db.HealthChecks.AsNoTracking().Where(h => personIds.Contains(h.PersonId)).ToListAsync(ct)).ToLookup(h => h.PersonId);
        var allocations = (await db.Allocations.AsNoTracking().Where(a => personIds.Contains(a.PersonId)).ToListAsync(ct)).ToLookup(a => a.PersonId);
        var leavers = (await db.CareLeavers.AsNoTracking().Where(l => personIds.Contains(l.PersonId)).ToListAsync(ct)).ToDictionary(l => l.PersonId);
        var contacts = (await db.CareLeaverContacts.AsNoTracking().Where(c => personIds.Contains(c.PersonId)).ToListAsync(ct)).ToLookup(c => c.PersonId);
        var adoptions = (await db.AdoptionJourneys.AsNoTracking().Where(a => personIds.Contains(a.PersonId)).ToListAsync(ct)).ToLookup(a => a.PersonId);
        var order = personIds.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
        return people
            .OrderBy(p => order[p.Id])
            .Select(p => new Ssda903ChildRecord(p, [.. periods[p.Id]], [.. reviews[p.Id]], [.. missing[p.Id]], [.. health[p.Id]], [.. allocations[p.Id]],
                leavers.GetValueOrDefault(p.Id), [.. contacts[p.Id]], [.. adoptions[p.Id]]))
            .ToList();
    }
}
