using Haven.Domain.Workforce;

namespace Haven.Web.Features.Admin;

/// <summary>One team: its members, and who manages it.</summary>
public sealed class TeamDetailModel(HavenDbContext db, TimeProvider clock, AdminAudit audit) : PageModel
{
    public Team Team { get; private set; } = null!;
    public string? ManagerName { get; private set; }
    public IReadOnlyList<UserRow> Members { get; private set; } = [];
    public IReadOnlyList<ApplicationUser> Managers { get; private set; } = [];

    [BindProperty]
    public string? ManagerId { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        ManagerId = Team.ManagerUserId;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        var managerId = string.IsNullOrEmpty(ManagerId) ? null : ManagerId;
        if (managerId is not null && Managers.All(m => m.Id != managerId))
        {
            ModelState.AddModelError(nameof(ManagerId), "Select a team manager or service manager from the list");
            return this.InvalidPage();
        }
        if (managerId == Team.ManagerUserId)
        {
            TempData["Success"] = "The manager is unchanged";
            return RedirectToPage(new { id });
        }
        var before = ManagerName;
        var after = Managers.FirstOrDefault(m => m.Id == managerId)?.DisplayName;
        Team.ManagerUserId = managerId;
        await db.SaveChangesAsync(ct);
        audit.Team(AdminAudit.TeamManagerChanged, Team.Id, Team.Name, before ?? "none", after ?? "none");
        TempData["Success"] = after is null ? $"{Team.Name} has no manager now" : $"{after} now manages {Team.Name}";
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var team = await db.Teams.SingleOrDefaultAsync(t => t.Id == id, ct);
        if (team is null)
        {
            return false;
        }
        Team = team;
        Managers = await UserList.ManagersAsync(db, ct);
        ManagerName = await db.UserNameAsync(team.ManagerUserId, ct);
        Members = await UserList.LoadAsync(db, clock, new UserListQuery(null, id.ToString(), "name", null), ct);
        return true;
    }
}
