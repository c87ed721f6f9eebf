using Haven.Domain.Calendar;
using Haven.Domain.ChildInNeed;

namespace Haven.Domain.Tests.ChildInNeed;

public sealed class ChildInNeedRulesTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;

    private static DateOnly D(string iso) => DateOnly.Parse(iso);

    private static ChildInNeedPlan Plan(string start, int weeks = 12, params string[] reviews) => new()
    {
        StartDate = D(start),
        ReviewIntervalWeeks = weeks,
        Reviews = reviews.Select(r => new ChildInNeedReview { HeldOn = D(r), Progress = "Some" }).ToList(),
    };

    [Fact]
    public void The_first_review_is_due_the_interval_after_the_start_then_after_each_review_held()
    {
        // 12 weeks (84 days) after Monday 2 November 2026 is Monday 25 January 2027.
        Assert.Equal(D("2027-01-25"), ChildInNeedRules.NextReviewDueOn(Plan("2026-11-02"), Calendar));
        // Held early on 20 January 2027: the next is 84 days after that, Wednesday 14 April 2027.
        Assert.Equal(D("2027-04-14"), ChildInNeedRules.NextReviewDueOn(Plan("2026-11-02", 12, "2027-01-20"), Calendar));
    }

    [Fact]
    public void A_review_interval_in_weeks_is_not_moved_off_bank_holidays()
    {
        // 1 week after Friday 18 December 2026 is Christmas Day: a week is a week, as the plan says.
        Assert.Equal(D("2026-12-25"), ChildInNeedRules.NextReviewDueOn(Plan("2026-12-18", 1), Calendar));
        // 6 weeks, a common CIN meeting interval: Friday 29 January 2027.
        Assert.Equal(D("2027-01-29"), ChildInNeedRules.NextReviewDueOn(Plan("2026-12-18", 6), Calendar));
    }

    [Fact]
    public void Reviews_from_before_the_plan_started_do_not_move_its_clock()
    {
        Assert.Equal(D("2027-01-25"), ChildInNeedRules.NextReviewDueOn(Plan("2026-11-02", 12, "2026-10-01"), Calendar));
    }

    [Theory]
    [InlineData("2026-11-19", 12, 20, "StartDate")]
    [InlineData("2026-11-26", 12, 20, "StartDate")]
    [InlineData("2026-11-23", 0, 20, "ReviewIntervalWeeks")]
    [InlineData("2026-11-23", 27, 20, "ReviewIntervalWeeks")]
    [InlineData("2026-11-23", 12, 0, "VisitFrequencyWorkingDays")]
    [InlineData("2026-11-23", 12, 66, "VisitFrequencyWorkingDays")]
    public void A_plan_start_is_checked_against_the_referral_today_and_sensible_intervals(string start, int weeks, int visitDays, string field)
    {
        Assert.Equal([field], ChildInNeedRules.ValidateStart(D(start), weeks, visitDays, D("2026-11-20"), D("2026-11-25")).Problems.Select(p => p.Field));
    }

    // Issue 12, item 1: a child in need plan accepted while a protection plan still ran made census rule 4016 fail,
    // and the case could then never close. The overlap is refused at entry; starting on the day the protection plan
    // ended (a step-down) is fine.
    [Theory]
    [InlineData("2026-11-30", "2026-11-01", "2026-12-01", false)]
    [InlineData("2026-11-30", "2026-11-01", null, false)]
    [InlineData("2026-11-01", "2026-11-01", "2026-12-01", false)]
    [InlineData("2026-12-01", "2026-11-01", "2026-12-01", true)]
    [InlineData("2026-10-30", "2026-11-01", "2026-12-01", true)]
    public void A_plan_cannot_start_while_a_protection_plan_is_running(string start, string cpStart, string? cpEnd, bool accepted)
    {
        var result = ChildInNeedRules.ValidateStart(D(start), 12, 20, D("2026-10-01"), D("2026-12-05"),
            [new ChildInNeedRules.ProtectionPlanDates(D(cpStart), cpEnd is null ? null : D(cpEnd))]);

        Assert.Equal(accepted, result.IsValid);
        if (!accepted)
        {
            Assert.StartsWith("The plan cannot start while the child protection plan from 1 November 2026", result.MessageFor("StartDate"));
        }
    }

    [Fact]
    public void A_plan_from_the_referral_day_with_the_usual_intervals_is_accepted()
    {
        Assert.True(ChildInNeedRules.ValidateStart(D("2026-11-20"), 12, 20, D("2026-11-20"), D("2026-11-25")).IsValid);
    }

    [Fact]
    public void A_review_needs_progress_the_childs_views_a_decision_and_a_date_while_the_plan_ran()
    {
        var plan = Plan("2026-11-02");
        Assert.Equal(["ChildsViews", "Decision", "HeldOn", "Progress"],
            ChildInNeedRules.ValidateReview(plan, D("2026-11-01"), " ", null, null, D("2026-11-25")).Problems.Select(p => p.Field).Order(StringComparer.Ordinal));
        Assert.True(ChildInNeedRules.ValidateReview(plan, D("2026-11-25"), "Attendance up to 96%.", "\"School is better now.\"", ChildInNeedReviewDecision.Continue, D("2026-11-25")).IsValid);
    }
}
