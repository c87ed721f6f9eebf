using Haven.Domain.Workforce;

namespace Haven.Web.Features.Allocations;

/// <summary>
/// Who holds the child's case, who held it before and why it changed; a manager allocates or changes the social worker
/// here, choosing from workers listed with their team and current caseload.
/// </summary>
public sealed class IndexModel(HavenDbContext db, TimeProvider clock, AllocationService allocations) : PersonPageModel(db, clock)
{
    public sealed record HistoryRow(string Worker, string Team, DateOnly From, DateOnly? To, string? Reason, string? HandoverNote);

    public IReadOnlyList<HistoryRow> History { get; private set; } = [];
    public IReadOnlyList<WorkerChoice> Workers { get; private set; } = [];
    public int ChangesInLastYear { get; private set; }
    public HistoryRow? Current => History.FirstOrDefault(h => h.To is null);
    public bool HasOpenEpisode { get; private set; }

    [BindProperty] public string? WorkerId { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public string? HandoverNote { get; set; }

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct)
    {
        var rows = await Db.Allocations.AsNoTracking().Where(a => a.PersonId == PersonId).ToListAsync(ct);
        var names = await Db.UserNamesAsync(rows.Select(r => r.WorkerUserId), ct);
        var teams = await Db.Teams.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Name, ct);
        History = [.. rows.OrderByDescending(r => r.StartDate).ThenBy(r => r.EndDate is null ? 0 : 1)
            .Select(r => new HistoryRow(names.GetValueOrDefault(r.WorkerUserId, "A former member of staff"), teams.GetValueOrDefault(r.TeamId, ""), r.StartDate, r.EndDate, r.Reason, r.HandoverNote))];
        ChangesInLastYear = AllocationRules.ChangesOfWorkerInYearTo(rows, Today);
        Workers = await allocations.WorkersAsync(ct);
        HasOpenEpisode = await Db.Referrals.AnyAsync(r => r.PersonId == PersonId && r.ClosedOn == null, ct);
    }

    public IActionResult OnGet() => Page();

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        SaveAsync(() => allocations.AllocateAsync(PersonId, null, WorkerId, Reason, HandoverNote, ct),
            () => Current is null ? "Social worker allocated" : "Social worker changed",
            Url.Page("/Allocations/Index", new { personId = PersonId })!,
            new Dictionary<string, string>
            {
                [AllocationRules.Worker] = nameof(WorkerId),
                [AllocationRules.Reason] = nameof(Reason),
                [AllocationRules.HandoverNote] = nameof(HandoverNote),
            });
}
