using Haven.Domain.Casework;

namespace Haven.Domain.Fostering;

/// <summary>
/// The clocks on a household: the assessment's timescale, connected persons' temporary approval, the annual review,
/// the unannounced visit and the training standards (connected persons' temporary approval is <see cref="ConnectedPersonsApproval"/>).
/// Each is a date from the record; nothing here reads a database.
/// </summary>
public static class HouseholdTimescales
{
    /// <summary>The fostering assessment (Form F) should be finished within 8 months of the application (national minimum standard 13 and the assessment guidance).</summary>
    public const int FormFMonths = 8;

    /// <summary>Adopters: stage one (checks and preparation) in 2 months, stage two (the home study) in 4 (the Adoption Agencies Regulations' two-stage process).</summary>
    public const int StageOneMonths = 2;
    public const int StageTwoMonths = 4;

    public static DateOnly FormFDue(DateOnly applicationOn) => applicationOn.AddMonths(FormFMonths);

    public static DateOnly StageOneDue(DateOnly startedOn) => startedOn.AddMonths(StageOneMonths);

    public static DateOnly StageTwoDue(DateOnly startedOn) => startedOn.AddMonths(StageTwoMonths);

    /// <summary>Fostering Regulations 2011 reg 28: reviewed within a year of approval, then at least once a year.</summary>
    public static DateOnly NextAnnualReviewDue(DateOnly approvedOn, IEnumerable<DateOnly> reviewsHeld) =>
        reviewsHeld.Where(r => r >= approvedOn).DefaultIfEmpty(approvedOn).Max().AddYears(1);

    /// <summary>At least one unannounced visit a year (national minimum standard 21.8), from approval or the last one.</summary>
    public static DateOnly NextUnannouncedVisitDue(DateOnly approvedOn, IEnumerable<DateOnly> unannouncedVisits) =>
        unannouncedVisits.Where(v => v >= approvedOn).DefaultIfEmpty(approvedOn).Max().AddYears(1);

    /// <summary>The training, support and development standards: within 12 months of approval, 18 for family and friends carers.</summary>
    public static DateOnly TrainingStandardsDue(DateOnly approvedOn, HouseholdRoute route) =>
        approvedOn.AddMonths(route == HouseholdRoute.ConnectedPersons ? 18 : 12);

    /// <summary>
    /// When the household's full assessment must be decided: on the last day of a temporary approval (the day before it
    /// ends), or the Form F's 8 months from the application.
    /// </summary>
    public static DateOnly? AssessmentDue(HouseholdJourney household)
    {
        ArgumentNullException.ThrowIfNull(household);
        if (household.Route == HouseholdRoute.ConnectedPersons && household.TemporaryApprovalEndsOn is { } ends)
        {
            return ends.AddDays(-1);
        }
        return household.Route == HouseholdRoute.Adoption || household.AssessmentStartedOn is not { } started ? null : FormFDue(started);
    }
}

/// <summary>One thing due on a household, for its supervising (or assessing) social worker.</summary>
public sealed record HouseholdWorkItem(WorkKind Kind, TimescaleStatus Status)
{
    public string What => DueWork.Describe(Kind);
    public DateOnly DueOn => Status.DueDate;
    public TimescaleState State => Status.State;
}

/// <summary>Every clock on a household as due work: nothing once it has ended.</summary>
public static class HouseholdWork
{
    public static IReadOnlyList<HouseholdWorkItem> For(HouseholdJourney household, DateOnly today, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(household);
        ArgumentNullException.ThrowIfNull(calendar);
        if (household.EndedOn is not null)
        {
            return [];
        }
        var items = new List<HouseholdWorkItem>();
        void Add(WorkKind kind, DateOnly due) => items.Add(new HouseholdWorkItem(kind, DueWork.StatusOn(due, today, calendar)));

        if (household.DecisionOn is null)
        {
            if (household.Route == HouseholdRoute.Adoption)
            {
                if (household.StageTwoStartedOn is { } stageTwo)
                {
                    Add(WorkKind.AdopterStageTwo, HouseholdTimescales.StageTwoDue(stageTwo));
                }
                else if (household.AssessmentStartedOn is { } stageOne)
                {
                    Add(WorkKind.AdopterStageOne, HouseholdTimescales.StageOneDue(stageOne));
                }
            }
            else if (household.Route == HouseholdRoute.ConnectedPersons && household.TemporaryApprovalOn is not null)
            {
                Add(WorkKind.ConnectedPersonsAssessment, HouseholdTimescales.AssessmentDue(household)!.Value);
            }
            else if (HouseholdTimescales.AssessmentDue(household) is { } formF)
            {
                Add(WorkKind.FosteringAssessment, formF);
            }
        }
        else if (household.IsApproved && household.Route != HouseholdRoute.Adoption)
        {
            var approvedOn = household.DecisionOn.Value;
            DateOnly[] Held(HouseholdEntryKind kind) => [.. household.Entries.Where(e => e.Kind == kind).Select(e => e.On)];
            Add(WorkKind.FosterCarerReview, HouseholdTimescales.NextAnnualReviewDue(approvedOn, Held(HouseholdEntryKind.AnnualReview)));
            Add(WorkKind.UnannouncedVisit, HouseholdTimescales.NextUnannouncedVisitDue(approvedOn, Held(HouseholdEntryKind.UnannouncedVisit)));
            if (Held(HouseholdEntryKind.TrainingStandards).Length == 0)
            {
                Add(WorkKind.FosterCarerTrainingStandards, HouseholdTimescales.TrainingStandardsDue(approvedOn, household.Route));
            }
        }
        return [.. items.OrderBy(i => i.DueOn)];
    }
}
