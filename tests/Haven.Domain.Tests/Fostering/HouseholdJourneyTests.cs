using Haven.Domain.Calendar;
using Haven.Domain.Casework;
using Haven.Domain.Fostering;

namespace Haven.Domain.Tests.Fostering;

/// <summary>
/// A household's journey and clocks worked by hand: the Form F's 8 months, adopters' 2 and 4 months, connected persons'
/// temporary approval (16 weeks, extended once by up to 8), the annual review (the first back to panel), the unannounced
/// visit and the training standards.
/// </summary>
public sealed class HouseholdJourneyTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;

    private static HouseholdJourney Household(HouseholdRoute route = HouseholdRoute.Fostering) =>
        new() { Id = Guid.NewGuid(), CarerId = Guid.NewGuid(), Route = route, EnquiryOn = new(2026, 1, 12) };

    private static HouseholdEntry Entry(HouseholdEntryKind kind, DateOnly on) =>
        new() { Kind = kind, On = on, Summary = "s", RecordedByUserId = "u", RecordedByName = "Worker" };

    [Fact]
    public void A_fostering_application_on_2_February_2026_should_be_decided_by_2_October_8_months_later()
    {
        var h = Household();
        h.AssessmentStartedOn = new(2026, 2, 2);
        Assert.Equal(new DateOnly(2026, 10, 2), HouseholdTimescales.AssessmentDue(h));
        var work = Assert.Single(HouseholdWork.For(h, new(2026, 10, 5), Calendar));
        Assert.Equal((WorkKind.FosteringAssessment, TimescaleState.Overdue, 3), (work.Kind, work.State, work.Status.DaysOverdue));
        // The panel alone does not stop the clock: the agency decision does.
        h.PanelOn = new(2026, 9, 20);
        Assert.Single(HouseholdWork.For(h, new(2026, 10, 5), Calendar));
        h.DecisionOn = new(2026, 9, 28);
        h.Approved = true;
        Assert.DoesNotContain(HouseholdWork.For(h, new(2026, 10, 5), Calendar), w => w.Kind == WorkKind.FosteringAssessment);
    }

    [Fact]
    public void Adopters_stage_one_from_1_March_2026_is_due_1_May_and_stage_two_from_4_May_is_due_4_September()
    {
        var h = Household(HouseholdRoute.Adoption);
        h.AssessmentStartedOn = new(2026, 3, 1);
        var stageOne = Assert.Single(HouseholdWork.For(h, new(2026, 4, 1), Calendar));
        Assert.Equal((WorkKind.AdopterStageOne, new DateOnly(2026, 5, 1)), (stageOne.Kind, stageOne.DueOn));
        h.StageTwoStartedOn = new(2026, 5, 4);
        var stageTwo = Assert.Single(HouseholdWork.For(h, new(2026, 6, 1), Calendar));
        Assert.Equal((WorkKind.AdopterStageTwo, new DateOnly(2026, 9, 4)), (stageTwo.Kind, stageTwo.DueOn));
        // Approved adopters have no fostering reviews or visits.
        h.PanelOn = new(2026, 8, 20);
        h.DecisionOn = new(2026, 8, 27);
        h.Approved = true;
        Assert.Empty(HouseholdWork.For(h, new(2027, 9, 1), Calendar));
    }

    [Fact]
    public void Connected_persons_approved_temporarily_on_2_November_2026_must_be_decided_by_21_February_or_18_April_if_extended_by_8_weeks()
    {
        var h = Household(HouseholdRoute.ConnectedPersons);
        h.TemporaryApprovalOn = new(2026, 11, 2);
        // 16 weeks on is 22 February 2027, the first day without approval, so the decision is due on 21 February.
        Assert.Equal(new DateOnly(2027, 2, 22), h.TemporaryApprovalEndsOn);
        var due = Assert.Single(HouseholdWork.For(h, new(2027, 2, 1), Calendar));
        Assert.Equal((WorkKind.ConnectedPersonsAssessment, new DateOnly(2027, 2, 21)), (due.Kind, due.DueOn));
        h.TemporaryApprovalExtendedOn = new(2027, 2, 15);
        h.TemporaryApprovalExtensionWeeks = 8;
        Assert.Equal(new DateOnly(2027, 4, 19), h.TemporaryApprovalEndsOn);
        Assert.Equal(new DateOnly(2027, 4, 18), Assert.Single(HouseholdWork.For(h, new(2027, 3, 1), Calendar)).DueOn);
    }

    [Fact]
    public void A_temporary_approval_is_extended_once_by_1_to_8_weeks_while_it_still_runs_with_a_reason()
    {
        var h = Household(HouseholdRoute.ConnectedPersons);
        h.TemporaryApprovalOn = new(2026, 11, 2);
        var today = new DateOnly(2027, 3, 1);
        Assert.True(HouseholdRules.CheckStep(h, HouseholdStep.Extension, new(new DateOnly(2027, 2, 15), Weeks: 8, Note: "Medical report awaited"), today).IsValid);
        Assert.Equal("Temporary approval ended on 22 February 2027, so it cannot be extended",
            HouseholdRules.CheckStep(h, HouseholdStep.Extension, new(new DateOnly(2027, 2, 22), Weeks: 4, Note: "Late"), today).MessageFor(HouseholdRules.On));
        Assert.Equal("Enter an extension of 1 to 8 weeks",
            HouseholdRules.CheckStep(h, HouseholdStep.Extension, new(new DateOnly(2027, 2, 15), Weeks: 9, Note: "Late"), today).MessageFor(HouseholdRules.Weeks));
        Assert.NotNull(HouseholdRules.CheckStep(h, HouseholdStep.Extension, new(new DateOnly(2027, 2, 15), Weeks: 4), today).MessageFor("Note"));
        h.TemporaryApprovalExtendedOn = new(2027, 2, 15);
        h.TemporaryApprovalExtensionWeeks = 4;
        Assert.Equal("Temporary approval can be extended only once (regulation 25)",
            HouseholdRules.CheckStep(h, HouseholdStep.Extension, new(new DateOnly(2027, 2, 20), Weeks: 2, Note: "Again"), today).MessageFor(HouseholdRules.Step));
    }

    [Fact]
    public void Foster_carers_approved_on_14_May_2026_are_reviewed_by_14_May_2027_then_a_year_after_each_review()
    {
        var h = Household();
        h.AssessmentStartedOn = new(2025, 10, 1);
        h.PanelOn = new(2026, 5, 7);
        h.DecisionOn = new(2026, 5, 14);
        h.Approved = true;
        var work = HouseholdWork.For(h, new(2027, 5, 17), Calendar).ToDictionary(w => w.Kind);
        Assert.Equal((new DateOnly(2027, 5, 14), TimescaleState.Overdue), (work[WorkKind.FosterCarerReview].DueOn, work[WorkKind.FosterCarerReview].State));
        Assert.Equal(new DateOnly(2027, 5, 14), work[WorkKind.UnannouncedVisit].DueOn);
        // The training standards within 12 months of approval (18 for connected persons).
        Assert.Equal(new DateOnly(2027, 5, 14), work[WorkKind.FosterCarerTrainingStandards].DueOn);
        Assert.Equal(new DateOnly(2027, 11, 14), HouseholdTimescales.TrainingStandardsDue(new(2026, 5, 14), HouseholdRoute.ConnectedPersons));

        h.Entries.Add(Entry(HouseholdEntryKind.AnnualReview, new(2027, 4, 30)));
        h.Entries.Add(Entry(HouseholdEntryKind.UnannouncedVisit, new(2026, 12, 3)));
        h.Entries.Add(Entry(HouseholdEntryKind.TrainingStandards, new(2027, 1, 20)));
        work = HouseholdWork.For(h, new(2027, 5, 17), Calendar).ToDictionary(w => w.Kind);
        Assert.Equal(new DateOnly(2028, 4, 30), work[WorkKind.FosterCarerReview].DueOn);
        Assert.Equal(new DateOnly(2027, 12, 3), work[WorkKind.UnannouncedVisit].DueOn);
        Assert.False(work.ContainsKey(WorkKind.FosterCarerTrainingStandards));

        // A household that resigned has nothing due.
        h.EndedOn = new(2027, 6, 1);
        Assert.Empty(HouseholdWork.For(h, new(2027, 6, 2), Calendar));
    }

    [Fact]
    public void The_first_annual_review_goes_back_to_panel_and_later_ones_need_not()
    {
        var h = Household();
        h.AssessmentStartedOn = new(2025, 10, 1);
        h.PanelOn = new(2026, 5, 7);
        h.DecisionOn = new(2026, 5, 14);
        h.Approved = true;
        var today = new DateOnly(2027, 6, 1);
        Assert.Equal("The first annual review goes back to the fostering panel: enter the panel date",
            HouseholdRules.CheckEntry(h, new(HouseholdEntryKind.AnnualReview, new(2027, 4, 30), "Going well", null, null, null), today).MessageFor(HouseholdRules.PanelOn));
        Assert.True(HouseholdRules.CheckEntry(h, new(HouseholdEntryKind.AnnualReview, new(2027, 4, 30), "Going well", new(2027, 5, 20), null, null), today).IsValid);
        h.Entries.Add(Entry(HouseholdEntryKind.AnnualReview, new(2027, 4, 30)));
        Assert.True(HouseholdRules.CheckEntry(h, new(HouseholdEntryKind.AnnualReview, new(2027, 5, 30), "Second", null, null, null), today).IsValid);
    }

    [Fact]
    public void Steps_come_in_order_and_each_once()
    {
        var h = Household();
        var today = new DateOnly(2026, 6, 1);
        Assert.Equal([HouseholdStep.InitialVisit, HouseholdStep.Assessment, HouseholdStep.End], HouseholdRules.NextSteps(h));
        Assert.Equal("Record the assessment before the panel",
            HouseholdRules.CheckStep(h, HouseholdStep.Panel, new(new DateOnly(2026, 3, 1), Yes: true), today).MessageFor(HouseholdRules.Step));
        Assert.Equal("The date must be on or after 12 January 2026",
            HouseholdRules.CheckStep(h, HouseholdStep.InitialVisit, new(new DateOnly(2026, 1, 5)), today).MessageFor(HouseholdRules.On));
        Assert.Equal("Select the assessing social worker",
            HouseholdRules.CheckStep(h, HouseholdStep.Assessment, new(new DateOnly(2026, 2, 5)), today).MessageFor(HouseholdRules.Worker));
        h.AssessmentStartedOn = new(2026, 2, 5);
        h.PanelOn = new(2026, 5, 20);
        var terms = HouseholdRules.CheckStep(h, HouseholdStep.Decision, new(new DateOnly(2026, 5, 27), Yes: true, Places: 2, AgeFrom: 10, AgeTo: 4), today);
        Assert.Equal("The oldest age must be the same as or more than the youngest", terms.MessageFor(HouseholdRules.AgeTo));
        Assert.Equal("Select the kinds of fostering they are approved for", terms.MessageFor(HouseholdRules.CareTypes));
        Assert.Equal("Only an approved household resigns or is deregistered: choose withdrew",
            HouseholdRules.CheckStep(h, HouseholdStep.End, new(new DateOnly(2026, 5, 27), EndReason: HouseholdEndReason.Resigned), today).MessageFor(HouseholdRules.EndReason));
        Assert.Equal(HouseholdStage.AwaitingDecision, h.Stage);
    }
}
