using Haven.Domain.Permanence;

namespace Haven.Web.Features.Permanence;

/// <summary>
/// Adds the court and permanence clocks to the work tray's snapshots: open proceedings with their extensions, and each
/// open period of care with its reviews held, whether a permanence plan is agreed, and its adoption journey; read once
/// for all the children together.
/// </summary>
public static class PermanenceTrayClocks
{
    public static async Task AddToAsync(HavenDbContext db, Dictionary<Guid, ChildCaseSnapshot> snapshots, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(snapshots);
        var people = snapshots.Keys.ToList();
        if (people.Count == 0)
        {
            return;
        }
        var proceedings = (await db.CareProceedings.AsNoTracking().Include(p => p.Extensions)
            .Where(p => people.Contains(p.PersonId) && p.ConcludedOn == null && p.IssuedOn != null).ToListAsync(ct)).ToLookup(p => p.PersonId);
        var periods = await db.CarePeriods.AsNoTracking().Include(p => p.LegalStatuses).Include(p => p.Placements)
            .Where(p => people.Contains(p.PersonId) && p.EndDate == null).AsSplitQuery().ToListAsync(ct);
        var ids = periods.Select(p => p.Id).ToList();
        var reviews = (await db.CareReviews.AsNoTracking().Where(r => ids.Contains(r.CarePeriodId)).Select(r => new { r.CarePeriodId, r.HeldOn }).ToListAsync(ct))
            .ToLookup(r => r.CarePeriodId, r => r.HeldOn);
        var planned = (await db.PermanencePlans.AsNoTracking().Where(p => ids.Contains(p.CarePeriodId)).Select(p => p.CarePeriodId).Distinct().ToListAsync(ct)).ToHashSet();
        var adoptions = (await db.AdoptionJourneys.AsNoTracking().Where(j => ids.Contains(j.CarePeriodId) && j.ReversedOn == null).ToListAsync(ct))
            .ToLookup(j => j.CarePeriodId);
        var byPerson = periods.ToLookup(p => p.PersonId);
        foreach (var person in people.Where(p => proceedings.Contains(p) || byPerson.Contains(p)))
        {
            snapshots[person] = snapshots[person] with
            {
                Permanence = new PermanenceClocks([.. proceedings[person]],
                    [.. byPerson[person].Select(p => new PeriodForPermanence(p, [.. reviews[p.Id]], planned.Contains(p.Id), adoptions[p.Id].FirstOrDefault()))]),
            };
        }
    }
}
