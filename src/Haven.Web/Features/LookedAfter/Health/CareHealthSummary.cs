namespace Haven.Web.Features.LookedAfter.Health;

/// <summary>
/// What the care record page shows of a child in care's health, education and missing episodes, one line each, from
/// the same clocks as their own pages and the work tray. Render with _HealthSummary.cshtml.
/// </summary>
public sealed record CareHealthSummary(Guid PersonId, TimescaleStatus? HealthAssessment, TimescaleStatus? EducationPlan, int MissingEpisodes, int InterviewsOverdue)
{
    /// <summary>The summary of the child's open period of care; null when they are not in care.</summary>
    public static async Task<CareHealthSummary?> LoadAsync(RecordLoader records, Person person, DateOnly today, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(person);
        return From(await records.HealthEducationAndMissingAsync(person.Id, ct), person, today);
    }

    /// <summary>The same from the periods the care record page has already loaded, so they are not read again.</summary>
    public static async Task<CareHealthSummary?> ForPeriodsAsync(HavenDbContext db, Person person, IReadOnlyCollection<CarePeriod> periods, DateOnly today, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(person);
        return From((await HealthEducationAndMissingQuery.ForPeriodsAsync(db, periods, ct)).GetValueOrDefault(person.Id), person, today);
    }

    private static CareHealthSummary? From(HealthEducationAndMissing? care, Person person, DateOnly today)
    {
        if (care?.Periods.FirstOrDefault(p => p.IsOpen) is not { } period)
        {
            return null;
        }
        var calendar = WorkingDayCalendar.EnglandAndWales;
        var rules = period.ToPeriodOfCare();
        var assessments = care.HealthChecks.Where(h => h.CarePeriodId == period.Id && h.Kind is HealthCheckKind.InitialHealthAssessment or HealthCheckKind.ReviewHealthAssessment).Select(h => h.DoneOn);
        var health = CareHealthTimescales.HealthAssessmentHistory(rules, person.DateOfBirth ?? today, assessments, today, calendar)[^1];
        var pep = CareHealthTimescales.NeedsEducationPlan(person.DateOfBirth, today)
            ? CareHealthTimescales.EducationPlanHistory(rules, person.DateOfBirth, care.EducationPlans.Where(e => e.CarePeriodId == period.Id).Select(e => e.HeldOn), today, calendar)[^1]
            : null;
        var missing = care.MissingEpisodes.Where(m => m.CarePeriodId == period.Id).ToList();
        var overdue = missing.Count(m => CareHealthTimescales.ReturnInterview(m, today, calendar)?.State == TimescaleState.Overdue);
        return new CareHealthSummary(person.Id, health, pep, missing.Count, overdue);
    }
}
