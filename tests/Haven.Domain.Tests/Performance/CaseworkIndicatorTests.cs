using Haven.Domain.Calendar;
using Haven.Domain.CaseRecording;
using Haven.Domain.ChildProtection;
using Haven.Domain.Performance;
using static Haven.Domain.Tests.Performance.SmallAuthority;

namespace Haven.Domain.Tests.Performance;

/// <summary>
/// The front door, child in need and child protection indicators on worked examples for 2025-26 (1 April 2025 to
/// 31 March 2026), each with its own small record so the answer can be checked by hand. Bank holidays that matter:
/// 26 May 2025, 25 and 26 December 2025, 1 January 2026.
/// </summary>
public sealed class CaseworkIndicatorTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;
    private static readonly ReportingPeriod Year = ReportingPeriod.Year(2026);

    private static ReportingPeriod Quarter(int q) => ReportingPeriod.InQuarter(2026, q);

    private static DateTime At(string iso) => DateTime.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    private static IndicatorFigure Figure(Indicator indicator, ScorecardRecord record, ReportingPeriod? period = null) => indicator.Compute(record, period ?? Year, Calendar);

    private static (int Numerator, int? Denominator) Counts(IndicatorFigure figure) => (figure.Numerator, figure.Denominator);

    [Fact]
    public void K03_a_contact_in_on_the_friday_before_a_bank_holiday_is_in_time_decided_on_the_tuesday_and_late_on_the_wednesday()
    {
        var record = new ScorecardRecord
        {
            ContactDecisions =
            [
                // Friday 23 May 2025; Monday 26 May is a bank holiday, so the next working day is Tuesday 27 May.
                new(Amy, D("2025-05-23"), At("2025-05-27T17:30"), false, null),
                new(Ben, D("2025-05-23"), At("2025-05-28T09:00"), false, null),
                // In on the last day of 2024-25, decided on the first of 2025-26: counted in the year it was decided.
                new(Cara, D("2025-03-31"), At("2025-04-01T10:00"), false, null),
                // Decided on the first day of 2026-27: not this year's.
                new(Dan, D("2026-03-31"), At("2026-04-01T10:00"), false, null),
            ],
        };
        var figure = Figure(Indicators.DecisionsInTime, record);
        Assert.Equal((2, 3), Counts(figure));
        Assert.Equal(66.7m, figure.Value);
        Assert.Equal(new[] { Amy, Cara }.Order(), figure.Children.Numerator.Select(c => c.PersonId).Order());
        Assert.Equal((0, 0), Counts(Figure(Indicators.DecisionsInTime, record, Quarter(4))));
    }

    [Fact]
    public void K06_referrals_with_no_further_action_are_the_census_flag_on_referrals_in_the_period()
    {
        var record = new ScorecardRecord
        {
            Referrals =
            [
                new(Guid.NewGuid(), Amy, D("2025-04-01"), D("2025-04-02"), NoFurtherAction: true),
                new(Guid.NewGuid(), Ben, D("2026-03-31"), null),
                new(Guid.NewGuid(), Cara, D("2025-03-31"), D("2025-04-01"), NoFurtherAction: true),
            ],
        };
        var figure = Figure(Indicators.ReferralsWithNoFurtherAction, record);
        Assert.Equal((1, 2, 50.0m), (figure.Numerator, figure.Denominator!.Value, figure.Value!.Value));
        Assert.Equal(Amy, Assert.Single(figure.Children.Numerator).PersonId);
    }

    [Fact]
    public void K06b_feedback_after_a_christmas_eve_decision_is_due_two_working_days_later_to_the_hour()
    {
        // Decided Wednesday 24 December 2025 at 3pm: Christmas, Boxing Day and the weekend are not working days, so
        // two working days on is Tuesday 30 December at 3pm.
        var decided = At("2025-12-24T15:00");
        var record = new ScorecardRecord
        {
            ContactDecisions =
            [
                new(Amy, D("2025-12-23"), decided, true, At("2025-12-30T14:59")),
                new(Ben, D("2025-12-23"), decided, true, At("2025-12-30T15:01")),
                new(Cara, D("2025-12-23"), decided, true, null),
                // An anonymous referrer cannot be told: not counted either way.
                new(Dan, D("2025-12-23"), decided, false, null),
            ],
        };
        var figure = Figure(Indicators.FeedbackInTime, record);
        Assert.Equal((1, 3), Counts(figure));
        Assert.Equal(Amy, Assert.Single(figure.Children.Numerator).PersonId);

        // Decided 30 December at 10am, due Friday 2 January at 10am (New Year's Day between): read on 31 December it
        // is not late yet, read later it is.
        var notYetDue = new ContactDecisionFact(Eve, D("2025-12-29"), At("2025-12-30T10:00"), true, null);
        Assert.Equal((1, 3), Counts(Figure(Indicators.FeedbackInTime, new ScorecardRecord { ContactDecisions = [.. record.ContactDecisions, notYetDue], ReadOn = D("2025-12-31") })));
        Assert.Equal((1, 4), Counts(Figure(Indicators.FeedbackInTime, new ScorecardRecord { ContactDecisions = [.. record.ContactDecisions, notYetDue], ReadOn = D("2026-01-05") })));
    }

    [Fact]
    public void K14_enquiries_completed_in_the_period_that_needed_a_conference()
    {
        var record = new ScorecardRecord
        {
            Enquiries =
            [
                new(Guid.NewGuid(), Amy, D("2025-03-20"), D("2025-04-01"), Section47Outcome.ConferenceRequired),
                new(Guid.NewGuid(), Ben, D("2026-03-10"), D("2026-03-31"), Section47Outcome.NoFurtherAction),
                new(Guid.NewGuid(), Cara, D("2026-03-20"), D("2026-04-01"), Section47Outcome.ConferenceRequired),
                new(Guid.NewGuid(), Dan, D("2026-03-20")),
            ],
        };
        var figure = Figure(Indicators.EnquiriesLeadingToConference, record);
        Assert.Equal((1, 2, 50.0m), (figure.Numerator, figure.Denominator!.Value, figure.Value!.Value));
        Assert.Equal(Amy, Assert.Single(figure.Children.Numerator).PersonId);
    }

    [Fact]
    public void K18_children_on_plans_by_their_age_on_the_last_day()
    {
        ProtectionPlanFact Plan(Guid child, DateOnly? born) => new(Guid.NewGuid(), child, D("2026-01-05"), null, "NEG", 0, born);
        var record = new ScorecardRecord
        {
            ProtectionPlans =
            [
                // Amy turns 1 on the last day of the year; Ben is a day younger; Cara is unborn; Dan turns 16 on it.
                Plan(Amy, D("2025-03-31")), Plan(Ben, D("2025-04-01")), Plan(Cara, null), Plan(Dan, D("2010-03-31")),
                // Born after the year ended: still unborn on its last day.
                Plan(Eve, D("2026-04-02")),
            ],
        };
        IndicatorFigure Age(string key) => Figure(Indicators.PlansByAge.Single(i => i.Id == $"K18A{key}"), record);
        Assert.Equal((1, 5), Counts(Age("0")));
        Assert.Equal(Ben, Assert.Single(Age("0").Children.Numerator).PersonId);
        Assert.Equal(Amy, Assert.Single(Age("1").Children.Numerator).PersonId);
        Assert.Equal(new[] { Cara, Eve }.Order(), Age("UNB").Children.Numerator.Select(c => c.PersonId).Order());
        Assert.Equal(Dan, Assert.Single(Age("16").Children.Numerator).PersonId);
        Assert.Equal(0, Age("10").Numerator);
        Assert.Equal(5, Indicators.PlansByAge.Sum(i => Figure(i, record).Numerator));
    }

    [Fact]
    public void K21_a_plan_is_reviewed_in_time_when_every_review_due_by_the_period_end_was_held_by_its_due_date()
    {
        Guid late = Guid.NewGuid(), onTime = Guid.NewGuid(), tooNew = Guid.NewGuid(), endedEarly = Guid.NewGuid(), missed = Guid.NewGuid();
        var record = new ScorecardRecord
        {
            ProtectionPlans =
            [
                new(late, Amy, D("2025-01-15"), null, "NEG", 0),
                new(onTime, Ben, D("2025-06-01"), null, "NEG", 0),
                new(tooNew, Cara, D("2026-01-02"), null, "NEG", 0),
                new(endedEarly, Dan, D("2025-07-01"), D("2025-09-30"), "NEG", 0),
                new(missed, Eve, D("2025-12-01"), null, "NEG", 0),
            ],
            ReviewConferences =
            [
                // Amy: first review on its due day (3 months on), the second a day after its 6 months.
                new(late, Amy, D("2025-04-15")), new(late, Amy, D("2025-10-16")),
                // Ben: on the day, then early.
                new(onTime, Ben, D("2025-09-01")), new(onTime, Ben, D("2026-02-27")),
            ],
        };
        // Cara's first review is due 2 April 2026 and Dan's plan ended before its first: neither had 3 months on a plan.
        // Eve's first review, due 1 March 2026, was never held.
        var year = Figure(Indicators.PlansReviewedInTime, record);
        Assert.Equal((1, 3), Counts(year));
        Assert.Equal(Ben, Assert.Single(year.Children.Numerator).PersonId);
        Assert.Equal(new[] { Amy, Ben, Eve }.Order(), year.Children.Denominator!.Select(c => c.PersonId).Order());

        // At the end of June only Amy had been on a plan for 3 months, and her one review so far was on its due day.
        var q1 = Figure(Indicators.PlansReviewedInTime, record, Quarter(1));
        Assert.Equal((1, 1), Counts(q1));
    }

    private static readonly Guid VisitedPlan = Guid.NewGuid();

    /// <summary>
    /// A plan from Monday 15 December 2025 visited every 10 working days: due Wednesday 31 December (over Christmas),
    /// seen that day; then due Thursday 15 January (over New Year's Day), seen a day late on the 16th; then due Friday
    /// 30 January, with no visit the clock counts since.
    /// </summary>
    private static ScorecardRecord VisitedChild(DateOnly? readOn = null) => new()
    {
        ProtectionPlans = [new(VisitedPlan, Amy, D("2025-12-15"), null, "NEG", 0)],
        Visits =
        [
            new(Amy, D("2025-12-31"), CaseNoteType.HomeVisit, VisitPurpose.ChildProtection, true, true, false),
            new(Amy, D("2026-01-16"), CaseNoteType.HomeVisit, VisitPurpose.ChildProtection, true, false, false),
            // A visit for the child in need plan, and one that did not go ahead, do not stop the protection visit clock.
            new(Amy, D("2026-01-28"), CaseNoteType.HomeVisit, VisitPurpose.ChildInNeed, true, true, false),
            new(Amy, D("2026-01-29"), CaseNoteType.HomeVisit, VisitPurpose.ChildProtection, false, false, true),
            // A phone call is not a visit.
            new(Amy, D("2026-02-02"), CaseNoteType.PhoneCall, null, null, null, false),
        ],
        ReadOn = readOn,
    };

    [Fact]
    public void K22_visits_are_due_by_the_plans_working_days_over_christmas_and_a_due_date_missed_counts_once()
    {
        var year = Figure(Indicators.ProtectionVisitsInTime, VisitedChild());
        Assert.Equal((1, 3), Counts(year));
        Assert.Equal(D("2025-12-31"), Assert.Single(year.Children.Numerator).Date);
        Assert.Equal([D("2025-12-31"), D("2026-01-15"), D("2026-01-30")], year.Children.Denominator!.Select(c => c.Date));
        Assert.Equal((1, 1), Counts(Figure(Indicators.ProtectionVisitsInTime, VisitedChild(), Quarter(3))));
        Assert.Equal((0, 2), Counts(Figure(Indicators.ProtectionVisitsInTime, VisitedChild(), Quarter(4))));

        // Read on 20 January, the visit due on the 30th is not late yet.
        Assert.Equal((1, 2), Counts(Figure(Indicators.ProtectionVisitsInTime, VisitedChild(D("2026-01-20")))));
    }

    [Fact]
    public void K23_visits_at_which_the_child_was_seen_and_seen_alone()
    {
        var seen = Figure(Indicators.ChildrenSeenOnVisits, VisitedChild());
        Assert.Equal((3, 4, 75.0m), (seen.Numerator, seen.Denominator!.Value, seen.Value!.Value));
        var alone = Figure(Indicators.ChildrenSeenAloneOnVisits, VisitedChild());
        Assert.Equal((2, 4), Counts(alone));
        Assert.Equal([D("2025-12-31"), D("2026-01-28")], alone.Children.Numerator.Select(c => c.Date));
    }

    [Fact]
    public void K16_the_first_core_group_is_due_10_working_days_after_the_conference_then_monthly()
    {
        var plan = Guid.NewGuid();
        var record = new ScorecardRecord
        {
            ProtectionPlans = [new(plan, Amy, D("2025-12-15"), null, "NEG", 0)],
            // Due 31 December (over Christmas), held 2 January: late. Then due 2 February, held that day; due 2 March,
            // held early on 27 February; due 27 March, not held.
            CoreGroups = [new(plan, D("2026-01-02")), new(plan, D("2026-02-02")), new(plan, D("2026-02-27"))],
        };
        var figure = Figure(Indicators.CoreGroupsInTime, record);
        Assert.Equal((2, 4), Counts(figure));
        Assert.Equal([D("2026-02-02"), D("2026-03-02")], figure.Children.Numerator.Select(c => c.Date));
    }

    [Fact]
    public void K12_K68_and_K69_children_in_need_at_the_end_unallocated_changing_worker_and_without_recent_oversight()
    {
        var record = new ScorecardRecord
        {
            Referrals =
            [
                new(Guid.NewGuid(), Amy, D("2025-01-10"), null),
                new(Guid.NewGuid(), Ben, D("2025-01-10"), null),
                new(Guid.NewGuid(), Cara, D("2026-03-15"), null),
                // Dan's episode closed on the last day: he is not a child in need at the end.
                new(Guid.NewGuid(), Dan, D("2025-06-01"), D("2026-03-31")),
            ],
            Allocations =
            [
                // Amy: a new worker in June and another in December, the last allocated to the end of the year (inclusive).
                new(Amy, "w1", D("2024-01-01"), D("2025-06-01")), new(Amy, "w2", D("2025-06-01"), D("2025-12-01")), new(Amy, "w3", D("2025-12-01"), D("2026-03-31")),
                // Ben: one change in the year; his worker left the day before it ended.
                new(Ben, "w1", D("2025-01-01"), D("2025-05-01")), new(Ben, "w2", D("2025-05-01"), D("2026-03-30")),
            ],
            Oversight =
            [
                // Amy's oversight is due 1 April; Ben's was due 28 March. Cara has had none, but her episode began 15 March.
                new(Amy, D("2026-03-01")), new(Ben, D("2026-02-28")),
            ],
        };

        var unallocated = Figure(Indicators.UnallocatedCases, record);
        Assert.Equal(new[] { Ben, Cara }.Order(), unallocated.Children.Numerator.Select(c => c.PersonId).Order());

        var changes = Figure(Indicators.ChangesOfSocialWorker, record);
        Assert.Equal((1, 3), Counts(changes));
        Assert.Equal(Amy, Assert.Single(changes.Children.Numerator).PersonId);

        var oversight = Figure(Indicators.ManagementOversightInTime, record);
        Assert.Equal((2, 3), Counts(oversight));
        Assert.Equal(new[] { Amy, Cara }.Order(), oversight.Children.Numerator.Select(c => c.PersonId).Order());
    }

    [Fact]
    public void K25_assessed_children_in_need_with_a_plan_and_plan_reviews_in_time()
    {
        Guid amyReferral = Guid.NewGuid(), benReferral = Guid.NewGuid(), caraReferral = Guid.NewGuid(), danReferral = Guid.NewGuid();
        var record = new ScorecardRecord
        {
            Referrals = [new(amyReferral, Amy, D("2026-01-05"), null), new(benReferral, Ben, D("2026-01-05"), null), new(caraReferral, Cara, D("2026-01-05"), null), new(danReferral, Dan, D("2024-10-01"), D("2025-06-30"))],
            Assessments =
            [
                new(Guid.NewGuid(), Amy, amyReferral, D("2026-01-06"), D("2026-02-01")),
                // Ben's assessment was authorised after the year ended, so he is not yet an assessed child in need.
                new(Guid.NewGuid(), Ben, benReferral, D("2026-01-06"), D("2026-04-01")),
                new(Guid.NewGuid(), Cara, caraReferral, D("2026-01-06"), D("2026-03-20")),
            ],
            ChildInNeedPlans =
            [
                // Amy's plan is reviewed every 4 weeks: due 2 March, held then; due 30 March, not held.
                new(Guid.NewGuid(), Amy, D("2026-02-02"), null, 4, [D("2026-03-02")]),
                // Dan's 12-weekly plan was due its review on 4 April 2025, held late on the 7th, and ended on 30 June, the day the next was due.
                new(Guid.NewGuid(), Dan, D("2025-01-10"), D("2025-06-30"), 12, [D("2025-04-07")]),
            ],
        };

        var inPlace = Figure(Indicators.ChildInNeedPlansInPlace, record);
        Assert.Equal((1, 2), Counts(inPlace));
        Assert.Equal(Amy, Assert.Single(inPlace.Children.Numerator).PersonId);

        var reviews = Figure(Indicators.ChildInNeedReviewsInTime, record);
        Assert.Equal((1, 3), Counts(reviews));
        Assert.Equal([D("2025-04-04"), D("2026-03-02"), D("2026-03-30")], reviews.Children.Denominator!.Select(c => c.Date).Order());
    }

    [Fact]
    public void K59_private_fostering_notified_visited_within_7_working_days_over_christmas_and_assessed()
    {
        var record = new ScorecardRecord
        {
            PrivateFostering =
            [
                // Notified Friday 19 December 2025: the first visit is due 7 working days on, Friday 2 January 2026, and
                // was made then; the next within 6 weeks (13 February), made on the 16th.
                new(Amy, D("2025-12-19"), D("2025-12-01"), D("2026-01-10"), null, [D("2026-01-02"), D("2026-02-16")]),
                new(Ben, D("2026-03-01"), D("2026-02-20"), null, null, []),
                new(Cara, D("2025-03-31"), D("2025-03-01"), D("2025-04-10"), null, []),
            ],
        };
        Assert.Equal(2, Figure(Indicators.PrivateFosteringNotifications, record).Value);
        var visits = Figure(Indicators.PrivateFosteringVisitsInTime, record);
        Assert.Equal((1, 2), Counts(visits));
        Assert.Equal(D("2026-01-02"), Assert.Single(visits.Children.Numerator).Date);
        var assessed = Figure(Indicators.PrivateFosteringAssessed, record);
        Assert.Equal((1, 2), Counts(assessed));
    }

    [Fact]
    public void K10_early_help_assessments_completed_in_the_period()
    {
        var record = new ScorecardRecord
        {
            EarlyHelpAssessments = [new(Amy, D("2025-03-31")), new(Ben, D("2025-04-01")), new(Cara, D("2026-03-31"))],
        };
        Assert.Equal(2, Figure(Indicators.EarlyHelpAssessments, record).Value);
        Assert.Equal(1, Figure(Indicators.EarlyHelpAssessments, record, Quarter(1)).Value);
    }

    [Fact]
    public void Dates_before_the_bank_holiday_calendar_cannot_be_timed_and_are_left_out_rather_than_failing()
    {
        var plan = Guid.NewGuid();
        var record = new ScorecardRecord
        {
            ProtectionPlans = [new(plan, Amy, D("2009-06-01"), null, "NEG", 0)],
            CoreGroups = [new(plan, D("2009-06-10"))],
        };
        Assert.Equal(0, Figure(Indicators.CoreGroupsInTime, record, ReportingPeriod.Year(2010)).Denominator);
        Assert.Equal(0, Figure(Indicators.ProtectionVisitsInTime, record, ReportingPeriod.Year(2010)).Denominator);
    }
}
