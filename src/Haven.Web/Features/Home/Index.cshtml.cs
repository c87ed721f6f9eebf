namespace Haven.Web.Features.Home;

/// <summary>
/// The start of the day: each role's home page, chosen in one switch. Roles without a home yet keep their old
/// start: the search for people who work with cases, this page's note for anyone else.
/// </summary>
public sealed class IndexModel(CurrentUser user, IServiceProvider services, AuditTrail audit, TimeProvider clock) : PageModel
{
    /// <summary>The list to download as CSV (its id), in the order the page shows it.</summary>
    [BindProperty(SupportsGet = true, Name = "download")] public string? Download { get; set; }

    public IRoleHome? Home { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        // Someone with more than one job starts at the first of them in the order Role lists the jobs.
        Home = user.Roles.Count == 0 ? null : HomeFor(user.Roles.Min());
        if (Home is null)
        {
            if (user.Roles.Any(Roles.WorksWithCases))
            {
                return RedirectToPage("/People/Index");
            }
            return Page();
        }

        await Home.LoadAsync(ct);
        foreach (var list in Home.Lists)
        {
            list.SortBy(Request.Query);
        }
        if (Download is not null)
        {
            if (Home.Lists.FirstOrDefault(l => l.Id == Download) is not { } chosen)
            {
                return NotFound();
            }
            var name = $"{chosen.Id}-{UkClock.Today(clock):yyyy-MM-dd}.csv";
            // A list of children's names is leaving Haven: record who took it, which list and how many rows.
            await audit.ExportedAsync($"home: {chosen.Title.ToLowerInvariant()}", name, chosen.Rows.Count, ct);
            return File(Csv.Encode(chosen.CsvRows()), "text/csv; charset=utf-8", name);
        }
        return Page();
    }

    /// <summary>Each role's home, alphabetically by role; a role not listed has no home page yet.</summary>
    private IRoleHome? HomeFor(Role role) => role switch
    {
        Role.Auditor => Create<AuditorHome>(),
        Role.BusinessSupport => Create<BusinessSupportHome>(),
        Role.IndependentReviewingOfficer => Create<IroHome>(),
        Role.PerformanceAnalyst => Create<AnalystHome>(),
        Role.ServiceManager => Create<ServiceManagerHome>(Create<ManagerLists>()),
        Role.SocialWorker => Create<SocialWorkerHome>(),
        Role.SystemAdministrator => Create<AdministratorHome>(),
        Role.TeamManager => Create<TeamManagerHome>(Create<ManagerLists>()),
        _ => null,
    };

    /// <summary>Homes are built per request from the request's services (the database, the signed-in user), so none needs registering.</summary>
    private T Create<T>(params object[] parts) => ActivatorUtilities.CreateInstance<T>(services, parts);
}
