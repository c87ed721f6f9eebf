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
        ArgumentNullException.ThrowIfNull(snapshots);
        await AddToAsync(db, snapshots, await LookedAfter.Reviews.OpenCarePeriods.LoadAsync(db, snapshots.Keys.ToList(), ct), ct);
    }

    /// <summary>The same from open periods already read (the work tray reads them once for these clocks and the review clocks).</summary>
    public static async Task AddToAsync(HavenDbContext db, Dictionary<Guid, ChildCaseSnapshot> snapshots, LookedAfter.Reviews.OpenCarePeriods open, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(snapshots);
        ArgumentNullException.ThrowIfNull(open);
        if (snapshots.Count == 0)
        {
            return;
        }
        var proceedings = (await db.CareProceedings.AsNoTracking().Include(p => p.Extensions)
            .Where(p => open.People.Contains(p.PersonId) && p.ConcludedOn == null && p.IssuedOn != null).ToListAsync(ct)).ToLookup(p => p.PersonId);
        var periods = open.Periods;
        var ids = periods.Select(p => p.Id).ToList();
        var reviews = open.ReviewsHeld;
        HashSet<Guid> planned = ids.Count == 0 ? [] : (await db.PermanencePlans.AsNoTracking().Where(p => ids.Contains(p.CarePeriodId)).Select(p => p.CarePeriodId).Distinct().ToListAsync(ct)).ToHashSet();
        List<AdoptionJourney> adoptionRows = ids.Count == 0 ? [] : await db.AdoptionJourneys.AsNoTracking().Where(j => ids.Contains(j.CarePeriodId) && j.ReversedOn == null).ToListAsync(ct);
        var adoptions = adoptionRows.ToLookup(j => j.CarePeriodId);
        List<LifeStoryWork> lifeStoryRows = ids.Count == 0 ? [] : await db.LifeStoryWork.AsNoTracking().Where(w => ids.Contains(w.CarePeriodId)).ToListAsync(ct);
        var lifeStories = lifeStoryRows.ToDictionary(w => w.CarePeriodId);
        // A child who went home (the period ended with a returned home reason) with a plan not yet reviewed.
        var homeCodes = LookedAfterCodes.ReturnedHome.ToList();
        var returns = (await db.ReturnHomePlans.AsNoTracking().Where(r => open.People.Contains(r.PersonId) && r.ReviewedOn == null)
            .Join(db.CarePeriods.Where(p => p.EndDate != null && homeCodes.Contains(p.ReasonCeased!)), r => r.CarePeriodId, p => p.Id,
                (r, p) => new { r.PersonId, p.ReferralId, WentHome = p.EndDate!.Value })
            .ToListAsync(ct)).ToLookup(r => r.PersonId);
        var byPerson = periods.ToLookup(p => p.PersonId);
        foreach (var person in snapshots.Keys.Where(p => proceedings.Contains(p) || byPerson.Contains(p) || returns.Contains(p)).ToList())
        {
            snapshots[person] = snapshots[person] with
            {
                Permanence = new PermanenceClocks([.. proceedings[person]],
                    [.. byPerson[person].Select(p => new PeriodForPermanence(p, [.. reviews[p.Id]], planned.Contains(p.Id), adoptions[p.Id].FirstOrDefault())
                    {
                        LifeStory = lifeStories.GetValueOrDefault(p.Id),
                    })])
                {
                    ReturnsHome = [.. returns[person].Select(r => new ReturnHomeClock(r.ReferralId, r.WentHome))],
                },
            };
        }
    }
}
