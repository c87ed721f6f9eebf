using Haven.Domain.FrontDoor;
using Haven.Domain.LookedAfter;

namespace Haven.Domain.Casework;

/// <summary>What starts and stops a child in care's health, education and return-interview clocks.</summary>
public sealed record HealthEducationAndMissing(
    DateOnly? BornOn,
    IReadOnlyList<CarePeriod> Periods,
    IReadOnlyList<HealthCheck> HealthChecks,
    IReadOnlyList<EducationPlan> EducationPlans,
    IReadOnlyList<MissingEpisode> MissingEpisodes);

/// <summary>
/// The due work of a child in care's open period: the next health assessment (initial, then reviews), the next PEP
/// while the child is of an age to have one, and a return home interview for each return not yet followed by one.
/// The due dates come from <see cref="CareTimescales"/> and <see cref="CareHealthTimescales"/>, as the child's pages show them.
/// </summary>
public static class HealthEducationAndMissingWork
{
    public static IEnumerable<WorkItem> For(ChildCaseSnapshot child, IReadOnlyList<Referral> openEpisodes, DateOnly today, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(child);
        ArgumentNullException.ThrowIfNull(openEpisodes);
        if (child.HealthEducationAndMissing is not { } care)
        {
            yield break;
        }
        var person = child.PersonId;
        foreach (var period in care.Periods.Where(p => p.IsOpen && openEpisodes.Any(r => r.Id == p.ReferralId)))
        {
            var rules = period.ToPeriodOfCare();
            var assessments = care.HealthChecks
                .Where(h => h.CarePeriodId == period.Id && h.Kind is HealthCheckKind.InitialHealthAssessment or HealthCheckKind.ReviewHealthAssessment)
                .Select(h => h.DoneOn).ToList();
            // With no date of birth the child is taken to be under 5 (reviews every 6 months), rather than miss a review.
            var due = CareTimescales.NextHealthAssessmentDue(rules, care.BornOn ?? today, assessments, calendar);
            yield return Item(person, period, assessments.Count == 0 ? WorkKind.InitialHealthAssessment : WorkKind.ReviewHealthAssessment, due, today, calendar, Links.Health(person));

            // A PEP is work only once the child is 3, and no longer at 18.
            if (CareHealthTimescales.NeedsEducationPlan(care.BornOn, today))
            {
                var plans = care.EducationPlans.Where(e => e.CarePeriodId == period.Id).Select(e => e.HeldOn).ToList();
                var pepDue = CareHealthTimescales.NextEducationPlanDue(rules, care.BornOn, plans, calendar);
                yield return Item(person, period, WorkKind.PersonalEducationPlan, pepDue, today, calendar, Links.Education(person));
            }

            foreach (var missing in care.MissingEpisodes.Where(m => m.CarePeriodId == period.Id && m.InterviewHeldAtUtc is null))
            {
                if (CareHealthTimescales.ReturnInterview(missing, today, calendar) is { } status)
                {
                    yield return new WorkItem(person, period.ReferralId, WorkKind.ReturnInterview, status, Links.ReturnInterview(person, missing.Id));
                }
            }
        }
    }

    private static WorkItem Item(Guid person, CarePeriod period, WorkKind kind, DateOnly due, DateOnly today, WorkingDayCalendar calendar, string link) =>
        new(person, period.ReferralId, kind, DueWork.StatusOn(due, today, calendar), link);

    /// <summary>The care pages where the work is done.</summary>
    public static class Links
    {
        public static string Health(Guid person) => $"/people/{person}/care/health";

        public static string Education(Guid person) => $"/people/{person}/care/education";

        public static string ReturnInterview(Guid person, Guid episode) => $"/people/{person}/care/missing/{episode}/interview";
    }
}
