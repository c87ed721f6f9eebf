using System.Globalization;

namespace Haven.Web.Features.LookedAfter.Health;

/// <summary>
/// A child in care's health: each health assessment against the day it was due (the initial one 20 working days after
/// coming into care, then reviews every 6 months under 5 and yearly from 5), the next one due, and the latest dental
/// check, immunisations, SDQ score and CAMHS involvement, with every check recorded.
/// </summary>
public sealed class IndexModel(HavenDbContext db, TimeProvider clock) : PersonPageModel(db, clock)
{
    public HealthEducationAndMissing? Care { get; private set; }

    /// <summary>The period the page is about: the open one, or else the last.</summary>
    public CarePeriod? Period => Care?.Periods.FirstOrDefault(p => p.IsOpen) ?? (Care is { Periods.Count: > 0 } care ? care.Periods[0] : null);

    public IReadOnlyList<HealthCheck> Checks => Care is null || Period is null ? [] : [.. Care.HealthChecks.Where(h => h.CarePeriodId == Period.Id)];

    [BindProperty(SupportsGet = true, Name = "check")] public HealthCheckKind? Kind { get; set; }
    [BindProperty(SupportsGet = true, Name = "sort")] public string? Sort { get; set; }
    [BindProperty(SupportsGet = true, Name = "dir")] public string? Direction { get; set; }
    [BindProperty(SupportsGet = true, Name = "format")] public string? Format { get; set; }

    public string SortKey => Sort is "check" ? "check" : "date";

    /// <summary>Newest first unless asked otherwise: the latest check is what a health colleague looks for.</summary>
    public bool Descending => Direction is null ? SortKey == "date" : Direction is "desc" or "descending";

    /// <summary>The checks in the "Everything recorded" table: of the kind chosen, in the order chosen.</summary>
    public IReadOnlyList<HealthCheck> Shown
    {
        get
        {
            var chosen = Checks.Where(h => Kind is null || h.Kind == Kind);
            Func<HealthCheck, string> key = SortKey == "check" ? h => CareHealthWording.Label(h.Kind) : h => h.DoneOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var sorted = Descending ? chosen.OrderByDescending(key, StringComparer.Ordinal) : chosen.OrderBy(key, StringComparer.Ordinal);
            return [.. sorted.ThenByDescending(h => h.DoneOn)];
        }
    }

    /// <summary>This page with the table's filter and sort, as a link or (with a format) a download.</summary>
    public string ListUrl(string? format = null)
    {
        var query = new List<string>();
        if (Kind is { } kind)
        {
            query.Add($"check={kind}");
        }
        query.Add($"sort={SortKey}");
        query.Add($"dir={(Descending ? "desc" : "asc")}");
        if (format is not null)
        {
            query.Add($"format={format}");
        }
        return $"/people/{PersonId}/care/health?" + string.Join("&", query);
    }

    /// <summary>Each assessment due with the one that met it (in date order), then the next one due if the child is still in care.</summary>
    public IReadOnlyList<(TimescaleStatus Status, HealthCheck? Done)> Assessments { get; private set; } = [];

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct)
    {
        Care = await records.HealthEducationAndMissingAsync(PersonId, ct);
        if (Period is { } period)
        {
            var done = Checks.Where(h => h.Kind is HealthCheckKind.InitialHealthAssessment or HealthCheckKind.ReviewHealthAssessment).OrderBy(h => h.DoneOn).ToList();
            // With no date of birth the child is taken to be under 5, as in the work tray, rather than miss a review.
            var history = CareHealthTimescales.HealthAssessmentHistory(period.ToPeriodOfCare(), Person.DateOfBirth ?? Today, done.Select(h => h.DoneOn), Today, Calendar);
            Assessments = [.. history.Select((s, i) => (s, i < done.Count ? done[i] : null))];
        }
    }

    public HealthCheck? Latest(HealthCheckKind kind) => Checks.Where(h => h.Kind == kind).MaxBy(h => h.DoneOn);

    /// <summary>A dental check is expected at least once a year (SSDA903 counts teeth checked in the year).</summary>
    public bool DentalCheckOverdue => Period is { IsOpen: true } p && (Latest(HealthCheckKind.DentalCheck)?.DoneOn ?? p.StartDate).AddYears(1) < Today;

    public static string Answer(HealthCheck check) => check.Kind switch
    {
        HealthCheckKind.Immunisations => check.UpToDate == true ? "Up to date" : "Not up to date",
        HealthCheckKind.StrengthsAndDifficulties => $"Score {check.Score}",
        HealthCheckKind.Camhs => check.Camhs is { } c ? CareHealthWording.Label(c) : "",
        _ => check.DoneBy ?? "",
    };

    public async Task<IActionResult> OnGetAsync([FromServices] AuditTrail audit, CancellationToken ct)
    {
        if (!string.Equals(Format, "csv", StringComparison.OrdinalIgnoreCase) || Period is null)
        {
            return Page();
        }
        // A child's health history leaving Haven is an audited export, like every other download.
        var shown = Shown;
        var name = $"health-{Person.LaPersonId}-{Today:yyyy-MM-dd}.csv";
        await audit.ExportedAsync($"health checks for {Person.LaPersonId}", name, shown.Count, ct);
        return File(Csv.Encode(CsvRows(shown)), "text/csv; charset=utf-8", name);
    }

    private static IEnumerable<IReadOnlyList<string?>> CsvRows(IEnumerable<HealthCheck> checks)
    {
        yield return ["Date", "Check", "Result or by whom", "Note"];
        foreach (var check in checks)
        {
            yield return [DateText.Date(check.DoneOn), CareHealthWording.Label(check.Kind), Answer(check), check.Note ?? ""];
        }
    }
}
