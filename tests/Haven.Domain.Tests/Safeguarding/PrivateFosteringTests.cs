using Haven.Domain.Calendar;
using Haven.Domain.Casework;
using Haven.Domain.CinCensus;
using Haven.Domain.FrontDoor;
using Haven.Domain.Safeguarding;

namespace Haven.Domain.Tests.Safeguarding;

/// <summary>
/// The private fostering visit schedule, worked through over Christmas 2026 (Friday 25 and Monday 28 December and
/// Friday 1 January 2027 are bank holidays) and Easter 2027 (Monday 29 March): the first visit within 7 working days of
/// the notification, then at most 6 weeks apart in the arrangement's first year and 12 weeks after; and the year's figures.
/// </summary>
public sealed class PrivateFosteringTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;
    private static readonly Guid Child = Guid.NewGuid();

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    private static PrivateFosteringArrangement Arrangement(DateOnly notified, DateOnly started, DateOnly? ended = null, params DateOnly[] visits)
    {
        var id = Guid.NewGuid();
        return new PrivateFosteringArrangement
        {
            Id = id, PersonId = Child, NotifiedOn = notified, NotifiedBy = "Head teacher", StartedOn = started, CarerName = "Grace Adeyemi", EndedOn = ended,
            Visits = [.. visits.Select(v => new PrivateFosteringVisit { Id = Guid.NewGuid(), ArrangementId = id, PersonId = Child, VisitedOn = v, RecordedByUserId = "u", RecordedByName = "Worker" })],
            RecordedByUserId = "u", RecordedByName = "Worker",
        };
    }

    [Fact]
    public void Notified_on_tuesday_22_december_the_first_visit_is_due_on_tuesday_5_january_after_three_bank_holidays()
    {
        // 23, 24, 29, 30, 31 December, 4 and 5 January: Christmas Day, the Boxing Day substitute and New Year's Day do not count.
        Assert.Equal(D(2027, 1, 5), PrivateFosteringSchedule.NextVisitDue(D(2026, 12, 22), D(2026, 12, 14), [], Calendar));
    }

    [Fact]
    public void In_the_first_year_visits_are_due_6_calendar_weeks_apart_even_when_that_is_easter_monday()
    {
        // First visit Monday 4 January: next due Monday 15 February; visited then, next due Monday 29 March 2027, Easter
        // Monday. Weeks are calendar weeks, not moved off a bank holiday: a visit on Tuesday 30 March is late.
        Assert.Equal(D(2027, 2, 15), PrivateFosteringSchedule.NextVisitDue(D(2026, 12, 22), D(2026, 12, 14), [D(2027, 1, 4)], Calendar));
        Assert.Equal(D(2027, 3, 29), PrivateFosteringSchedule.NextVisitDue(D(2026, 12, 22), D(2026, 12, 14), [D(2027, 1, 4), D(2027, 2, 15)], Calendar));

        var history = PrivateFosteringSchedule.History(Arrangement(D(2026, 12, 22), D(2026, 12, 14), null, D(2027, 1, 4), D(2027, 2, 15), D(2027, 3, 30)), D(2027, 4, 1), Calendar);
        Assert.Equal([TimescaleState.CompletedInTime, TimescaleState.CompletedInTime, TimescaleState.CompletedLate, TimescaleState.NotYetDue], history.Select(s => s.State));
        Assert.Equal([D(2027, 1, 5), D(2027, 2, 15), D(2027, 3, 29), D(2027, 5, 11)], history.Select(s => s.DueDate));
    }

    [Fact]
    public void After_the_first_year_visits_are_due_12_weeks_apart_and_a_visit_just_before_the_anniversary_is_followed_within_6_weeks()
    {
        // The arrangement began on 14 December 2026, so its first year ends on 14 December 2027.
        Assert.Equal(D(2028, 1, 17), PrivateFosteringSchedule.NextVisitDue(D(2026, 12, 22), D(2026, 12, 14), [D(2027, 12, 6)], Calendar));
        Assert.Equal(D(2028, 4, 10), PrivateFosteringSchedule.NextVisitDue(D(2026, 12, 22), D(2026, 12, 14), [D(2027, 12, 6), D(2028, 1, 17)], Calendar));
    }

    [Fact]
    public void An_ended_arrangement_has_no_next_visit_and_no_work()
    {
        var ended = Arrangement(D(2026, 12, 22), D(2026, 12, 14), D(2027, 1, 20), D(2027, 1, 4));
        Assert.Null(PrivateFosteringSchedule.NextVisit(ended, D(2027, 3, 1), Calendar));
        Assert.Single(PrivateFosteringSchedule.History(ended, D(2027, 3, 1), Calendar));
    }

    [Fact]
    public void The_next_visit_is_on_the_work_tray_of_the_childs_open_episode()
    {
        var episode = new Referral { Id = Guid.NewGuid(), PersonId = Child, ReferralDate = D(2026, 12, 22), SourceCode = "2A", PrimaryNeedCode = "N1" };
        var open = Arrangement(D(2026, 12, 22), D(2026, 12, 14));
        IReadOnlyList<WorkItem> Work(DateOnly today, PrivateFosteringArrangement a) => DueWork.For(new ChildCaseSnapshot(Child) { Referrals = [episode], PrivateFostering = [a] },
            LocalTimescales.Default, today, Calendar).Where(i => i.Kind == WorkKind.PrivateFosteringVisit).ToList();

        var item = Assert.Single(Work(D(2027, 1, 6), open));
        Assert.Equal((D(2027, 1, 5), TimescaleState.Overdue), (item.DueOn, item.State));
        Assert.Equal($"/people/{Child}/private-fostering/{open.Id}/visit", item.Link);
        Assert.Equal("Private fostering visit due", item.What);
        Assert.Equal(D(2027, 2, 15), Assert.Single(Work(D(2027, 1, 6), Arrangement(D(2026, 12, 22), D(2026, 12, 14), null, D(2027, 1, 4)))).DueOn);
        Assert.Empty(Work(D(2027, 1, 6), Arrangement(D(2026, 12, 22), D(2026, 12, 14), D(2027, 1, 5))));
    }

    [Fact]
    public void The_years_figures_count_notifications_arrangements_and_visits_in_time_within_1_april_to_31_march()
    {
        PrivateFosteringArrangement[] arrangements =
        [
            // Notified in the year; first visit in time, then one 6-weekly visit in time and one a day late (Easter Monday).
            Arrangement(D(2026, 12, 22), D(2026, 12, 14), null, D(2027, 1, 4), D(2027, 2, 15), D(2027, 3, 30)),
            // Notified the year before (Sunday 1 March 2026): its late first visit on 12 March was last year's; the
            // visit on 20 April, within 6 weeks of it, counts this year; it ended on 30 June.
            Arrangement(D(2026, 3, 1), D(2026, 2, 1), D(2026, 6, 30), D(2026, 3, 12), D(2026, 4, 20)),
            // Notified on Friday 10 April 2026: due by Tuesday 21 April (Easter was the week before); visited a day late.
            Arrangement(D(2026, 4, 10), D(2026, 4, 1), null, D(2026, 4, 22)),
        ];
        var figures = PrivateFosteringFigures.For(arrangements, CensusPeriod.YearEnding(2027), Calendar);
        Assert.Equal((2, 2, 1, 2), (figures.Notifications, figures.NewArrangements, figures.Ended, figures.OpenAtYearEnd));
        Assert.Equal((2, 1), (figures.FirstVisits, figures.FirstVisitsInTime));
        Assert.Equal((3, 2), (figures.LaterVisits, figures.LaterVisitsInTime));
    }

    [Fact]
    public void A_second_open_arrangement_a_visit_before_the_notification_and_an_end_with_no_reason_are_refused()
    {
        var today = D(2027, 1, 10);
        Assert.Equal("The child already has an open private fostering arrangement: end it before recording a new one",
            PrivateFosteringRules.CheckNotification(today, "Mother", today, "Grace", anotherOpen: true, today).MessageFor(""));
        Assert.Equal("Enter the private foster carer's name", PrivateFosteringRules.CheckNotification(today, "Mother", today, " ", false, today).MessageFor(PrivateFosteringRules.CarerName));
        var a = Arrangement(D(2026, 12, 22), D(2026, 12, 14));
        Assert.Equal("The visit cannot be before the notification on 22 December 2026", PrivateFosteringRules.CheckVisit(a, D(2026, 12, 21), today).MessageFor(PrivateFosteringRules.VisitedOn));
        Assert.True(PrivateFosteringRules.CheckVisit(a, D(2026, 12, 22), today).IsValid);
        Assert.Equal("Select why the arrangement ended", PrivateFosteringRules.CheckEnd(a, today, null, today).MessageFor(PrivateFosteringRules.EndReason));
        Assert.Equal("Select whether the arrangement is suitable", PrivateFosteringRules.CheckAssessment(a, today, null, today).MessageFor(PrivateFosteringRules.Suitable));
    }
}
