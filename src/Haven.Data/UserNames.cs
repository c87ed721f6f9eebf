using Microsoft.EntityFrameworkCore;

namespace Haven.Data;

/// <summary>
/// Records keep the id of the colleague who did something; pages show their name. One look-up for both shapes, so
/// a page never grows its own query (and never loads whole user rows, password hashes included, for a name).
/// </summary>
public static class UserNames
{
    /// <summary>The colleague's display name, or null when there is no id or no such account (history brought in).</summary>
    public static async Task<string?> UserNameAsync(this HavenDbContext db, string? userId, CancellationToken ct) =>
        userId is null ? null : await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.DisplayName).SingleOrDefaultAsync(ct);

    /// <summary>Display names by id for the ids given (ids with no account are left out).</summary>
    public static async Task<Dictionary<string, string>> UserNamesAsync(this HavenDbContext db, IEnumerable<string?> userIds, CancellationToken ct)
    {
        var ids = userIds.OfType<string>().Distinct().ToList();
        return ids.Count == 0
            ? []
            : await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).Select(u => new { u.Id, u.DisplayName }).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
    }
}
