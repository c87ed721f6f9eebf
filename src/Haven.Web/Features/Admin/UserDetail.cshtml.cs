using Haven.Domain.Workforce;
using Haven.Web.Features.Messaging;
using Microsoft.AspNetCore.Identity;

namespace Haven.Web.Features.Admin;

/// <summary>
/// One account: move it to a team, change its role, unlock it, deactivate a leaver, or make its owner set up
/// two-factor again (which a second administrator must approve).
/// </summary>
public sealed class UserDetailModel(HavenDbContext db, UserManager<ApplicationUser> users, TimeProvider clock,
    CurrentUser me, AdminAudit audit, IEmailSender email, ILogger<UserDetailModel> logger) : PageModel
{
    public ApplicationUser Account { get; private set; } = null!;
    public IReadOnlyList<Role> CurrentRoles { get; private set; } = [];
    public string? TeamName { get; private set; }
    public IReadOnlyList<Team> Teams { get; private set; } = [];
    public DateTimeOffset? LockedUntil { get; private set; }
    public bool IsMe => Account.Id == me.UserId;

    /// <summary>Who asked for this account's two-factor to be reset, while the request waits for another administrator.</summary>
    public string? ResetRequestedBy { get; private set; }

    /// <summary>True when the signed-in administrator made the waiting request, so may cancel it but not approve it.</summary>
    public bool IRequestedReset => Account.TwoFactorResetRequestedById == me.UserId;

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
        DesignatedOfficer = Account.IsDesignatedOfficer ? "true" : "false";
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

    /// <summary>Whether the account should hold the designated officer (LADO) duty: "true" or "false".</summary>
    [BindProperty]
    public string? DesignatedOfficer { get; set; }

    /// <summary>
    /// Gives or takes away the designated officer (LADO) duty, which alone opens the allegations against adults who work
    /// with children. Audited with before and after like a change of role; existing sessions are re-checked so a duty
    /// taken away stops working.
    /// </summary>
    public async Task<IActionResult> OnPostDesignatedOfficerAsync(string id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        if (DesignatedOfficer is not ("true" or "false"))
        {
            ModelState.AddModelError(nameof(DesignatedOfficer), "Select whether they are a designated officer");
            return this.InvalidPage();
        }
        var duty = DesignatedOfficer == "true";
        if (duty == Account.IsDesignatedOfficer)
        {
            TempData["Success"] = duty ? $"{Account.DisplayName} is already a designated officer" : $"{Account.DisplayName} is not a designated officer";
            return RedirectToPage(new { id });
        }
        Account.IsDesignatedOfficer = duty;
        if (!(await users.UpdateAsync(Account)).Succeeded)
        {
            return Refused("The designated officer duty could not be changed. Try again");
        }
        await users.UpdateSecurityStampAsync(Account);
        audit.User(AdminAudit.UserDesignatedOfficerChanged, Account.Id, Account.DisplayName,
            duty ? "not a designated officer" : "designated officer (LADO)", duty ? "designated officer (LADO)" : "not a designated officer");
        TempData["Success"] = duty ? $"{Account.DisplayName} is now a designated officer (LADO)" : $"{Account.DisplayName} is no longer a designated officer";
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

    /// <summary>
    /// Asks for the account's two-factor to be reset. It is not reset yet: an administrator who resets two-factor and
    /// knows the password could sign in as anyone, so a second administrator must approve.
    /// </summary>
    public async Task<IActionResult> OnPostResetTwoFactorAsync(string id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        if (Account.TwoFactorResetRequestedById is not null)
        {
            TempData["Success"] = $"A reset of {Account.DisplayName}'s two-factor authentication is already waiting for approval";
            return RedirectToPage(new { id });
        }
        Account.TwoFactorResetRequestedById = me.UserId;
        Account.TwoFactorResetRequestedAtUtc = clock.GetUtcNow().UtcDateTime;
        if (!(await users.UpdateAsync(Account)).Succeeded)
        {
            return Refused("The reset could not be requested. Try again");
        }
        audit.User(AdminAudit.UserTwoFactorResetRequested, Account.Id, Account.DisplayName, "no reset requested", $"reset requested by {me.DisplayName}");
        TempData["Success"] = $"You asked for {Account.DisplayName}'s two-factor authentication to be reset. Another system administrator must approve it.";
        return RedirectToPage(new { id });
    }

    /// <summary>A second administrator approves the reset: the key and recovery codes go, and the owner is told by email.</summary>
    public async Task<IActionResult> OnPostApproveTwoFactorResetAsync(string id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        if (Account.TwoFactorResetRequestedById is not { } requesterId)
        {
            return Refused("There is no reset waiting for approval. Ask for one first");
        }
        if (requesterId == me.UserId)
        {
            return Refused("You asked for this reset, so another system administrator must approve it");
        }
        var before = Account.TwoFactorEnabled ? "on" : "off";
        var requester = ResetRequestedBy ?? "an administrator";
        Account.TwoFactorResetRequestedById = null;
        Account.TwoFactorResetRequestedAtUtc = null;
        Account.TwoFactorEnabled = false;
        if (!(await users.UpdateAsync(Account)).Succeeded)
        {
            return Refused("Two-factor authentication could not be reset. Try again");
        }
        // A new key means the old phone's codes stop working; recovery codes go with it. The new key also changes
        // the security stamp, which ends the account's sessions.
        await users.ResetAuthenticatorKeyAsync(Account);
        await users.GenerateNewTwoFactorRecoveryCodesAsync(Account, 0);
        audit.User(AdminAudit.UserTwoFactorReset, Account.Id, Account.DisplayName, before,
            $"off, authenticator key and recovery codes reset; requested by {requester}, approved by {me.DisplayName}");
        var told = await TellOwnerAsync(requester, ct);
        TempData["Success"] = (Account.IsDemoAccount
            ? $"Two-factor authentication is reset for {Account.DisplayName}."
            : $"Two-factor authentication is reset for {Account.DisplayName}. They must set it up again when they next sign in.")
            + (told ? " They have been sent an email about it." : " The email telling them about it could not be sent, so tell them yourself.");
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostCancelTwoFactorResetAsync(string id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        if (Account.TwoFactorResetRequestedById is not null)
        {
            var requester = ResetRequestedBy ?? "an administrator";
            Account.TwoFactorResetRequestedById = null;
            Account.TwoFactorResetRequestedAtUtc = null;
            if (!(await users.UpdateAsync(Account)).Succeeded)
            {
                return Refused("The request could not be cancelled. Try again");
            }
            audit.User(AdminAudit.UserTwoFactorResetCancelled, Account.Id, Account.DisplayName, $"reset requested by {requester}", $"cancelled by {me.DisplayName}");
        }
        TempData["Success"] = $"The reset of {Account.DisplayName}'s two-factor authentication is cancelled";
        return RedirectToPage(new { id });
    }

    /// <summary>
    /// A leaver's account is deactivated, not deleted: their name stays on everything they recorded, they cannot sign
    /// in, and the new security stamp ends any session they still have.
    /// </summary>
    public async Task<IActionResult> OnPostDeactivateAsync(string id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        if (IsMe)
        {
            return Refused("You cannot deactivate your own account. Ask another system administrator");
        }
        if (Account.DeactivatedAtUtc is null)
        {
            Account.DeactivatedAtUtc = clock.GetUtcNow().UtcDateTime;
            Account.TwoFactorResetRequestedById = null;
            Account.TwoFactorResetRequestedAtUtc = null;
            if (!(await users.UpdateAsync(Account)).Succeeded)
            {
                return Refused("The account could not be deactivated. Try again");
            }
            await users.UpdateSecurityStampAsync(Account);
            audit.User(AdminAudit.UserDeactivated, Account.Id, Account.DisplayName, "active", "deactivated");
        }
        TempData["Success"] = $"{Account.DisplayName}'s account is deactivated. They cannot sign in, and what they recorded is kept.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostReactivateAsync(string id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        if (Account.DeactivatedAtUtc is { } since)
        {
            Account.DeactivatedAtUtc = null;
            if (!(await users.UpdateAsync(Account)).Succeeded)
            {
                return Refused("The account could not be reactivated. Try again");
            }
            audit.User(AdminAudit.UserReactivated, Account.Id, Account.DisplayName, $"deactivated on {DateText.TimeAndDate(since)}", "active");
        }
        TempData["Success"] = $"{Account.DisplayName}'s account is active again";
        return RedirectToPage(new { id });
    }

    private PageResult Refused(string message)
    {
        ModelState.AddModelError(string.Empty, message);
        return this.InvalidPage();
    }

    /// <summary>Tells the owner their two-factor was reset, so a reset they did not ask for does not go unnoticed.</summary>
    private async Task<bool> TellOwnerAsync(string requester, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(Account.Email))
        {
            return false;
        }
        var body = $"""
            Dear {Account.DisplayName},

            The two-factor authentication on your Haven account was reset on {DateText.TimeAndDate(clock.GetUtcNow().UtcDateTime)}.
            {requester} asked for the reset and {me.DisplayName} approved it. Your old authenticator app codes and recovery codes no longer work.
            The next time you sign in, you will be asked to set up two-factor authentication again.

            If you did not ask for this, tell your system administrator or your manager straight away.
            """;
        var result = await email.SendAsync(new OutgoingEmail(Account.Email, Account.DisplayName,
            "Your Haven two-factor authentication was reset", body, $"account-{Account.Id}"), ct);
        if (!result.Succeeded)
        {
            logger.LogWarning("The two-factor reset email to user {UserId} was not sent: {Reason}", Account.Id, result.FailureReason);
        }
        return result.Succeeded;
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
        ResetRequestedBy = await db.UserNameAsync(user.TwoFactorResetRequestedById, ct);
        return true;
    }
}
