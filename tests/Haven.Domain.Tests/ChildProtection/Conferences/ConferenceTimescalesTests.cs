using System.Globalization;
using Haven.Domain.Calendar;
using Haven.Domain.ChildProtection;

namespace Haven.Domain.Tests.ChildProtection;

public sealed partial class ChildProtectionClockTests
{
    [Theory]
    // Mon 14 Dec: 15,16,17,18 (4), 21,22,23,24 (8), [25, 28 bank holidays], 29,30,31 (11), [1 Jan], 4,5,6,7 (15).
    [InlineData("2026-12-14", "2027-01-07")]
    // Mon 30 Nov 2026: 15 working days with no holiday in the way is three weeks on.
    [InlineData("2026-11-30", "2026-12-21")]
    // Thu 24 Dec: 29,30,31 (3), 4-8 Jan (8), 11-15 (13), 18,19 (15).
    [InlineData("2026-12-24", "2027-01-19")]
    // Thu 25 March 2027, Easter: [26 Good Friday, 29 Easter Monday], 30,31, 1,2 Apr (4), 5-9 (9), 12-16 (14), 19 (15).
    [InlineData("2027-03-25", "2027-04-19")]
    public void The_initial_conference_is_due_15_working_days_after_the_strategy_discussion(string discussed, string due)
    {
        Assert.Equal(D(due), ChildProtectionRules.InitialConferenceDueOn(D(discussed), Calendar));
        Assert.Equal(D(due), ChildProtectionChecks.InitialConferenceDueOn(D(discussed), D(discussed).AddDays(2), Calendar));
    }

    [Fact]
    public void Without_a_strategy_discussion_the_initial_conference_clock_runs_from_the_enquiry()
    {
        Assert.Equal(D("2027-01-07"), ChildProtectionChecks.InitialConferenceDueOn(null, D("2026-12-14"), Calendar));
    }

    [Theory]
    // 3 calendar months; a short month clamps the day: 30 November -> 28 February 2027.
    [InlineData("2026-11-30", "2027-02-28")]
    [InlineData("2026-12-17", "2027-03-17")]
    // Month clocks are not moved off weekends: Sunday 11 April 2027 stays the due date.
    [InlineData("2027-01-11", "2027-04-11")]
    public void The_first_review_is_due_3_months_after_the_initial_conference(string icpc, string due)
    {
        Assert.Equal(D(due), ChildProtectionRules.NextReviewDueOn(D(icpc), [], Calendar));
    }

    [Theory]
    // Initial conference 30 November 2026, first review held 26 February 2027: the next is 6 months after that.
    [InlineData("2027-02-26", "2027-08-26")]
    // 31 August 2027 -> 29 February 2028, a leap year.
    [InlineData("2027-08-31", "2028-02-29")]
    // 31 March 2028 -> 30 September.
    [InlineData("2028-03-31", "2028-09-30")]
    public void Later_reviews_are_due_6_months_after_the_last_review(string lastReview, string due)
    {
        Assert.Equal(D(due), ChildProtectionRules.NextReviewDueOn(D("2026-11-30"), [D("2027-02-26"), D(lastReview)], Calendar));
    }

    [Fact]
    public void A_rearranged_conference_keeps_its_due_date_so_held_after_it_is_late()
    {
        var due = ChildProtectionRules.InitialConferenceDueOn(D("2026-12-14"), Calendar);
        var conference = new ChildProtectionConference { ScheduledFor = D("2027-01-06") };

        // Booked in time, then moved past the due date because the police report was not ready.
        conference.OriginallyScheduledFor = conference.ScheduledFor;
        conference.ScheduledFor = D("2027-01-11");
        var beforeItIsHeld = ChildProtectionChecks.ConferenceStatus(conference, due, D("2027-01-08"), Calendar);
        Assert.Equal((D("2027-01-07"), TimescaleState.Overdue, 1), (beforeItIsHeld.DueDate, beforeItIsHeld.State, beforeItIsHeld.DaysOverdue));

        conference.HeldOn = D("2027-01-11");
        var held = ChildProtectionChecks.ConferenceStatus(conference, due, D("2027-01-12"), Calendar);
        Assert.Equal((D("2027-01-07"), TimescaleState.CompletedLate, 4), (held.DueDate, held.State, held.DaysOverdue));
    }

    [Fact]
    public void A_conference_held_on_its_due_date_is_in_time()
    {
        var conference = new ChildProtectionConference { ScheduledFor = D("2027-01-07"), HeldOn = D("2027-01-07") };
        Assert.Equal(TimescaleState.CompletedInTime, ChildProtectionChecks.ConferenceStatus(conference, D("2027-01-07"), D("2027-01-20"), Calendar).State);
    }

    [Theory]
    // Due Thu 7 Jan 2027. On Christmas Eve it is 8 working days away; on Tue 5 Jan two; on the day itself, due soon.
    [InlineData("2026-12-24", TimescaleState.NotYetDue)]
    [InlineData("2027-01-05", TimescaleState.DueSoon)]
    [InlineData("2027-01-07", TimescaleState.DueSoon)]
    [InlineData("2027-01-08", TimescaleState.Overdue)]
    public void A_clock_that_is_running_is_not_yet_due_due_soon_or_overdue(string today, TimescaleState state)
    {
        Assert.Equal(state, TimescaleStatus.Against(D("2027-01-07"), null, D(today), Calendar).State);
    }

}
