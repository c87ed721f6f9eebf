using Haven.Web.Infrastructure.Authorisation;

namespace Haven.Web.Features.WorkTray;

/// <summary>The signed-in worker's children and everything due on them, overdue first.</summary>
public sealed class IndexModel(WorkTrayQueries queries, CurrentUser user, AuditTrail audit, HavenDbContext db) : WorkListModel(audit)
{
    public override bool ShowsWorker => false;

    public bool IsManager { get; } = user.May(Capabilities.OverseeTeamWork);

    protected override string CsvName => "work-tray";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Tray = await FosteringHouseholds.FosteringTrayClocks.AddMineAsync(db, await queries.MineAsync(ct), user.UserId, ct);
        // A manager who carries no children opens their team's tray: an empty personal tray told them nothing.
        // A download still gives the list asked for, empty or not.
        if (IsManager && string.IsNullOrEmpty(Format) && Tray.Children.Count == 0 && Tray.HiddenRestricted == 0)
        {
            return Redirect("/work-tray/team" + Request.QueryString);
        }
        return await ShowAsync(ct);
    }
}
