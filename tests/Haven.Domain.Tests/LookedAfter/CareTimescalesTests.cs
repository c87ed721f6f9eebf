using Haven.Domain.Calendar;
using Haven.Domain.LookedAfter;
using static Haven.Domain.Tests.LookedAfter.CareExamples;

namespace Haven.Domain.Tests.LookedAfter;

/// <summary>Every looked-after clock worked by hand against the calendar (see <see cref="CareExamples"/> for Ava).</summary>
public sealed class CareTimescalesTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;

    [Fact]
    public void The_first_review_is_due_20_working_days_after_coming_into_care_counting_round_Christmas()
    {
        // 21-24 Dec are days 1-4; 25 and 28 Dec and 1 Jan are bank holidays; 29-31 Dec are 5-7; 4-8 Jan 8-12;
        // 11-15 Jan 13-17; 18, 19, 20 Jan are 18, 19, 20.
        Assert.Equal(D("2027-01-20"), CareTimescales.NextReviewDue(Ava(), [], Calendar));
    }

    [Fact]
    public void An_emergency_placement_followed_by_a_move_does_not_restart_the_review_clock()
    {
        // Ava moved on 23 December; the first review is still due 20 working days from 18 December.
        var movedLater = Ava() with
        {
            Placements =
            [
                new(D("2026-12-18"), D("2027-01-11"), "U6", "PR1", "carers-A"),
                new(D("2027-01-11"), null, "U6", "PR4", "carers-B"),
            ],
        };
        Assert.Equal(D("2027-01-20"), CareTimescales.NextReviewDue(movedLater, [], Calendar));
    }

    [Fact]
    public void The_second_review_is_due_3_months_after_the_first_and_later_ones_6_months_after_the_last()
    {
        Assert.Equal(D("2027-04-22"), CareTimescales.NextReviewDue(Ava(), [D("2027-01-22")], Calendar));
        Assert.Equal(D("2027-10-15"), CareTimescales.NextReviewDue(Ava(), [D("2027-01-22"), D("2027-04-15")], Calendar));
    }

    [Fact]
    public void A_late_first_review_is_shown_late_and_the_next_counts_from_when_it_was_actually_held()
    {
        var history = CareTimescales.ReviewHistory(Ava(), [D("2027-01-22"), D("2027-04-15")], today: D("2027-05-01"), Calendar);

        Assert.Equal(
        [
            new TimescaleStatus(D("2027-01-20"), TimescaleState.CompletedLate, 2),
            new TimescaleStatus(D("2027-04-22"), TimescaleState.CompletedInTime, 0),
            new TimescaleStatus(D("2027-10-15"), TimescaleState.NotYetDue, 0),
        ], history);
    }

    [Fact]
    public void Short_breaks_are_first_reviewed_within_3_months_then_every_6()
    {
        var breaks = new PeriodOfCare(D("2026-09-07"), "N2", [new(D("2026-09-07"), "V4")], [new(D("2026-09-07"), null, "K2", "PR1", "home-1")]);

        Assert.Equal(D("2026-12-07"), CareTimescales.NextReviewDue(breaks, [], Calendar));
        Assert.Equal(D("2027-06-01"), CareTimescales.NextReviewDue(breaks, [D("2026-12-01")], Calendar));
    }

    [Fact]
    public void The_first_visit_is_due_within_a_week_of_a_placement_and_then_at_most_6_weeks_apart()
    {
        var placement = new CarePlacement(D("2027-01-04"), null, "U6", "PR1", "carers-B");

        Assert.Equal(D("2027-01-11"), CareTimescales.NextVisitDue(placement, [], Calendar));
        Assert.Equal(D("2027-02-19"), CareTimescales.NextVisitDue(placement, [D("2027-01-08")], Calendar));
    }

    [Fact]
    public void A_change_of_placement_restarts_the_visit_schedule()
    {
        var next = new CarePlacement(D("2027-02-01"), null, "U6", "PR1", "carers-C");

        // The visit on 8 January was to the old placement: the new one needs a visit within a week of 1 February.
        Assert.Equal(D("2027-02-08"), CareTimescales.NextVisitDue(next, [D("2027-01-08")], Calendar));
    }

    [Fact]
    public void After_its_first_year_a_long_term_placement_is_visited_at_most_3_months_apart_and_others_still_6_weeks()
    {
        var longTerm = new CarePlacement(D("2025-03-01"), null, "U4", "PR1", "carers-D");
        var shortTerm = longTerm with { PlacementType = "U6" };

        Assert.Equal(D("2026-06-10"), CareTimescales.NextVisitDue(longTerm, [D("2026-03-10")], Calendar));
        Assert.Equal(D("2026-04-21"), CareTimescales.NextVisitDue(shortTerm, [D("2026-03-10")], Calendar));
        // In the first year even a long-term placement is visited 6-weekly.
        Assert.Equal(D("2025-11-12"), CareTimescales.NextVisitDue(longTerm, [D("2025-10-01")], Calendar));
    }

    [Fact]
    public void A_stricter_local_visit_standard_is_used_where_it_is_earlier()
    {
        var longTerm = new CarePlacement(D("2025-03-01"), null, "U4", "PR1", "carers-D");

        Assert.Equal(D("2026-04-07"), CareTimescales.NextVisitDue(longTerm, [D("2026-03-10")], Calendar, TimescaleRule.Weeks(4)));
    }

    [Fact]
    public void Health_assessments_are_due_20_working_days_after_entry_then_6_monthly_under_5_and_yearly_from_5()
    {
        Assert.Equal(D("2027-01-20"), CareTimescales.NextHealthAssessmentDue(Ava(), D("2022-06-01"), [], Calendar));
        Assert.Equal(D("2027-07-15"), CareTimescales.NextHealthAssessmentDue(Ava(), D("2022-06-01"), [D("2027-01-15")], Calendar));
        Assert.Equal(D("2028-01-15"), CareTimescales.NextHealthAssessmentDue(Ava(), D("2021-06-01"), [D("2027-01-15")], Calendar));
    }

    [Fact]
    public void The_first_education_plan_is_due_10_working_days_after_entry()
    {
        // 21-24 Dec are days 1-4, 29-31 Dec 5-7, 4-6 Jan 8-10.
        Assert.Equal(D("2027-01-06"), CareTimescales.FirstEducationPlan.DueFrom(D("2026-12-18"), Calendar));
    }

    [Fact]
    public void A_return_interview_is_due_72_hours_after_the_child_came_back()
    {
        var back = new DateTime(2027, 1, 8, 22, 0, 0, DateTimeKind.Utc);
        Assert.Equal(new DateTime(2027, 1, 11, 22, 0, 0, DateTimeKind.Utc), CareTimescales.ReturnInterviewDueBy(back));
    }
}
