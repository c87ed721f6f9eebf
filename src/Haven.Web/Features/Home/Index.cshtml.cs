namespace Haven.Web.Features.Home;

/// <summary>
/// "/": the home of the signed-in person's role, with the day's work in lists that sort and download. Roles without a
/// home yet are sent where their work starts, as before.
/// </summary>
public sealed class IndexModel(CurrentUser user, IServiceProvider services, AuditTrail audit, TimeProvider clock) : PageModel
{
    public HomeView? Home { get; private set; }

    /// <param name="csv">The id of one of the home's lists: that list as a CSV file, recorded as an export.</param>
    public async Task<IActionResult> OnGetAsync([FromQuery] string? csv, CancellationToken ct)
    {
        // One case per role, alphabetical; each home is its own query class and partial in this folder.
        Home = user.Roles.Order().Cast<Role?>().FirstOrDefault() switch
        {
            Role.Auditor => await services.GetRequiredService<AuditorHome>().LoadAsync(Request.Query, ct),
            Role.BusinessSupport => await services.GetRequiredService<BusinessSupportHome>().LoadAsync(Request.Query, ct),
            Role.IndependentReviewingOfficer => await services.GetRequiredService<IroHome>().LoadAsync(Request.Query, ct),
            Role.PerformanceAnalyst => await services.GetRequiredService<AnalystHome>().LoadAsync(Request.Query, ct),
            _ => null,
        };
        if (Home is null)
        {
            return user.Roles.Any(Roles.WorksWithCases) || !user.IsInRole(Role.SystemAdministrator) ? RedirectToPage("/People/Index") : RedirectToPage("/Admin/Users");
        }
        if (csv is not null)
        {
            if (Home.Lists.FirstOrDefault(l => l.Id == csv) is not { } list)
            {
                return NotFound();
            }
            var name = $"{list.Id}-{UkClock.Today(clock):yyyy-MM-dd}.csv";
            // A list of children's names (or of who did what) is leaving Haven: who took it, which list, how many rows.
            await audit.ExportedAsync(list.Title, name, list.Count, ct);
            return File(Csv.Encode(list.CsvRows($"{Request.Scheme}://{Request.Host}")), "text/csv; charset=utf-8", name);
        }
        return Page();
    }
}
