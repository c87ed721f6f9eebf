using Haven.Domain.Workforce;
using Haven.Web.Features.WorkTray;
using Haven.Web.Infrastructure.Authorisation;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Haven.Web.Features.Oversight;

/// <summary>
/// A child's management oversight and case supervision: when the next is due, every entry with its reasons, and
/// the history of the child's social workers with how often they changed.
/// </summary>
public sealed class IndexModel(HavenDbContext db, TimeProvider clock, CurrentUser user, OversightService oversight, WorkTrayQueries work, LocalTimescales local)
    : PersonPageModel(db, clock)
{
    [BindProperty] public OversightKind? Kind { get; set; }
    [BindProperty] public DateInput RecordedOn { get; set; } = new();
    [BindProperty] public string? Direction { get; set; }
    [BindProperty] public string? Rationale { get; set; }
    [BindProperty] public string? WorkerUserId { get; set; }

    public sealed record Entry(OversightRecord Record, string? WorkerName);

    public sealed record AllocationRow(Allocation Allocation, string WorkerName, string TeamName);

    public IReadOnlyList<Entry> Entries { get; private set; } = [];
    public IReadOnlyList<AllocationRow> Allocations { get; private set; } = [];
    public OversightRules.WorkerChanges Changes { get; private set; } = new(0, 0, 0);

    /// <summary>Null when the child has no open episode of social care, so nothing is due.</summary>
    public WorkItem? NextDue { get; private set; }

    public IReadOnlyList<SelectListItem> Workers { get; private set; } = [];

    public TimescaleRule Expectation => local.ManagementOversight;

    /// <summary>Oversight is a manager's record; others read it.</summary>
    public bool CanRecord => Access.CanEdit && user.May(Capabilities.RecordManagementOversight);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        RecordedOn = DateInput.From(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!CanRecord)
        {
            return Forbid();
        }
        var date = DateInputValidation.Validate(RecordedOn, "the date of the oversight", required: true, notAfter: Today, today: Today);
        date.AddTo(ModelState, nameof(RecordedOn));
        var worker = Kind == OversightKind.Supervision ? Workers.FirstOrDefault(w => w.Value == WorkerUserId) : null;
        try
        {
            await oversight.RecordAsync(PersonId, Kind, date.Date, Direction, Rationale, worker?.Value, worker?.Text, ct);
        }
        catch (CaseRuleException e)
        {
            AddErrors(e.Result);
            return this.InvalidPage();
        }
        TempData["Success"] = Kind == OversightKind.Supervision ? "Case supervision recorded" : "Management oversight recorded";
        return RedirectToPage(null, null, new { personId = PersonId }, "entries");
    }

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct)
    {
        var recorded = await Db.OversightRecords.AsNoTracking().Where(o => o.PersonId == PersonId)
            .OrderByDescending(o => o.RecordedOn).ThenByDescending(o => o.RecordedAtUtc).ToListAsync(ct);
        var allocations = await Db.Allocations.AsNoTracking().Where(a => a.PersonId == PersonId).OrderByDescending(a => a.StartDate).ToListAsync(ct);
        var names = await Db.UserNamesAsync(recorded.Select(r => r.WorkerUserId).Concat(allocations.Select(a => a.WorkerUserId)), ct);
        var teamIds = allocations.Select(a => a.TeamId).Distinct().ToList();
        var teams = await Db.Teams.AsNoTracking().Where(t => teamIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, ct);

        Entries = recorded.Select(r => new Entry(r, r.WorkerUserId is { } w ? names.GetValueOrDefault(w, "Unknown worker") : null)).ToList();
        Allocations = allocations.Select(a => new AllocationRow(a, names.GetValueOrDefault(a.WorkerUserId, "Unknown worker"), teams.GetValueOrDefault(a.TeamId, ""))).ToList();
        Changes = OversightRules.ChangesOfWorker(allocations, Today);
        // The child's workers, current first: the people a manager supervises about this child.
        Workers = Allocations.OrderBy(a => a.Allocation.IsCurrent(Today) ? 0 : 1).ThenByDescending(a => a.Allocation.StartDate)
            .DistinctBy(a => a.Allocation.WorkerUserId)
            .Select(a => new SelectListItem(a.WorkerName, a.Allocation.WorkerUserId)).ToList();

        var snapshot = (await work.SnapshotsAsync([PersonId], ct))[PersonId];
        NextDue = DueWork.For(snapshot, local, Today, WorkingDayCalendar.EnglandAndWales).FirstOrDefault(i => i.Kind == WorkKind.ManagementOversight);
    }
}
