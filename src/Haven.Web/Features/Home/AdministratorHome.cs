using Haven.Domain.Access;

namespace Haven.Web.Features.Home;

/// <summary>An account the administrator should act on, with what is waiting.</summary>
public sealed record AccountRow(string Id, string Name, string Email, string? Team, string Waiting, DateTime? SinceUtc);

/// <summary>
/// The system administrator's home: the accounts waiting for them. A two-factor reset another administrator asked for
/// (one administrator alone may not take over an account), locked accounts, new accounts whose owner has not yet chosen
/// their own password, and social workers or team managers with no team (their work would fall outside every team's tray).
/// </summary>
public sealed class AdministratorHome(HavenDbContext db, CurrentUser user, TimeProvider clock) : IRoleHome
{
    public string Partial => "_AdministratorHome";

    public string Title => "Accounts and teams";

    public HomeList Approvals { get; private set; } = null!;
    public HomeList Locked { get; private set; } = null!;
    public HomeList NewAccounts { get; private set; } = null!;
    public HomeList NoTeam { get; private set; } = null!;

    public IReadOnlyList<HomeList> Lists => [Approvals, Locked, NewAccounts, NoTeam];

    public async Task LoadAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var me = user.UserId;
        var active = db.Users.AsNoTracking().Where(u => u.DeactivatedAtUtc == null);
        var teams = await db.Teams.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Name, ct);
        string? TeamOf(Guid? id) => id is { } t ? teams.GetValueOrDefault(t) : null;

        var approvals = await active.Where(u => u.TwoFactorResetRequestedById != null && u.TwoFactorResetRequestedById != me)
            .Select(u => new { u.Id, u.DisplayName, u.Email, u.TeamId, u.TwoFactorResetRequestedById, u.TwoFactorResetRequestedAtUtc }).ToListAsync(ct);
        var requesters = await db.UserNamesAsync(approvals.Select(a => a.TwoFactorResetRequestedById), ct);
        // Lockout ends are compared in memory: SQLite cannot order or compare DateTimeOffset columns in SQL.
        var locked = (await active.Where(u => u.LockoutEnd != null)
            .Select(u => new { u.Id, u.DisplayName, u.Email, u.TeamId, u.LockoutEnd }).ToListAsync(ct))
            .Where(u => u.LockoutEnd > now).ToList();
        var fresh = await active.Where(u => u.MustChangePassword)
            .Select(u => new { u.Id, u.DisplayName, u.Email, u.TeamId }).ToListAsync(ct);
        // Work is allocated to social workers and team managers by team; service managers, IROs and auditors work
        // across teams, so having none is right for them.
        var caseRoles = new[] { Role.SocialWorker, Role.TeamManager }.Select(r => r.ToString()).ToList();
        var noTeam = await active.Where(u => u.TeamId == null)
            .Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && caseRoles.Contains(r.Name!))))
            .Select(u => new { u.Id, u.DisplayName, u.Email }).ToListAsync(ct);

        Approvals = List("approvals", "Two-factor resets waiting for your approval", "No reset is waiting for a second administrator.",
            approvals.Select(a => new AccountRow(a.Id, a.DisplayName, a.Email ?? "", TeamOf(a.TeamId),
                $"Asked for by {requesters.GetValueOrDefault(a.TwoFactorResetRequestedById!) ?? "an administrator"}", a.TwoFactorResetRequestedAtUtc)),
            "Another administrator asked to reset this account's authenticator. Check with the account holder before approving.");
        Locked = List("locked", "Locked accounts", "No account is locked.",
            locked.Select(u => new AccountRow(u.Id, u.DisplayName, u.Email ?? "", TeamOf(u.TeamId), $"Locked until {DateText.TimeAndDate(u.LockoutEnd!.Value.UtcDateTime)}", null)),
            "Locked after repeated wrong passwords or codes. Unlock only once you know the account holder asked.");
        NewAccounts = List("new-accounts", "Accounts that have not yet chosen their own password", "Every account holder has chosen their own password.",
            fresh.Select(u => new AccountRow(u.Id, u.DisplayName, u.Email ?? "", TeamOf(u.TeamId), "Must change the password you set at next sign-in", null)));
        NoTeam = List("no-team", "Social workers and team managers with no team", "Every social worker and team manager is in a team.",
            noTeam.Select(u => new AccountRow(u.Id, u.DisplayName, u.Email ?? "", null, "Add to a team", null)),
            "Work allocated to them would appear in no team's work tray.");
    }

    private static HomeList List(string id, string title, string empty, IEnumerable<AccountRow> rows, string? hint = null) =>
        HomeList.Of(id, title, empty, rows,
        [
            new HomeColumn<AccountRow>("name", "Name", r => r.Name, r => r.Name, r => $"/admin/users/{r.Id}"),
            new HomeColumn<AccountRow>("email", "Email", r => r.Email),
            new HomeColumn<AccountRow>("team", "Team", r => r.Team ?? "No team", r => r.Team ?? ""),
            new HomeColumn<AccountRow>("waiting", "What is waiting", r => r.Waiting, r => r.Waiting),
            new HomeColumn<AccountRow>("since", "Since", r => r.SinceUtc is { } s ? DateText.DateAndTime(s) : "", r => r.SinceUtc),
        ], "name", hint: hint);
}
