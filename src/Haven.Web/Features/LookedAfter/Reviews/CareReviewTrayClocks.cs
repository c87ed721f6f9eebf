namespace Haven.Web.Features.LookedAfter.Reviews;

/// <summary>
/// Adds the looked-after review, visit and care plan clocks to the work tray's snapshots: each child's open periods
/// of care with their legal statuses and placements, the days reviews were held and the first care plan agreed, read
/// once for all the children together. (Visits come with the snapshot already, as case notes.)
/// </summary>
public static class CareReviewTrayClocks
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
        var periods = await db.CarePeriods.AsNoTracking().Include(p => p.LegalStatuses).Include(p => p.Placements)
            .Where(p => people.Contains(p.PersonId) && p.EndDate == null).AsSplitQuery().ToListAsync(ct);
        if (periods.Count == 0)
        {
            return;
        }
        var ids = periods.Select(p => p.Id).ToList();
        var reviews = (await db.CareReviews.AsNoTracking().Where(r => ids.Contains(r.CarePeriodId)).Select(r => new { r.CarePeriodId, r.HeldOn }).ToListAsync(ct))
            .ToLookup(r => r.CarePeriodId, r => r.HeldOn);
        var carePlans = await db.CarePlans.AsNoTracking().Where(p => ids.Contains(p.CarePeriodId))
            .GroupBy(p => p.CarePeriodId).Select(g => new { g.Key, First = g.Min(p => p.AgreedOn) }).ToDictionaryAsync(g => g.Key, g => g.First, ct);
        foreach (var byChild in periods.GroupBy(p => p.PersonId))
        {
            snapshots[byChild.Key] = snapshots[byChild.Key] with
            {
                CareReviewClocks = [.. byChild.Select(p => new CareReviewClocks(p.ReferralId, p.ToPeriodOfCare(), [.. reviews[p.Id]], p.CarePlanDueOn,
                    carePlans.TryGetValue(p.Id, out var agreed) ? agreed : null))],
            };
        }
    }
}
