using Haven.Domain.Fostering;

namespace Haven.Web.Features.FosteringHouseholds;

/// <summary>
/// Fostering and adopting households by stage: filtered by route, stage and overdue work, sortable, and downloadable
/// as CSV (audited). A GET page, so a filtered list (say, overdue annual reviews) can be bookmarked.
/// </summary>
public sealed class IndexModel(HavenDbContext db, TimeProvider clock, AuditTrail audit) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "route")] public HouseholdRoute? Route { get; set; }
    [BindProperty(SupportsGet = true, Name = "stage")] public HouseholdStage? Stage { get; set; }
    [BindProperty(SupportsGet = true, Name = "overdue")] public string? Overdue { get; set; }
    [BindProperty(SupportsGet = true, Name = "sort")] public string? Sort { get; set; }
    [BindProperty(SupportsGet = true, Name = "dir")] public string? Direction { get; set; }
    [BindProperty(SupportsGet = true, Name = "format")] public string? Format { get; set; }

    public IReadOnlyList<HouseholdRow> Households { get; private set; } = [];
    public IReadOnlyDictionary<HouseholdStage, int> ByStage { get; private set; } = new Dictionary<HouseholdStage, int>();
    public int OverdueReviews { get; private set; }
    public string SortKey { get; private set; } = "name";
    public bool Descending { get; private set; }
    public DateOnly Today { get; private set; }

    /// <summary>"reviews" shows only overdue annual reviews; "any" anything overdue.</summary>
    public static readonly IReadOnlyList<(string Slug, string Label)> OverdueChoices = [("any", "Anything overdue"), ("reviews", "Annual review overdue")];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Today = UkClock.Today(clock);
        var route = Route;
        var all = await HouseholdQuery.LoadAsync(db, Today, route is null ? null : j => j.Route == route, ct);
        ByStage = all.GroupBy(h => h.Stage).ToDictionary(g => g.Key, g => g.Count());
        OverdueReviews = all.Count(h => h.Review?.State == TimescaleState.Overdue);
        var rows = all.AsEnumerable();
        if (Stage is { } stage)
        {
            rows = rows.Where(h => h.Stage == stage);
        }
        rows = Overdue switch
        {
            "reviews" => rows.Where(h => h.Review?.State == TimescaleState.Overdue),
            "any" => rows.Where(h => h.Overdue is not null),
            _ => rows,
        };
        SortKey = Sort is "stage" or "worker" or "review" or "vacancies" or "enquiry" ? Sort : "name";
        Descending = Direction is "desc" or "descending";
        var byName = StringComparer.CurrentCultureIgnoreCase;
        IOrderedEnumerable<HouseholdRow> sorted = SortKey switch
        {
            // Stages sort in journey order, not alphabetically.
            "stage" => Descending ? rows.OrderByDescending(h => h.Stage) : rows.OrderBy(h => h.Stage),
            "worker" => Descending ? rows.OrderByDescending(h => h.WorkerName ?? "", byName) : rows.OrderBy(h => h.WorkerName ?? "", byName),
            // Households with no review due go last either way.
            "review" => Descending ? rows.OrderBy(h => h.Review is null).ThenByDescending(h => h.Review?.DueOn) : rows.OrderBy(h => h.Review is null).ThenBy(h => h.Review?.DueOn),
            "vacancies" => Descending ? rows.OrderByDescending(h => h.Vacancies ?? -1) : rows.OrderBy(h => h.Vacancies ?? int.MaxValue),
            "enquiry" => Descending ? rows.OrderByDescending(h => h.EnquiryOn) : rows.OrderBy(h => h.EnquiryOn),
            _ => Descending ? rows.OrderByDescending(h => h.Name, byName) : rows.OrderBy(h => h.Name, byName),
        };
        Households = [.. sorted.ThenBy(h => h.Name, byName)];

        if (string.Equals(Format, "csv", StringComparison.OrdinalIgnoreCase))
        {
            var name = $"fostering-households-{Today:yyyy-MM-dd}.csv";
            await audit.ExportedAsync("fostering households", name, Households.Count, ct);
            return File(Csv.Encode(CsvRows(Households)), "text/csv; charset=utf-8", name);
        }
        return Page();
    }

    public string ListUrl(string? format = null)
    {
        var query = new List<string>();
        if (Route is { } r)
        {
            query.Add($"route={r}");
        }
        if (Stage is { } s)
        {
            query.Add($"stage={s}");
        }
        if (OverdueChoices.Any(o => o.Slug == Overdue))
        {
            query.Add($"overdue={Overdue}");
        }
        query.Add($"sort={SortKey}");
        query.Add($"dir={(Descending ? "desc" : "asc")}");
        if (format is not null)
        {
            query.Add($"format={format}");
        }
        return "/fostering?" + string.Join("&", query);
    }

    private static IEnumerable<IReadOnlyList<string?>> CsvRows(IEnumerable<HouseholdRow> rows)
    {
        static string N(int? n) => n?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "";
        yield return ["Household", "Route", "Stage", "Enquiry", "Social worker", "Places", "Children placed", "Vacancies", "Annual review due", "Overdue work"];
        foreach (var h in rows)
        {
            yield return
            [
                h.Name, HouseholdText.Route(h.Route), h.StageText, DateText.Date(h.EnquiryOn), h.WorkerName ?? "", N(h.Places), N(h.Placed), N(h.Vacancies),
                h.Review is { } review ? DateText.Date(review.DueOn) : "",
                string.Join("; ", h.Work.Where(w => w.State == TimescaleState.Overdue).Select(w => $"{w.What} ({DateText.Date(w.DueOn)})")),
            ];
        }
    }
}
