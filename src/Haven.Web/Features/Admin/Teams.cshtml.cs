using System.ComponentModel.DataAnnotations;
using Haven.Domain.Workforce;

namespace Haven.Web.Features.Admin;

/// <summary>Teams: who manages each and how many people are in it; create a team.</summary>
public sealed class TeamsModel(HavenDbContext db, AdminAudit audit) : PageModel
{
    public const int MaxNameLength = 100;

    public sealed record TeamRow(Guid Id, string Name, string? Service, string? Manager, int Members);

    public IReadOnlyList<TeamRow> Rows { get; private set; } = [];
    public IReadOnlyList<ApplicationUser> Managers { get; private set; } = [];

    [BindProperty]
    [Display(Name = "Team name")]
    [Required(ErrorMessage = "Enter the team's name")]
    [StringLength(MaxNameLength, ErrorMessage = "Team name must be 100 characters or fewer")]
    public string? NewName { get; set; }

    [BindProperty]
    [Display(Name = "Service area")]
    [StringLength(MaxNameLength, ErrorMessage = "Service area must be 100 characters or fewer")]
    public string? NewService { get; set; }

    [BindProperty]
    [Display(Name = "Team manager")]
    public string? NewManagerId { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var name = NewName?.Trim();
        if (!string.IsNullOrEmpty(name) && Rows.Any(t => string.Equals(t.Name.Trim(), name, StringComparison.OrdinalIgnoreCase)))
        {
            ModelState.AddModelError(nameof(NewName), "There is already a team with that name");
        }
        if (!string.IsNullOrEmpty(NewManagerId) && Managers.All(m => m.Id != NewManagerId))
        {
            ModelState.AddModelError(nameof(NewManagerId), "Select a team manager or service manager from the list");
        }
        if (!ModelState.IsValid)
        {
            return this.InvalidPage();
        }
        var team = new Team
        {
            Id = Guid.NewGuid(),
            Name = name!,
            Service = Haven.Domain.Formatting.Typed.Clean(NewService),
            ManagerUserId = string.IsNullOrEmpty(NewManagerId) ? null : NewManagerId,
        };
        db.Teams.Add(team);
        await db.SaveChangesAsync(ct);
        var manager = Managers.FirstOrDefault(m => m.Id == team.ManagerUserId)?.DisplayName;
        audit.Team(AdminAudit.TeamCreated, team.Id, team.Name, null,
            $"service area: {team.Service ?? "none"}; manager: {manager ?? "none"}");
        TempData["Success"] = $"{team.Name} team created";
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Managers = await UserList.ManagersAsync(db, ct);
        var teams = await UserList.TeamsAsync(db, ct);
        var members = await db.Users.Where(u => u.TeamId != null).GroupBy(u => u.TeamId!.Value)
            .Select(g => new { TeamId = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.TeamId, g => g.Count, ct);
        var managerNames = await db.UserNamesAsync(teams.Select(t => t.ManagerUserId), ct);
        Rows = teams.Select(t => new TeamRow(t.Id, t.Name, t.Service,
                t.ManagerUserId is { } m ? managerNames.GetValueOrDefault(m) : null, members.GetValueOrDefault(t.Id)))
            .ToList();
    }
}
