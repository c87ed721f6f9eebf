using Haven.Domain.Calendar;
using Haven.Domain.LookedAfter;
using static Haven.Domain.Tests.LookedAfter.CareExamples;

namespace Haven.Domain.Tests.LookedAfter;

/// <summary>The review record's rules, the permanence plan's due date and the visit schedule, worked for Ava (in care from 18 December 2026).</summary>
public sealed class CareReviewRulesTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;

    private static CareReviewDetails Review(string heldOn, string? participation = "PN1", params RecommendationDetails[] recommendations) =>
        new(D(heldOn), participation, "\"I like it here but I miss my brother.\"", "Care plan continues; more contact with her brother.", recommendations);

    [Fact]
    public void A_review_before_the_child_came_into_care_is_refused_by_its_date()
    {
        var result = CareReviewRules.CheckReview(Review("2026-12-17"), Ava(), [], D("2027-02-01"));
        Assert.Equal("The review cannot be before the child came into care (18 December 2026)", result.MessageFor(CareRules.ReviewDateField));
    }

    [Theory]
    [InlineData("PN9")]
    [InlineData("pn1")]
    [InlineData(null)]
    public void A_participation_code_not_in_the_DfE_list_is_refused(string? code)
    {
        var result = CareReviewRules.CheckReview(Review("2027-01-20", code), Ava(), [], D("2027-02-01"));
        Assert.Equal("Select how the child took part in the review", result.MessageFor(CareRules.ParticipationField));
    }

    [Fact]
    public void A_recommendation_needs_an_owner_and_a_due_date_on_or_after_the_review_and_blank_lines_are_ignored()
    {
        var result = CareReviewRules.CheckReview(
            Review("2027-01-20", "PN1",
                new RecommendationDetails("Arrange fortnightly contact with her brother", "", D("2027-01-19")),
                new RecommendationDetails(null, " ", null)),
            Ava(), [], D("2027-02-01"));
        Assert.Equal("Enter who will carry out recommendation 1", result.MessageFor("Recommendations[0].Owner"));
        Assert.Equal("Recommendation 1 cannot be due before the review (20 January 2027)", result.MessageFor("Recommendations[0].DueOn"));
        Assert.Equal(2, result.Problems.Count);
    }

    [Fact]
    public void A_second_review_on_the_same_day_and_minutes_before_the_review_are_refused()
    {
        var details = Review("2027-01-20") with { MinutesToChildOn = D("2027-01-19") };
        var result = CareReviewRules.CheckReview(details, Ava(), [D("2027-01-20")], D("2027-02-01"));
        Assert.Equal("A review held on 20 January 2027 is already recorded", result.MessageFor(CareRules.ReviewDateField));
        Assert.Equal("The minutes cannot have gone to the child before the review (20 January 2027)", result.MessageFor(CareReviewRules.MinutesToChildField));
    }

    [Fact]
    public void The_permanence_plan_is_due_by_the_second_review()
    {
        // No review yet: the first is due Wednesday 20 January 2027 (20 working days round Christmas), the second 3 months on.
        Assert.Equal(D("2027-04-20"), CareReviewRules.PermanencePlanDue(Ava(), [], Calendar));
        // First review held late on 22 January: the second, and the permanence plan, by 22 April.
        Assert.Equal(D("2027-04-22"), CareReviewRules.PermanencePlanDue(Ava(), [D("2027-01-22")], Calendar));
    }

    [Fact]
    public void Changing_the_IRO_needs_a_reason_but_a_first_allocation_does_not()
    {
        Assert.True(CareReviewRules.CheckIroAllocation("iro-1", null, null, isReviewingOfficer: true).IsValid);
        Assert.Equal("Enter why the independent reviewing officer is changing",
            CareReviewRules.CheckIroAllocation("iro-2", "iro-1", " ", isReviewingOfficer: true).MessageFor(CareReviewRules.ReasonField));
        Assert.Equal("Select someone who is an independent reviewing officer",
            CareReviewRules.CheckIroAllocation("worker-1", null, null, isReviewingOfficer: false).MessageFor(CareReviewRules.IroField));
    }

    [Fact]
    public void The_visit_schedule_of_a_placement_shows_each_visit_on_time_or_late_and_the_next_one_due()
    {
        // Ava's second placement began Wednesday 23 December: first visit due Wednesday 30 December; seen 4 January (late),
        // then due 15 February (6 weeks), seen 12 February (on time); next due 26 March.
        var placement = Ava().Placements[1];
        var schedule = VisitSchedule.For(placement, [D("2026-12-20"), D("2027-01-04"), D("2027-02-12")], D("2027-03-01"), Calendar);
        Assert.Equal(
            [(D("2026-12-30"), TimescaleState.CompletedLate, (DateOnly?)D("2027-01-04")), (D("2027-02-15"), TimescaleState.CompletedInTime, D("2027-02-12")),
             (D("2027-03-26"), TimescaleState.NotYetDue, null)],
            schedule.Select(s => (s.Status.DueDate, s.Status.State, s.VisitedOn)));
        // The visit on 20 December was in the first placement, so it does not count for this one.
        Assert.Equal(5, schedule[0].Status.DaysOverdue);
    }
}
