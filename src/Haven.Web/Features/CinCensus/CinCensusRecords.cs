using Haven.Domain.CinCensus;

namespace Haven.Web.Features.CinCensus;

/// <summary>
/// Reads children's records for the census in batches, so a 100,000-child authority streams through in a
/// bounded amount of memory: only the ids of the children in scope are held for the whole run.
/// </summary>
public sealed class CinCensusRecords(HavenDbContext db)
{
    private const int BatchSize = 500;

    /// <summary>Every child with an episode open at some point in the period, in LA id order, one at a time.</summary>
    public async IAsyncEnumerable<ChildCaseRecord> ChildrenAsync(CensusPeriod period, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var inScope = await db.People.AsNoTracking()
            .Where(p => p.MergedIntoId == null && db.Referrals.Any(r => r.PersonId == p.Id && r.ReferralDate <= period.End && (r.ClosedOn == null || r.ClosedOn >= period.Start)))
            .OrderBy(p => p.LaPersonId)
            .Select(p => p.Id)
            .ToListAsync(ct);
        foreach (var batch in inScope.Chunk(BatchSize))
        {
            foreach (var record in await LoadAsync(batch, ct))
            {
                yield return record;
            }
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>The whole social care record of each of these children (all episodes; the mapping picks the year).</summary>
    public async Task<IReadOnlyList<ChildCaseRecord>> LoadAsync(IReadOnlyCollection<Guid> personIds, CancellationToken ct)
    {
        var people = await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id)).ToListAsync(ct);
        var referrals = await db.Referrals.AsNoTracking().Where(r => personIds.Contains(r.PersonId)).ToListAsync(ct);
        var assessments = (await db.Assessments.AsNoTracking().Where(x => personIds.Contains(x.PersonId)).ToListAsync(ct)).ToLookup(x => x.ReferralId);
        var cinPlans = (await db.ChildInNeedPlans.AsNoTracking().Where(x => personIds.Contains(x.PersonId)).ToListAsync(ct)).ToLookup(x => x.ReferralId);
        var strategy = (await db.StrategyDiscussions.AsNoTracking().Where(x => personIds.Contains(x.PersonId)).ToListAsync(ct)).ToLookup(x => x.ReferralId);
        var section47s = (await db.Section47Enquiries.AsNoTracking().Where(x => personIds.Contains(x.PersonId)).ToListAsync(ct)).ToLookup(x => x.ReferralId);
        var conferences = (await db.ChildProtectionConferences.AsNoTracking().Where(x => personIds.Contains(x.PersonId)).ToListAsync(ct)).ToLookup(x => x.ReferralId);
        var plans = (await db.ChildProtectionPlans.AsNoTracking().Where(x => personIds.Contains(x.PersonId)).ToListAsync(ct)).ToLookup(x => x.ReferralId);
        var byPerson = referrals.ToLookup(r => r.PersonId);
        var order = personIds.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
        return people
            .OrderBy(p => order[p.Id])
            .Select(p => new ChildCaseRecord(p, [.. byPerson[p.Id].Select(r => new EpisodeRecord(
                r, [.. assessments[r.Id]], [.. cinPlans[r.Id]], [.. strategy[r.Id]], [.. section47s[r.Id]], [.. conferences[r.Id]], [.. plans[r.Id]]))]))
            .ToList();
    }
}
