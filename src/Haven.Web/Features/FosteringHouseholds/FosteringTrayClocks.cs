using Haven.Domain.Fostering;
using Haven.Web.Features.WorkTray;

namespace Haven.Web.Features.FosteringHouseholds;

/// <summary>
/// Adds fostering and adopting households' clocks (assessment timescales, temporary approvals ending, annual reviews,
/// unannounced visits, training standards) to the work tray pages, for the household's supervising social worker (or
/// its assessing social worker before approval). A household is not a child, so its rows carry the household as the
/// row's subject (its name and a link to /fostering/{id}); they are added on the tray pages only, not to the homes'
/// lists of children.
/// </summary>
public static class FosteringTrayClocks
{
    /// <summary>The households <paramref name="workerUserId"/> supervises or assesses.</summary>
    public static Task<Tray> AddMineAsync(HavenDbContext db, Tray tray, string workerUserId, CancellationToken ct) =>
        AddAsync(db, tray, j => (j.SupervisingWorkerUserId ?? j.AssessingWorkerUserId) == workerUserId, ct);

    /// <summary>The households whose worker is in one of <paramref name="teamIds"/>.</summary>
    public static Task<Tray> AddTeamsAsync(HavenDbContext db, Tray tray, IReadOnlyCollection<Guid> teamIds, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var workers = db.Users.Where(u => u.TeamId != null && teamIds.Contains(u.TeamId.Value)).Select(u => u.Id);
        return AddAsync(db, tray, j => workers.Contains(j.SupervisingWorkerUserId ?? j.AssessingWorkerUserId), ct);
    }

    /// <summary>True for a household's clock rather than a child's (the row's name leads to the household).</summary>
    public static bool IsHousehold(TrayRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.Child.Href.StartsWith("/fostering/", StringComparison.Ordinal);
    }

    private static async Task<Tray> AddAsync(HavenDbContext db, Tray tray, System.Linq.Expressions.Expression<Func<HouseholdJourney, bool>> scope, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tray);
        var households = (await HouseholdQuery.LoadAsync(db, tray.Today, scope, ct)).Where(h => h.Work.Count > 0 && h.WorkerUserId is not null).ToList();
        if (households.Count == 0)
        {
            return tray;
        }
        var workerIds = households.Select(h => h.WorkerUserId!).Distinct().ToList();
        var teamOf = await db.Users.AsNoTracking().Where(u => workerIds.Contains(u.Id) && u.TeamId != null)
            .Select(u => new { u.Id, TeamId = u.TeamId!.Value, Team = db.Teams.Where(t => t.Id == u.TeamId).Select(t => t.Name).FirstOrDefault() })
            .ToDictionaryAsync(u => u.Id, ct);
        var rows = households.SelectMany(h =>
        {
            var link = $"/fostering/{h.CarerId}";
            var team = teamOf.GetValueOrDefault(h.WorkerUserId!);
            var subject = new TrayChild(h.CarerId, h.Name, HouseholdText.Route(h.Route), h.WorkerUserId!, h.WorkerName ?? "A former member of staff",
                team?.TeamId ?? Guid.Empty, team?.Team ?? "") { Href = link };
            return h.Work.Select(w => new TrayRow(subject, new WorkItem(h.CarerId, Guid.Empty, w.Kind, w.Status, link)));
        });
        return tray with { Rows = [.. tray.Rows, .. rows] };
    }
}
