using System.ComponentModel.DataAnnotations;
using Haven.Data;
using Haven.Domain.Access;
using Haven.Domain.Workforce;
using Haven.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Haven.Web.Features.Admin;

/// <summary>Users and teams, for system administrators: create accounts, see roles, unlock accounts.</summary>
public sealed class UsersModel(HavenDbContext db, UserManager<ApplicationUser> users, TimeProvider clock) : PageModel
{
    public sealed record UserRow(string Id, string Name, string Email, string? Team, IReadOnlyList<string> Roles, bool TwoFactor, bool LockedOut, bool Demo);

    public IReadOnlyList<UserRow> Rows { get; private set; } = [];
    public IReadOnlyList<Team> Teams { get; private set; } = [];

    [BindProperty]
    [Display(Name = "Full name")]
    [Required(ErrorMessage = "Enter the person's full name")]
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

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

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
        var user = new ApplicationUser { UserName = NewEmail!.Trim(), Email = NewEmail.Trim(), EmailConfirmed = true, DisplayName = NewName!.Trim(), TeamId = NewTeamId };
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
        TempData["Success"] = $"Account created for {user.DisplayName}. They must set up two-factor authentication when they first sign in.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostUnlockAsync(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        TempData["Success"] = $"{user.DisplayName}'s account is unlocked";
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Teams = await db.Teams.AsNoTracking().OrderBy(t => t.Name).ToListAsync(ct);
        var teamNames = Teams.ToDictionary(t => t.Id, t => t.Name);
        var roleRows = await db.UserRoles.Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name }).ToListAsync(ct);
        var rolesByUser = roleRows.ToLookup(r => r.UserId, r => Enum.TryParse<Role>(r.Name, out var role) ? Roles.DisplayName(role) : r.Name ?? "");
        var now = clock.GetUtcNow();
        Rows = (await db.Users.AsNoTracking().OrderBy(u => u.DisplayName).Take(1000).ToListAsync(ct))
            .Select(u => new UserRow(u.Id, u.DisplayName, u.Email ?? "", u.TeamId is { } t ? teamNames.GetValueOrDefault(t) : null,
                rolesByUser[u.Id].ToList(), u.TwoFactorEnabled, u.LockoutEnd > now, u.IsDemoAccount))
            .ToList();
    }
}
