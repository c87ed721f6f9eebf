using System.ComponentModel.DataAnnotations;
using Haven.Domain.Workforce;
using Microsoft.AspNetCore.Identity;

namespace Haven.Web.Features.Admin;

/// <summary>Users, for system administrators: find, sort and export accounts, create accounts, unlock them.</summary>
public sealed class UsersModel(HavenDbContext db, UserManager<ApplicationUser> users, TimeProvider clock, AdminAudit audit)
    : PageModel
{
    public const int PageSize = 50;

    public IReadOnlyList<UserRow> Rows { get; private set; } = [];
    public int TotalRows { get; private set; }
    public IReadOnlyList<Team> Teams { get; private set; } = [];

    [BindProperty(SupportsGet = true, Name = "role")]
    public string? RoleFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "team")]
    public string? TeamFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "sort")]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true, Name = "dir")]
    public string? Dir { get; set; }

    // "page" is Razor Pages' own route value, so the page number goes in "p".
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public int PageCount => Math.Max(1, (TotalRows + PageSize - 1) / PageSize);

    public UserListQuery Query => new(RoleFilter, TeamFilter, Sort, Dir);

    /// <summary>The CSV export of exactly the rows this view lists, whatever page is shown.</summary>
    public string CsvUrl => "/admin/users.csv" + QueryString.Create(
        new Dictionary<string, string?> { ["role"] = RoleFilter, ["team"] = TeamFilter, ["sort"] = Sort, ["dir"] = Dir }
            .Where(p => !string.IsNullOrEmpty(p.Value)));

    [BindProperty]
    [Display(Name = "Full name")]
    [Required(ErrorMessage = "Enter the person's full name")]
    [StringLength(200, ErrorMessage = "Full name must be 200 characters or fewer")]
    public string? NewName { get; set; }

    [BindProperty]
    [Display(Name = "Email address")]
    [Required(ErrorMessage = "Enter the person's work email address")]
    [EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@council.gov.uk")]
    public string? NewEmail { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Select the person's role")]
    public Role? NewRole { get; set; }

    [BindProperty]
    public Guid? NewTeamId { get; set; }

    [BindProperty]
    [Display(Name = "Temporary password")]
    [Required(ErrorMessage = "Enter a temporary password")]
    public string? NewPassword { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        // Filters come from links people can edit: a value that makes no sense lists everyone rather than an error.
        foreach (var key in new[] { "role", "team", "sort", "dir", "p" })
        {
            ModelState.Remove(key);
        }
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (NewTeamId is { } team && Teams.All(t => t.Id != team))
        {
            ModelState.AddModelError(nameof(NewTeamId), "Select a team from the list");
        }
        if (!ModelState.IsValid)
        {
            return this.InvalidPage();
        }
        // The administrator chose the password, so it works once: the person must choose their own when they first sign in.
        var user = new ApplicationUser
        {
            UserName = NewEmail!.Trim(), Email = NewEmail.Trim(), EmailConfirmed = true, DisplayName = NewName!.Trim(), TeamId = NewTeamId,
            MustChangePassword = true,
        };
        // Identity checks the password before it stores anything, so a weak one leaves no account behind.
        var result = await users.CreateAsync(user, NewPassword!);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code.Contains("Password", StringComparison.Ordinal) ? nameof(NewPassword) : nameof(NewEmail), error.Description);
            }
            return this.InvalidPage();
        }
        await users.AddToRoleAsync(user, NewRole!.Value.ToString());
        var teamName = Teams.FirstOrDefault(t => t.Id == NewTeamId)?.Name;
        audit.User(AdminAudit.UserCreated, user.Id, user.DisplayName, null,
            $"{user.Email}; {Roles.DisplayName(NewRole.Value)}; team: {teamName ?? "none"}");
        TempData["Success"] = $"Account created for {user.DisplayName}. When they first sign in they must set up two-factor authentication and choose their own password.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostUnlockAsync(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }
        var lockedUntil = user.LockoutEnd;
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        audit.User(AdminAudit.UserUnlocked, user.Id, user.DisplayName, lockedUntil is null ? "not locked" : $"locked until {lockedUntil:u}", "unlocked");
        TempData["Success"] = $"{user.DisplayName}'s account is unlocked";
        return RedirectToPage(new { role = RoleFilter, team = TeamFilter, sort = Sort, dir = Dir });
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Teams = await UserList.TeamsAsync(db, ct);
        var all = await UserList.LoadAsync(db, clock, Query, ct);
        TotalRows = all.Count;
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Rows = all.Skip((PageNumber - 1) * PageSize).Take(PageSize).ToList();
    }
}
