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

    public IActionResult OnGet() => Page();
}
