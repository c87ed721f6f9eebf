using System.Globalization;
using System.Text;
using Haven.Domain.Workforce;

namespace Haven.Web.Features.Admin;

/// <summary>What the users list is filtered and sorted by; read from the query string, so a view can be bookmarked and exported.</summary>
public sealed record UserListQuery(string? Role, string? Team, string? Sort, string? Dir)
{
    public const string NoTeam = "none";

    public Role? RoleFilter => Enum.TryParse<Role>(Role, ignoreCase: true, out var r) && Enum.IsDefined(r) ? r : null;

    public string SortKey => Sort?.ToLowerInvariant() is "role" or "team" ? Sort.ToLowerInvariant() : "name";

    public bool Descending => Dir?.ToLowerInvariant() is "desc" or "descending";

    public bool IsFiltered => RoleFilter is not null || !string.IsNullOrEmpty(Team);
}

public sealed record UserRow(string Id, string Name, string Email, Guid? TeamId, string? Team, IReadOnlyList<Role> Roles,
    bool TwoFactor, DateTimeOffset? LockedUntil, bool Demo, bool Deactivated)
{
    public string RoleNames => string.Join(", ", Roles.Select(Haven.Domain.Access.Roles.DisplayName));

    public bool LockedOut => LockedUntil is not null;
}

/// <summary>Reads the users list for the admin pages and the CSV export, so both always show the same rows.</summary>
public static class UserList
{
    public static async Task<IReadOnlyList<UserRow>> LoadAsync(HavenDbContext db, TimeProvider clock, UserListQuery query, CancellationToken ct)
    {
        var teams = await db.Teams.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Name, ct);
        var roleRows = await db.UserRoles.Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name }).ToListAsync(ct);
        var rolesByUser = roleRows
            .Select(r => (r.UserId, Role: Enum.TryParse<Role>(r.Name, out var role) ? role : (Role?)null))
            .Where(r => r.Role is not null)
            .ToLookup(r => r.UserId, r => r.Role!.Value);

        var users = db.Users.AsNoTracking();
        if (query.Team == UserListQuery.NoTeam)
        {
            users = users.Where(u => u.TeamId == null);
        }
        else if (Guid.TryParse(query.Team, out var teamId))
        {
            users = users.Where(u => u.TeamId == teamId);
        }

        var now = clock.GetUtcNow();
        var rows = (await users.ToListAsync(ct))
            .Select(u => new UserRow(u.Id, u.DisplayName, u.Email ?? "", u.TeamId,
                u.TeamId is { } t ? teams.GetValueOrDefault(t) : null,
                [.. rolesByUser[u.Id].Order()], u.TwoFactorEnabled, u.LockoutEnd > now ? u.LockoutEnd : null, u.IsDemoAccount, u.DeactivatedAtUtc is not null));
        if (query.RoleFilter is { } wanted)
        {
            rows = rows.Where(r => r.Roles.Contains(wanted));
        }
        return Sort(rows, query).ToList();
    }

    private static IEnumerable<UserRow> Sort(IEnumerable<UserRow> rows, UserListQuery query)
    {
        var byName = StringComparer.Create(CultureInfo.GetCultureInfo("en-GB"), ignoreCase: true);
        Func<UserRow, string> key = query.SortKey switch
        {
            "role" => r => r.RoleNames,
            // People without a team sort after every team, whichever way round.
            "team" => r => r.Team ?? "",
            _ => r => r.Name,
        };
        if (query.SortKey == "team")
        {
            var withTeam = rows.Where(r => r.Team is not null);
            var ordered = query.Descending ? withTeam.OrderByDescending(key, byName) : withTeam.OrderBy(key, byName);
            return ordered.ThenBy(r => r.Name, byName).Concat(rows.Where(r => r.Team is null).OrderBy(r => r.Name, byName));
        }
        return (query.Descending ? rows.OrderByDescending(key, byName) : rows.OrderBy(key, byName)).ThenBy(r => r.Name, byName);
    }

    /// <summary>
    /// The rows as CSV (RFC 4180, CRLF line ends) with a header row. A value that a spreadsheet would run as a
    /// formula is prefixed with an apostrophe, because names and emails are typed by people.
    /// </summary>
    public static IEnumerable<IReadOnlyList<string?>> CsvRows(IEnumerable<UserRow> rows)
    {
        yield return ["Name", "Email", "Role", "Team", "Two-factor", "Status", "Demo account"];
        foreach (var r in rows)
        {
            yield return [r.Name, r.Email, r.RoleNames, r.Team ?? "", r.TwoFactor ? "On" : "Off",
                r.Deactivated ? "Deactivated" : r.LockedUntil is { } until ? "Locked until " + DateText.TimeAndDate(until.UtcDateTime) : "Active",
                r.Demo ? "Yes" : "No"];
        }
    }

    /// <summary>Everyone who may manage a team: team managers and service managers.</summary>
    public static async Task<IReadOnlyList<ApplicationUser>> ManagersAsync(HavenDbContext db, CancellationToken ct)
    {
        string[] managerRoles = [Roles.TeamManager, Roles.ServiceManager];
        var ids = await db.UserRoles.Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .Where(x => managerRoles.Contains(x.Name!)).Select(x => x.UserId).Distinct().ToListAsync(ct);
        return await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).OrderBy(u => u.DisplayName).ToListAsync(ct);
    }

    public static async Task<IReadOnlyList<Team>> TeamsAsync(HavenDbContext db, CancellationToken ct) =>
        await db.Teams.AsNoTracking().OrderBy(t => t.Name).ToListAsync(ct);
}
