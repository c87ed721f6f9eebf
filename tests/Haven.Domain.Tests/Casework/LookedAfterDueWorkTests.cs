using Haven.Domain.Calendar;
using Haven.Domain.CaseRecording;
using Haven.Domain.Casework;
using Haven.Domain.FrontDoor;
using Haven.Domain.LookedAfter;

namespace Haven.Domain.Tests.Casework;

/// <summary>
/// The looked-after clocks in the work tray, worked over Christmas 2026 (Friday 25 and Monday 28 December and Friday
/// 1 January 2027 are bank holidays): the review clock counts working days and ignores placement moves; the visit
/// clock counts calendar weeks, restarts with each placement, and is not moved off a bank holiday.
/// </summary>
public sealed class LookedAfterDueWorkTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;
    private static readonly Guid Child = Guid.NewGuid();

    private static DateOnly D(string date) => DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);

    private static readonly Referral Episode = new()
    {
        Id = Guid.NewGuid(), PersonId = Child, ReferralDate = D("2026-12-14"), SourceCode = "2A", PrimaryNeedCode = "N1",
    };

    /// <summary>Into care on Friday 18 December 2026 in an emergency foster placement; moved to new carers on Monday 11 January.</summary>
    private static PeriodOfCare EmergencyThenMove(DateOnly? movedOn = null) => new(
        D("2026-12-18"), "N1", [new(D("2026-12-18"), "V2")],
        movedOn is { } moved
            ? [new(D("2026-12-18"), moved, "U6", "PR1", "emergency-carers", ReasonForChange: "CARPL"), new(moved, null, "U4", "PR1", "long-term-carers")]
            : [new(D("2026-12-18"), null, "U6", "PR1", "emergency-carers")]);

    private static ChildCaseSnapshot Snapshot(PeriodOfCare period, IReadOnlyList<DateOnly>? reviews = null, DateOnly? carePlanAgreed = null, params SeenVisit[] visits) =>
        new(Child)
        {
            Referrals = [Episode],
            SeenVisits = visits,
            // Care plan due 10 working days after entry: 21–24 and 29–31 December, 4–6 January.
            CareReviewClocks = [new CareReviewClocks(Episode.Id, period, reviews ?? [], D("2027-01-06"), carePlanAgreed)],
        };

    private static WorkItem Item(ChildCaseSnapshot snapshot, WorkKind kind, string today, LocalTimescales? local = null) =>
        Assert.Single(DueWork.For(snapshot, local ?? LocalTimescales.Default, D(today), Calendar), i => i.Kind == kind);

    [Fact]
    public void After_an_emergency_placement_and_a_move_the_first_review_is_still_due_20_working_days_from_entry()
    {
        var snapshot = Snapshot(EmergencyThenMove(movedOn: D("2027-01-11")));

        // 21–24 December are working days 1–4, 29–31 December 5–7, 4–8 January 8–12, 11–15 January 13–17, 18–20 January 18–20.
        var review = Item(snapshot, WorkKind.LookedAfterReview, "2027-01-18");
        Assert.Equal(D("2027-01-20"), review.DueOn);
        Assert.Equal(TimescaleState.DueSoon, review.State);
        Assert.Equal("Looked-after review due", review.What);
        Assert.Equal($"/people/{Child}/care/reviews", review.Link);
        Assert.Equal(TimescaleState.Overdue, Item(snapshot, WorkKind.LookedAfterReview, "2027-01-21").State);

        // Held late on Friday 22 January: the second is due 3 calendar months after it, then 6 months after that.
        Assert.Equal(D("2027-04-22"), Item(Snapshot(EmergencyThenMove(D("2027-01-11")), [D("2027-01-22")]), WorkKind.LookedAfterReview, "2027-02-01").DueOn);
        Assert.Equal(D("2027-10-15"), Item(Snapshot(EmergencyThenMove(D("2027-01-11")), [D("2027-01-22"), D("2027-04-15")]), WorkKind.LookedAfterReview, "2027-05-01").DueOn);
    }

    [Fact]
    public void The_first_visit_is_due_a_week_after_the_placement_even_on_christmas_day_and_then_every_six_weeks()
    {
        var period = EmergencyThenMove();
        // Friday 18 December + 1 week is Friday 25 December: a week is 7 calendar days, not moved off a bank holiday.
        var first = Item(Snapshot(period), WorkKind.LookedAfterVisit, "2026-12-21");
        Assert.Equal(D("2026-12-25"), first.DueOn);
        Assert.Equal($"/people/{Child}/care/visits", first.Link);
        Assert.Equal("Looked-after child visit due", first.What);

        // Seen on Wednesday 23 December: the next is due 6 weeks later, Wednesday 3 February.
        var seen = Snapshot(period, visits: new SeenVisit(D("2026-12-23"), VisitPurpose.LookedAfter));
        Assert.Equal(D("2027-02-03"), Item(seen, WorkKind.LookedAfterVisit, "2027-01-05").DueOn);

        // A visit recorded for another plan's purpose does not stop this clock.
        var otherPurpose = Snapshot(period, visits: new SeenVisit(D("2026-12-23"), VisitPurpose.ChildProtection));
        Assert.Equal(D("2026-12-25"), Item(otherPurpose, WorkKind.LookedAfterVisit, "2026-12-24").DueOn);
    }

    [Fact]
    public void A_change_of_placement_restarts_the_visit_schedule()
    {
        // Seen on 23 December in the emergency placement; the move on Monday 11 January makes a visit due a week later,
        // Monday 18 January, long before the 3 February the old placement's schedule would have given.
        var moved = Snapshot(EmergencyThenMove(movedOn: D("2027-01-11")), visits: new SeenVisit(D("2026-12-23"), VisitPurpose.LookedAfter));
        var visit = Item(moved, WorkKind.LookedAfterVisit, "2027-01-19");
        Assert.Equal(D("2027-01-18"), visit.DueOn);
        Assert.Equal(TimescaleState.Overdue, visit.State);

        // Seen in the new placement on Friday 15 January: next due 6 weeks later, Friday 26 February.
        var seenAgain = Snapshot(EmergencyThenMove(movedOn: D("2027-01-11")), visits: new SeenVisit(D("2027-01-15"), VisitPurpose.LookedAfter));
        Assert.Equal(D("2027-02-26"), Item(seenAgain, WorkKind.LookedAfterVisit, "2027-01-19").DueOn);
    }

    [Fact]
    public void A_stricter_local_visit_standard_is_used_where_it_is_sooner()
    {
        var local = LocalTimescales.Default with { LookedAfterVisit = TimescaleRule.Weeks(4) };
        var seen = Snapshot(EmergencyThenMove(), visits: new SeenVisit(D("2026-12-23"), VisitPurpose.LookedAfter));
        // Four weeks after Wednesday 23 December: Wednesday 20 January, not the statutory 3 February.
        Assert.Equal(D("2027-01-20"), Item(seen, WorkKind.LookedAfterVisit, "2027-01-05", local).DueOn);
    }

    [Fact]
    public void The_care_plan_is_due_on_the_date_set_at_entry_until_it_is_agreed()
    {
        var due = Item(Snapshot(EmergencyThenMove()), WorkKind.CarePlan, "2027-01-04");
        Assert.Equal(D("2027-01-06"), due.DueOn);
        // Monday 4 January: Tuesday 5 and Wednesday 6 are the two working days left.
        Assert.Equal(TimescaleState.DueSoon, due.State);
        Assert.Equal($"/people/{Child}/care/plans/care-plan", due.Link);
        Assert.Equal("Care plan due", due.What);

        var agreed = Snapshot(EmergencyThenMove(), carePlanAgreed: D("2027-01-05"));
        Assert.DoesNotContain(DueWork.For(agreed, LocalTimescales.Default, D("2027-01-07"), Calendar), i => i.Kind == WorkKind.CarePlan);
    }

    [Fact]
    public void A_child_who_has_left_care_has_no_looked_after_work()
    {
        var left = EmergencyThenMove() with { End = D("2027-01-08"), ReasonCeased = "E13" };
        var items = DueWork.For(Snapshot(left), LocalTimescales.Default, D("2027-01-20"), Calendar);
        Assert.DoesNotContain(items, i => i.Kind is WorkKind.LookedAfterReview or WorkKind.LookedAfterVisit or WorkKind.CarePlan);
    }
}
