using Haven.Domain.Workforce;
using Microsoft.AspNetCore.Identity;

namespace Haven.Web.Features.Admin;

/// <summary>One account: move it to a team, change its role, unlock it, or make its owner set up two-factor again.</summary>
public sealed class UserDetailModel(HavenDbContext db, UserManager<ApplicationUser> users, TimeProvider clock,
    CurrentUser me, AdminAudit audit) : PageModel
{
    public ApplicationUser Account { get; private set; } = null!;
    public IReadOnlyList<Role> CurrentRoles { get; private set; } = [];
    public string? TeamName { get; private set; }
    public IReadOnlyList<Team> Teams { get; private set; } = [];
    public DateTimeOffset? LockedUntil { get; private set; }
    public bool IsMe => Account.Id == me.UserId;

    /// <summary>The team to move the person to; empty for no team.</summary>
    [BindProperty]
    public string? NewTeamId { get; set; }

    [BindProperty]
    public string? NewRole { get; set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        NewTeamId = Account.TeamId?.ToString();
        NewRole = CurrentRoles.Count == 1 ? CurrentRoles[0].ToString() : null;
        return Page();
    }

    public async Task<IActionResult> OnPostTeamAsync(string id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        Guid? teamId = null;
        if (!string.IsNullOrEmpty(NewTeamId))
        {
            if (Guid.TryParse(NewTeamId, out var parsed) && Teams.Any(t => t.Id == parsed))
            {
                teamId = parsed;
            }
            else
            {
                ModelState.AddModelError(nameof(NewTeamId), "Select a team from the list");
                return this.InvalidPage();
            }
        }
        if (teamId == Account.TeamId)
        {
            TempData["Success"] = $"{Account.DisplayName} is already in {TeamName ?? "no team"}";
            return RedirectToPage(new { id });
        }
        var before = TeamName;
        var after = Teams.FirstOrDefault(t => t.Id == teamId)?.Name;
        Account.TeamId = teamId;
        var result = await users.UpdateAsync(Account);
        if (!result.Succeeded)
        {
            ModelState.AddModelError(nameof(NewTeamId), "The team could not be changed. Try again");
            return this.InvalidPage();
        }
        // Record access in relationship mode follows the team, so sessions that carry the old team must be re-checked.
        await users.UpdateSecurityStampAsync(Account);
        audit.User(AdminAudit.UserTeamChanged, Account.Id, Account.DisplayName, before ?? "none", after ?? "none");
        TempData["Success"] = after is null ? $"{Account.DisplayName} is no longer in a team" : $"{Account.DisplayName} is now in {after}";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostRoleAsync(string id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        if (string.IsNullOrEmpty(NewRole))
        {
            ModelState.AddModelError(nameof(NewRole), "Select a role");
        }
        else if (!Enum.TryParse<Role>(NewRole, out var parsed) || !Enum.IsDefined(parsed))
        {
            ModelState.AddModelError(nameof(NewRole), "Select a role from the list");
        }
        else if (IsMe)
        {
            // Otherwise an administrator could leave the authority with nobody able to run Haven.
            ModelState.AddModelError(nameof(NewRole), "You cannot change your own role. Ask another system administrator");
        }
        if (!ModelState.IsValid)
        {
            return this.InvalidPage();
        }
        var role = Enum.Parse<Role>(NewRole!);
        if (CurrentRoles.SequenceEqual([role]))
        {
            TempData["Success"] = $"{Account.DisplayName} is already a {Roles.DisplayName(role).ToLowerInvariant()}";
            return RedirectToPage(new { id });
        }
        var before = string.Join(", ", CurrentRoles.Select(Roles.DisplayName));
        var removed = await users.RemoveFromRolesAsync(Account, CurrentRoles.Select(r => r.ToString()));
        var added = removed.Succeeded ? await users.AddToRoleAsync(Account, role.ToString()) : removed;
        if (!added.Succeeded)
        {
            ModelState.AddModelError(nameof(NewRole), "The role could not be changed. Try again");
            return this.InvalidPage();
        }
        // A role taken away must stop working: existing sessions are re-checked against the new stamp.
        await users.UpdateSecurityStampAsync(Account);
        audit.User(AdminAudit.UserRoleChanged, Account.Id, Account.DisplayName, before.Length == 0 ? "none" : before, Roles.DisplayName(role));
        TempData["Success"] = $"{Account.DisplayName} is now a {Roles.DisplayName(role).ToLowerInvariant()}";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostUnlockAsync(string id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        await users.SetLockoutEndDateAsync(Account, null);
        await users.ResetAccessFailedCountAsync(Account);
        audit.User(AdminAudit.UserUnlocked, Account.Id, Account.DisplayName,
            LockedUntil is { } until ? $"locked until {until:u}" : "not locked", "unlocked");
        TempData["Success"] = $"{Account.DisplayName}'s account is unlocked";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostResetTwoFactorAsync(string id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        var before = Account.TwoFactorEnabled ? "on" : "off";
        await users.SetTwoFactorEnabledAsync(Account, false);
        // A new key means the old phone's codes stop working; recovery codes go with it.
        await users.ResetAuthenticatorKeyAsync(Account);
        await users.GenerateNewTwoFactorRecoveryCodesAsync(Account, 0);
        audit.User(AdminAudit.UserTwoFactorReset, Account.Id, Account.DisplayName, before, "off, authenticator key and recovery codes reset");
        TempData["Success"] = Account.IsDemoAccount
            ? $"Two-factor authentication is reset for {Account.DisplayName}"
            : $"Two-factor authentication is reset for {Account.DisplayName}. They must set it up again when they next sign in.";
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(string id, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return false;
        }
        Account = user;
        CurrentRoles = (await users.GetRolesAsync(user))
            .Select(r => Enum.TryParse<Role>(r, out var role) ? role : (Role?)null).OfType<Role>().Order().ToList();
        Teams = await UserList.TeamsAsync(db, ct);
        TeamName = Teams.FirstOrDefault(t => t.Id == user.TeamId)?.Name;
        LockedUntil = user.LockoutEnd > clock.GetUtcNow() ? user.LockoutEnd : null;
        return true;
    }
}
