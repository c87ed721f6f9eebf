namespace Haven.Web.Features.LookedAfter.Carers;

/// <summary>
/// The register of carers and providers: sortable, filtered by kind and approval, and downloadable as CSV (the download
/// is audited). A GET page, so a filtered list can be bookmarked or sent to a colleague.
/// </summary>
public sealed class IndexModel(HavenDbContext db, TimeProvider clock, AuditTrail audit) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "kind")] public CarerKind? Kind { get; set; }
    [BindProperty(SupportsGet = true, Name = "approval")] public CarerApproval? Approval { get; set; }
    [BindProperty(SupportsGet = true, Name = "sort")] public string? Sort { get; set; }
    [BindProperty(SupportsGet = true, Name = "dir")] public string? Direction { get; set; }
    [BindProperty(SupportsGet = true, Name = "format")] public string? Format { get; set; }

    public IReadOnlyList<Carer> Carers { get; private set; } = [];
    public string SortKey { get; private set; } = "name";
    public bool Descending { get; private set; }
    public string? SuccessMessage => TempData["Success"] as string;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var query = db.Carers.AsNoTracking();
        if (Kind is { } kind)
        {
            query = query.Where(c => c.Kind == kind);
        }
        if (Approval is { } approval)
        {
            query = query.Where(c => c.Approval == approval);
        }
        SortKey = Sort is "kind" or "approval" or "postcode" ? Sort : "name";
        Descending = Direction is "desc" or "descending";
        // Kind and approval are stored as their names; sorting by the words people read keeps the order the page shows.
        var all = await query.ToListAsync(ct);
        Func<Carer, string> key = SortKey switch
        {
            "kind" => c => CareText.Kind(c.Kind),
            "approval" => c => CareText.Approval(c.Approval),
            "postcode" => c => c.Postcode ?? "",
            _ => c => c.Name,
        };
        var sorted = Descending ? all.OrderByDescending(key, StringComparer.OrdinalIgnoreCase) : all.OrderBy(key, StringComparer.OrdinalIgnoreCase);
        Carers = [.. sorted.ThenBy(c => c.Name, StringComparer.OrdinalIgnoreCase)];

        if (string.Equals(Format, "csv", StringComparison.OrdinalIgnoreCase))
        {
            var name = $"carers-register-{UkClock.Today(clock):yyyy-MM-dd}.csv";
            await audit.ExportedAsync("carers register", name, Carers.Count, ct);
            return File(Csv.Encode(CsvRows(Carers)), "text/csv; charset=utf-8", name);
        }
        return Page();
    }

    public string ListUrl(string? format = null)
    {
        var query = new List<string>();
        if (Kind is { } k)
        {
            query.Add($"kind={k}");
        }
        if (Approval is { } a)
        {
            query.Add($"approval={a}");
        }
        query.Add($"sort={SortKey}");
        query.Add($"dir={(Descending ? "desc" : "asc")}");
        if (format is not null)
        {
            query.Add($"format={format}");
        }
        return "/carers?" + string.Join("&", query);
    }

    private static IEnumerable<IReadOnlyList<string?>> CsvRows(IEnumerable<Carer> carers)
    {
        yield return ["Name", "Kind", "Provider code", "Provider", "URN", "Postcode", "Out-of-area authority", "Approval", "Approved on", "Places"];
        foreach (var c in carers)
        {
            yield return
            [
                c.Name, CareText.Kind(c.Kind), c.ProviderCode, LookedAfterCodes.PlacementProviders.InPlainWords(c.ProviderCode), c.Urn ?? "", c.Postcode ?? "",
                c.OutOfAreaAuthority ?? "", CareText.Approval(c.Approval), c.ApprovedOn is { } on ? DateText.Date(on) : "",
                c.Places?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
            ];
        }
    }
}
