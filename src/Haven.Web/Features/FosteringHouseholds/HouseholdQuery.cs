using Haven.Domain.Fostering;

namespace Haven.Web.Features.FosteringHouseholds;

/// <summary>A household as the list and the work tray show it: its stage, places, children placed and clocks.</summary>
public sealed record HouseholdRow(
    Guid CarerId, string Name, HouseholdRoute Route, HouseholdStage Stage, string? WorkerUserId, string? WorkerName, int? Places, int Placed,
    DateOnly EnquiryOn, IReadOnlyList<HouseholdWorkItem> Work)
{
    public string StageText => HouseholdText.Stage(Stage, Route);

    /// <summary>Approved places less the children placed now; none for a household not able to take children.</summary>
    public int? Vacancies => Stage is HouseholdStage.Approved or HouseholdStage.TemporarilyApproved && Route != HouseholdRoute.Adoption && Places is { } p ? Math.Max(0, p - Placed) : null;

    public HouseholdWorkItem? Review => Work.FirstOrDefault(w => w.Kind == WorkKind.FosterCarerReview);

    public HouseholdWorkItem? Overdue => Work.FirstOrDefault(w => w.State == TimescaleState.Overdue);
}

/// <summary>
/// Loads households for lists (the fostering list, the work tray): every journey with its entries, the carer, the
/// worker's name and how many children are placed now, a query a table, then the clocks in memory.
/// </summary>
public static class HouseholdQuery
{
    public static async Task<IReadOnlyList<HouseholdRow>> LoadAsync(HavenDbContext db, DateOnly today,
        System.Linq.Expressions.Expression<Func<HouseholdJourney, bool>>? scope, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var query = db.HouseholdJourneys.AsNoTracking().Include(j => j.Entries).AsQueryable();
        if (scope is not null)
        {
            query = query.Where(scope);
        }
        var journeys = await query.AsSplitQuery().ToListAsync(ct);
        if (journeys.Count == 0)
        {
            return [];
        }
        var carerIds = journeys.Select(j => j.CarerId).ToList();
        var carers = await db.Carers.AsNoTracking().Where(c => carerIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        // Vacancies count every child placed, not only those the viewer may open: a number names nobody, and a
        // household shown with a place it has not got could be offered a child it cannot take.
        var placed = await db.Placements.AsNoTracking()
            .Where(p => p.CarerId != null && carerIds.Contains(p.CarerId.Value) && p.StartDate <= today && (p.EndDate == null || p.EndDate > today))
            .GroupBy(p => p.CarerId!.Value).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var workers = await db.UserNamesAsync(journeys.Select(j => Worker(j)), ct);
        var calendar = WorkingDayCalendar.EnglandAndWales;
        return [.. journeys.Select(j =>
        {
            var carer = carers[j.CarerId];
            var worker = Worker(j);
            return new HouseholdRow(j.CarerId, carer.Name, j.Route, j.Stage, worker, worker is null ? null : workers.GetValueOrDefault(worker),
                carer.Places, placed.GetValueOrDefault(j.CarerId), j.EnquiryOn, HouseholdWork.For(j, today, calendar));
        })];
    }

    /// <summary>Whose work the household is: its supervising social worker once approved, its assessing social worker before.</summary>
    public static string? Worker(HouseholdJourney j)
    {
        ArgumentNullException.ThrowIfNull(j);
        return j.SupervisingWorkerUserId ?? j.AssessingWorkerUserId;
    }
}
