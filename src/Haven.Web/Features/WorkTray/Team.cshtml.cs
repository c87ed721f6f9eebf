using Haven.Domain.Workforce;

namespace Haven.Web.Features.WorkTray;

/// <summary>
/// A manager's view of their team's work: each worker with their overdue and due-soon counts, then the work
/// itself, narrowed to one team or one worker.
/// </summary>
public sealed class TeamModel(WorkTrayQueries queries, AuditTrail audit, HavenDbContext db) : WorkListModel(audit)
{
    [BindProperty(SupportsGet = true, Name = "team")] public Guid? TeamId { get; set; }
    [BindProperty(SupportsGet = true, Name = "worker")] public string? WorkerUserId { get; set; }

    public IReadOnlyList<Team> Teams { get; private set; } = [];
    public IReadOnlyList<WorkerSummary> Workers { get; private set; } = [];
    public WorkerSummary? Worker { get; private set; }

    public override bool ShowsWorker => true;

    protected override string CsvName => Worker is null ? "team-work-tray" : "team-work-tray-worker";

    protected override Dictionary<string, string?> ExtraQuery => new() { ["team"] = TeamId?.ToString(), ["worker"] = WorkerUserId };

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Teams = await queries.ManagedTeamsAsync(ct);
        // A team the manager does not manage is ignored, not shown: the address cannot widen what they see.
        if (TeamId is { } chosen && Teams.All(t => t.Id != chosen))
        {
            TeamId = null;
        }
        var scope = TeamId is { } one ? [one] : Teams.Select(t => t.Id).ToList();
        var tray = await FosteringHouseholds.FosteringTrayClocks.AddTeamsAsync(db, await queries.TeamsAsync(scope, ct), scope, ct);
        Workers = WorkTrayQueries.ByWorker(tray);
        Worker = Workers.FirstOrDefault(w => w.WorkerUserId == WorkerUserId);
        if (Worker is null)
        {
            WorkerUserId = null;
        }
        Tray = Worker is null ? tray : tray with
        {
            Children = tray.Children.Where(c => c.WorkerUserId == Worker.WorkerUserId).ToList(),
            Rows = tray.Rows.Where(r => r.Child.WorkerUserId == Worker.WorkerUserId).ToList(),
        };
        return await ShowAsync(ct);
    }

    public string WorkerUrl(string workerUserId) =>
        $"{Request.Path}?{(TeamId is { } t ? $"team={t}&" : "")}worker={Uri.EscapeDataString(workerUserId)}#work";
}
