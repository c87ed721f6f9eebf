namespace Haven.Web.Features.EarlyHelp;

/// <summary>
/// <c>/early-help</c>: open early help and step-ups waiting, filtered by allocated worker, team and lead agency, sorted
/// on the server, downloadable as CSV (the download audited, as every list of children leaving Haven is).
/// </summary>
public sealed class ListModel(EarlyHelpListQuery query, AuditTrail audit, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "worker")] public string? Worker { get; set; }
    [BindProperty(SupportsGet = true, Name = "team")] public Guid? Team { get; set; }
    [BindProperty(SupportsGet = true, Name = "agency")] public string? Agency { get; set; }
    [BindProperty(SupportsGet = true, Name = "download")] public string? Download { get; set; }

    public EarlyHelpListResult Result { get; private set; } = null!;

    public Home.HomeList List { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var today = UkClock.Today(clock);
        Result = await query.LoadAsync(new EarlyHelpListFilter(Worker, Team, Agency), ct);
        var filters = QueryString.Create(new Dictionary<string, string?> { ["worker"] = Worker, ["team"] = Team?.ToString(), ["agency"] = Agency }
            .Where(f => !string.IsNullOrEmpty(f.Value)));
        List = EarlyHelpListQuery.ToList(Result.Rows, Result.NotShown, today, "/early-help" + filters.ToUriComponent());
        List.SortBy(Request.Query);
        if (Download is not null)
        {
            if (Download != List.Id)
            {
                return NotFound();
            }
            var name = $"early-help-{today:yyyy-MM-dd}.csv";
            await audit.ExportedAsync("early help", name, List.Rows.Count, ct);
            return File(Csv.Encode(List.CsvRows()), "text/csv; charset=utf-8", name);
        }
        return Page();
    }
}
