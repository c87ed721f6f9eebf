namespace Haven.Web.Features.LookedAfter.Education;

/// <summary>
/// A child in care's education: the school, virtual school contact, attendance and SEN status from the latest PEP;
/// each PEP against the day it was due (the first within 10 working days of coming into care, then one a school term);
/// and suspensions and exclusions.
/// </summary>
public sealed class IndexModel(HavenDbContext db, TimeProvider clock) : PersonPageModel(db, clock)
{
    public HealthEducationAndMissing? Care { get; private set; }
    public IReadOnlyList<SchoolExclusion> Exclusions { get; private set; } = [];

    public CarePeriod? Period => Care?.Periods.FirstOrDefault(p => p.IsOpen) ?? (Care is { Periods.Count: > 0 } care ? care.Periods[0] : null);

    public IReadOnlyList<EducationPlan> Plans => Care is null || Period is null ? [] : [.. Care.EducationPlans.Where(e => e.CarePeriodId == Period.Id)];

    public EducationPlan? Latest => Plans.MaxBy(e => e.HeldOn);

    /// <summary>Each PEP due with the one that met it, then the next due while the child is in care and of an age to have one.</summary>
    public IReadOnlyList<(TimescaleStatus Status, EducationPlan? Held)> PlanClocks { get; private set; } = [];

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct)
    {
        Care = await records.HealthEducationAndMissingAsync(PersonId, ct);
        Exclusions = await records.SchoolExclusionsAsync(PersonId, ct);
        if (Period is { } period)
        {
            var held = Plans.OrderBy(e => e.HeldOn).ToList();
            var history = CareHealthTimescales.EducationPlanHistory(period.ToPeriodOfCare(), Person.DateOfBirth, held.Select(e => e.HeldOn), Today, Calendar);
            // The next one due is shown only while the child is of an age to have one (3 to 17), as in the work tray.
            PlanClocks = [.. history.Select((s, i) => (s, i < held.Count ? held[i] : null))
                .Where(c => c.Item2 is not null || CareHealthTimescales.NeedsEducationPlan(Person.DateOfBirth, Today))];
        }
    }

    public IActionResult OnGet() => Page();
}
