namespace Haven.Web.Features.Admin;

/// <summary>The users list as a spreadsheet, with the same filters and order as the page that links here.</summary>
public sealed class UsersCsvModel(HavenDbContext db, TimeProvider clock, AuditTrail audit) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string? role, string? team, string? sort, string? dir, CancellationToken ct)
    {
        var rows = await UserList.LoadAsync(db, clock, new UserListQuery(role, team, sort, dir), ct);
        var bytes = Haven.Domain.Formatting.Csv.Encode(UserList.CsvRows(rows));
        var date = clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var name = $"haven-users-{date}.csv";
        // Staff names, emails and roles are leaving Haven.
        await audit.ExportedAsync("the list of users", name, rows.Count, ct);
        return File(bytes, "text/csv; charset=utf-8", name);
    }
}
