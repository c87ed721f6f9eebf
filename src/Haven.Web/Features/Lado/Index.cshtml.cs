using Haven.Domain.Safeguarding;

namespace Haven.Web.Features.Lado;

/// <summary>
/// The designated officer's allegations: filtered by open or closed, overdue and outcome, sortable, and downloadable as
/// CSV (audited). A GET page, so a filtered list (say, open and overdue) can be bookmarked.
/// </summary>
public sealed class IndexModel(AllegationService allegations, AuditTrail audit) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "status")] public string? Status { get; set; }
    [BindProperty(SupportsGet = true, Name = "overdue")] public string? Overdue { get; set; }
    [BindProperty(SupportsGet = true, Name = "outcome")] public AllegationOutcome? Outcome { get; set; }
    [BindProperty(SupportsGet = true, Name = "sort")] public string? Sort { get; set; }
    [BindProperty(SupportsGet = true, Name = "dir")] public string? Direction { get; set; }
    [BindProperty(SupportsGet = true, Name = "format")] public string? Format { get; set; }

    public IReadOnlyList<AllegationRow> Rows { get; private set; } = [];
    public int OverdueOpen { get; private set; }
    public string SortKey { get; private set; } = "received";
    public bool Descending { get; private set; }

    public static readonly IReadOnlyList<(string Slug, string Label)> StatusChoices = [("open", "Open"), ("closed", "Closed")];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var all = await allegations.RowsAsync(ct);
        OverdueOpen = all.Count(r => r.Allegation.IsOpen && r.IsOverdue);
        var rows = all.AsEnumerable();
        rows = Status switch
        {
            "open" => rows.Where(r => r.Allegation.IsOpen),
            "closed" => rows.Where(r => !r.Allegation.IsOpen),
            _ => rows,
        };
        if (Overdue == "yes")
        {
            rows = rows.Where(r => r.IsOverdue);
        }
        if (Outcome is { } outcome)
        {
            rows = rows.Where(r => r.Allegation.Outcome == outcome);
        }
        SortKey = Sort is "adult" or "employer" or "status" or "outcome" or "due" ? Sort : "received";
        // Newest referrals first unless asked otherwise.
        Descending = Direction is null ? SortKey == "received" : Direction is "desc" or "descending";
        var byName = StringComparer.CurrentCultureIgnoreCase;
        IOrderedEnumerable<AllegationRow> sorted = SortKey switch
        {
            "adult" => Descending ? rows.OrderByDescending(r => r.Allegation.AdultName, byName) : rows.OrderBy(r => r.Allegation.AdultName, byName),
            "employer" => Descending ? rows.OrderByDescending(r => r.Allegation.Employer, byName) : rows.OrderBy(r => r.Allegation.Employer, byName),
            "status" => Descending ? rows.OrderByDescending(r => r.Status, byName) : rows.OrderBy(r => r.Status, byName),
            "outcome" => Descending ? rows.OrderByDescending(r => r.Allegation.Outcome?.ToString() ?? "") : rows.OrderBy(r => r.Allegation.Outcome?.ToString() ?? ""),
            "due" => Descending ? rows.OrderByDescending(r => r.Outcome.DueDate) : rows.OrderBy(r => r.Outcome.DueDate),
            _ => Descending ? rows.OrderByDescending(r => r.Allegation.ReceivedOn) : rows.OrderBy(r => r.Allegation.ReceivedOn),
        };
        Rows = [.. sorted.ThenBy(r => r.Allegation.AdultName, byName)];

        if (string.Equals(Format, "csv", StringComparison.OrdinalIgnoreCase))
        {
            var name = $"allegations-{allegations.Today:yyyy-MM-dd}.csv";
            await audit.ExportedAsync("allegations against adults who work with children", name, Rows.Count, ct);
            return File(Csv.Encode(CsvRows(Rows)), "text/csv; charset=utf-8", name);
        }
        return Page();
    }

    public string ListUrl(string? format = null)
    {
        var query = new List<string>();
        if (StatusChoices.Any(s => s.Slug == Status))
        {
            query.Add($"status={Status}");
        }
        if (Overdue == "yes")
        {
            query.Add("overdue=yes");
        }
        if (Outcome is { } o)
        {
            query.Add($"outcome={o}");
        }
        query.Add($"sort={SortKey}");
        query.Add($"dir={(Descending ? "desc" : "asc")}");
        if (format is not null)
        {
            query.Add($"format={format}");
        }
        return "/lado?" + string.Join("&", query);
    }

    private static IEnumerable<IReadOnlyList<string?>> CsvRows(IEnumerable<AllegationRow> rows)
    {
        static string Day(DateOnly? d) => d is { } on ? DateText.Date(on) : "";
        yield return ["Adult", "Role", "Employer", "Reported by", "Received", "Initial consideration due", "Initial consideration", "Strategy meeting",
            "Evaluation meeting", "Outcome due", "Outcome", "Outcome date", "Employer's action", "Closed", "Children", "Overdue"];
        foreach (var r in rows)
        {
            var a = r.Allegation;
            yield return
            [
                a.AdultName, a.AdultRole, a.Employer, a.ReportedBy, Day(a.ReceivedOn), Day(r.InitialConsideration.DueDate), Day(a.InitialConsiderationOn),
                Day(a.StrategyMeetingOn), Day(a.EvaluationMeetingOn), Day(r.Outcome.DueDate), a.Outcome is { } o ? AllegationWording.Label(o) : "", Day(a.OutcomeOn),
                a.EmployerAction ?? "", Day(a.ClosedOn), a.Children.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), r.IsOverdue ? "Yes" : "No",
            ];
        }
    }
}
