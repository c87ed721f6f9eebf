using System.Globalization;
using Haven.Domain.Calendar;
using Haven.Domain.ChildProtection;

namespace Haven.Domain.Tests.ChildProtection;

/// <summary>
/// Every child protection clock worked by hand against the calendar. Christmas 2026: Friday 25 December is
/// Christmas Day, Boxing Day falls on a Saturday so Monday 28 December is its substitute, and Friday 1 January
/// 2027 is New Year's Day.
/// </summary>
public sealed class ChildProtectionClockTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;

    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public void The_Christmas_2026_bank_holidays_are_the_ones_these_examples_count_around()
    {
        Assert.True(Calendar.IsBankHoliday(D("2026-12-25")));
        Assert.False(Calendar.IsBankHoliday(D("2026-12-26")));
        Assert.True(Calendar.IsBankHoliday(D("2026-12-28")));
        Assert.True(Calendar.IsBankHoliday(D("2027-01-01")));
    }

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
    // Thu 17 Dec 2026: 18,21,22,23,24 (5), [25, 28], 29,30,31 (8), [1 Jan], 4,5 (10).
    [InlineData("2026-12-17", "2027-01-05")]
    // Mon 23 Nov 2026: two weeks on.
    [InlineData("2026-11-23", "2026-12-07")]
    public void The_first_core_group_is_due_10_working_days_after_the_initial_conference(string icpc, string due)
    {
        Assert.Equal(D(due), ChildProtectionRules.NextCoreGroupDueOn(D(icpc), [], TimescaleRule.Months(1), Calendar));
    }

    [Fact]
    public void Later_core_groups_are_due_at_the_local_interval_after_the_last_one()
    {
        // Monthly from the last meeting; a meeting from before this plan (a previous plan's) does not count.
        Assert.Equal(D("2027-02-05"), ChildProtectionRules.NextCoreGroupDueOn(D("2026-12-17"), [D("2026-11-02"), D("2027-01-05")], TimescaleRule.Months(1), Calendar));
        Assert.Equal(D("2027-01-05"), ChildProtectionRules.NextCoreGroupDueOn(D("2026-12-17"), [D("2026-11-02")], TimescaleRule.Months(1), Calendar));
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

    [Theory]
    // Seen Fri 18 Dec: 21,22,23,24 (4), [25, 28], 29,30,31 (7), [1 Jan], 4,5,6 (10).
    [InlineData("2026-12-18", "2027-01-06")]
    // Seen Wed 2 Dec: 3,4 (2), 7-11 (7), 14,15,16 (10).
    [InlineData("2026-12-02", "2026-12-16")]
    public void A_visit_is_due_10_working_days_after_the_last_visit_the_child_was_seen_at(string lastSeen, string due)
    {
        Assert.Equal(D(due), ChildProtectionRules.NextVisitDueOn(D("2026-11-30"), [D("2026-12-01"), D(lastSeen)], 10, Calendar));
    }

    [Fact]
    public void Before_any_visit_the_clock_runs_from_the_plan_start_and_visits_before_it_do_not_count()
    {
        // Plan from Mon 30 Nov; a visit on 20 November belonged to the enquiry. 10 working days: Mon 14 December.
        Assert.Equal(D("2026-12-14"), ChildProtectionRules.NextVisitDueOn(D("2026-11-30"), [D("2026-11-20")], 10, Calendar));
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
