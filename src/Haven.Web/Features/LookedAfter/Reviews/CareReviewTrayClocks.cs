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
        ArgumentNullException.ThrowIfNull(snapshots);
        await AddToAsync(db, snapshots, await OpenCarePeriods.LoadAsync(db, snapshots.Keys.ToList(), ct), ct);
    }

    /// <summary>The same from open periods already read (the work tray reads them once for these clocks and the permanence clocks).</summary>
    public static async Task AddToAsync(HavenDbContext db, Dictionary<Guid, ChildCaseSnapshot> snapshots, OpenCarePeriods open, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(snapshots);
        ArgumentNullException.ThrowIfNull(open);
        var periods = open.Periods;
        if (periods.Count == 0)
        {
            return;
        }
        var ids = periods.Select(p => p.Id).ToList();
        var reviews = open.ReviewsHeld;
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
