namespace Haven.Web.Features.Home;

/// <summary>
/// The auditor's search of the audit: by person, record, user, event and dates, sorted and paged, and the results as
/// a CSV file (the download itself audited). GET throughout, so a search can be bookmarked and works without JavaScript.
/// </summary>
public sealed class AuditModel(AuditSearch search, AuditTrail audit, TimeProvider clock) : PageModel
{
    /// <summary>The most rows one download holds; a wider search is narrowed first.</summary>
    public const int MaxExportRows = 10_000;

    [BindProperty(SupportsGet = true, Name = "person")] public string? Person { get; set; }
    [BindProperty(SupportsGet = true, Name = "record")] public string? Record { get; set; }
    [BindProperty(SupportsGet = true, Name = "user")] public string? UserName { get; set; }
    [BindProperty(SupportsGet = true, Name = "type")] public string? Type { get; set; }
    [BindProperty(SupportsGet = true)] public DateInput From { get; set; } = new();
    [BindProperty(SupportsGet = true)] public DateInput To { get; set; } = new();
    [BindProperty(SupportsGet = true, Name = "sort")] public string? Sort { get; set; }
    [BindProperty(SupportsGet = true, Name = "dir")] public string? Direction { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;
    [BindProperty(SupportsGet = true, Name = "format")] public string? Format { get; set; }

    public IReadOnlyList<string> Types { get; private set; } = [];
    public AuditPage? Results { get; private set; }
    public string SortKey { get; private set; } = "when";
    public bool Descending { get; private set; } = true;
    public int PageCount => Results is null ? 0 : Math.Max(1, (Results.Total + AuditSearch.PageSize - 1) / AuditSearch.PageSize);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Types = await search.TypesAsync(ct);
        var today = UkClock.Today(clock);
        var from = DateInputValidation.Validate(From, "the first date", required: false, today: today, notAfter: today);
        from.AddTo(ModelState, nameof(From));
        var to = DateInputValidation.Validate(To, "the last date", required: false, today: today);
        to.AddTo(ModelState, nameof(To));
        if (from.Date is { } f && to.Date is { } t && t < f)
        {
            ModelState.AddModelError(nameof(To), $"The last date must be the same as or after {DateText.Date(f)}");
        }
        if (!ModelState.IsValid)
        {
            return this.InvalidPage();
        }
        SortKey = AuditSearch.Sorts.Any(s => s.Key == Sort) ? Sort! : "when";
        // Newest first unless asked otherwise; names and events A to Z.
        Descending = Direction is null ? SortKey == "when" : Direction is "desc" or "descending";
        var filter = new AuditFilter(Person, Record, UserName, Type, from.Date, to.Date);
        if (string.Equals(Format, "csv", StringComparison.OrdinalIgnoreCase))
        {
            var all = await search.SearchAsync(filter, SortKey, Descending, 1, ct, MaxExportRows);
            var name = $"audit-{today:yyyy-MM-dd}.csv";
            // The audit itself names children and staff: taking it out of Haven is recorded in it.
            await audit.ExportedAsync("audit search: " + Describe(filter), name, all.Rows.Count, ct);
            return File(Csv.Encode(CsvRows(all.Rows)), "text/csv; charset=utf-8", name);
        }
        PageNumber = Math.Max(1, PageNumber);
        Results = await search.SearchAsync(filter, SortKey, Descending, PageNumber, ct);
        if (PageNumber > PageCount)
        {
            PageNumber = PageCount;
            Results = await search.SearchAsync(filter, SortKey, Descending, PageNumber, ct);
        }
        return Page();
    }

    /// <summary>The search in words, for the audit record of a download.</summary>
    private static string Describe(AuditFilter f)
    {
        var parts = new List<string>();
        void Add(string label, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                parts.Add($"{label} {value.Trim()}");
            }
        }
        Add("person", f.Person);
        Add("record", f.Record);
        Add("user", f.User);
        Add("event", f.Type);
        Add("from", DateText.Date(f.From));
        Add("to", DateText.Date(f.To));
        return parts.Count == 0 ? "everything" : string.Join(", ", parts);
    }

    private static IEnumerable<IReadOnlyList<string?>> CsvRows(IEnumerable<AuditRow> rows)
    {
        yield return ["When", "Source", "Event", "User", "Person", "What"];
        foreach (var r in rows)
        {
            yield return [DateText.DateAndTime(r.AtUtc), r.Source, r.Type, r.User, r.Person, r.What];
        }
    }

    /// <summary>This search's address with some parameters changed (null removes one).</summary>
    public string SearchUrl(int? page = null, string? format = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["person"] = Person, ["record"] = Record, ["user"] = UserName, ["type"] = Type,
            ["From.Day"] = From.Day, ["From.Month"] = From.Month, ["From.Year"] = From.Year,
            ["To.Day"] = To.Day, ["To.Month"] = To.Month, ["To.Year"] = To.Year,
            ["sort"] = SortKey, ["dir"] = Descending ? "desc" : "asc",
            ["p"] = page?.ToString(System.Globalization.CultureInfo.InvariantCulture), ["format"] = format,
        };
        return "/audit?" + string.Join("&", values.Where(v => !string.IsNullOrEmpty(v.Value)).Select(v => $"{v.Key}={Uri.EscapeDataString(v.Value!)}"));
    }
}
