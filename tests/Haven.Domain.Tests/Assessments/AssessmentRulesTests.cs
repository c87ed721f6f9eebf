using Haven.Domain.Assessments;
using Haven.Domain.Calendar;
using Haven.Domain.Casework;

namespace Haven.Domain.Tests.Assessments;

/// <summary>The assessment clock worked by hand against the England and Wales bank holidays, and the authorisation checks.</summary>
public sealed class AssessmentRulesTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;
    private static readonly LocalTimescales Local = LocalTimescales.Default;

    private static Assessment Single(string start, int days = 45) => new() { Type = AssessmentType.Single, StartDate = DateOnly.Parse(start), TimescaleWorkingDays = days };

    private static DateOnly D(string iso) => DateOnly.Parse(iso);

    [Fact]
    public void A_single_assessment_from_a_referral_before_Christmas_skips_Christmas_Boxing_Day_and_New_Year()
    {
        // Referral Friday 18 December 2026. Working days 1-4 are 21-24 December; Friday 25 December and Monday
        // 28 December (Boxing Day's substitute) are bank holidays, so 29-31 December are days 5-7; Friday 1 January
        // is New Year's Day, so Monday 4 January 2027 is day 8. Seven full weeks later, Friday 19 February is day 42,
        // and Wednesday 24 February is day 45: three days later than a count that ignored the holidays.
        var due = AssessmentRules.DueOn(Single("2026-12-21"), D("2026-12-18"), Calendar, Local);
        Assert.Equal(D("2027-02-24"), due);
    }

    [Fact]
    public void A_single_assessment_across_Easter_2026_skips_Good_Friday_Easter_Monday_and_both_May_holidays()
    {
        // Referral Monday 23 March 2026: 24 March - 2 April are days 1-8; Good Friday 3 April and Easter Monday
        // 6 April are skipped, so Tuesday 7 April is day 9. Friday 1 May is day 27; Monday 4 May (early May bank
        // holiday) is skipped, Friday 22 May is day 41; Monday 25 May (spring bank holiday) is skipped, and
        // Friday 29 May is day 45.
        var due = AssessmentRules.DueOn(Single("2026-03-24"), D("2026-03-23"), Calendar, Local);
        Assert.Equal(D("2026-05-29"), due);
    }

    [Fact]
    public void A_timescale_set_for_the_child_counts_from_the_referral_not_the_start()
    {
        // 20 working days from Thursday 26 March 2026: Good Friday and Easter Monday fall inside, so Monday 27 April.
        Assert.Equal(D("2026-04-27"), AssessmentRules.DueOn(Single("2026-04-01", days: 20), D("2026-03-26"), Calendar, Local));
    }

    [Fact]
    public void A_single_assessment_timescale_over_45_working_days_is_held_to_45()
    {
        Assert.Equal(
            AssessmentRules.DueOn(Single("2026-03-24", days: 45), D("2026-03-23"), Calendar, Local),
            AssessmentRules.DueOn(Single("2026-03-24", days: 60), D("2026-03-23"), Calendar, Local));
    }

    [Fact]
    public void A_legacy_initial_assessment_is_due_10_working_days_after_the_referral()
    {
        // Referral Tuesday 31 March 2026: 1 and 2 April are days 1 and 2, then Easter; 7-10 April are days 3-6 and
        // 13-16 April days 7-10.
        var initial = new Assessment { Type = AssessmentType.Initial, StartDate = D("2026-04-01"), TimescaleWorkingDays = 10 };
        Assert.Equal(D("2026-04-16"), AssessmentRules.DueOn(initial, D("2026-03-31"), Calendar, Local));
        // Before 2011 the target was 7 working days; an authority importing that history sets it locally.
        Assert.Equal(D("2026-04-13"), AssessmentRules.DueOn(initial, D("2026-03-31"), Calendar, Local with { InitialAssessmentWorkingDays = 7 }));
    }

    [Fact]
    public void A_legacy_core_assessment_is_due_35_working_days_after_its_own_start_whatever_the_referral_date()
    {
        // Start Monday 30 March 2026: 31 March - 2 April days 1-3, Easter, 7 April - 1 May days 4-22, 4 May skipped,
        // 5-8 May days 23-26, 11-15 May days 27-31, and Thursday 21 May day 35.
        var core = new Assessment { Type = AssessmentType.Core, StartDate = D("2026-03-30"), TimescaleWorkingDays = 35 };
        Assert.Equal(D("2026-05-21"), AssessmentRules.DueOn(core, D("2026-03-02"), Calendar, Local));
        Assert.Equal(D("2026-05-21"), AssessmentRules.DueOn(core, D("2026-03-27"), Calendar, Local));
    }

    [Fact]
    public void Authorisation_is_what_stops_the_clock()
    {
        var referral = D("2026-12-18");
        var onTime = Single("2026-12-21");
        onTime.AuthorisedOn = D("2027-02-24");
        Assert.Equal(TimescaleState.CompletedInTime, AssessmentRules.Status(onTime, referral, D("2027-03-10"), Calendar, Local).State);

        var late = Single("2026-12-21");
        late.AuthorisedOn = D("2027-02-26");
        var lateStatus = AssessmentRules.Status(late, referral, D("2027-03-10"), Calendar, Local);
        Assert.Equal((TimescaleState.CompletedLate, 2), (lateStatus.State, lateStatus.DaysOverdue));

        // Submitted but not authorised is still open on the clock.
        var waiting = Single("2026-12-21");
        waiting.SubmittedOn = D("2027-02-20");
        var overdue = AssessmentRules.Status(waiting, referral, D("2027-02-25"), Calendar, Local);
        Assert.Equal((TimescaleState.Overdue, 1), (overdue.State, overdue.DaysOverdue));
        Assert.Equal(TimescaleState.DueSoon, AssessmentRules.Status(waiting, referral, D("2027-02-22"), Calendar, Local).State);
        Assert.Equal(TimescaleState.NotYetDue, AssessmentRules.Status(waiting, referral, D("2027-02-01"), Calendar, Local).State);
    }

    [Theory]
    [InlineData("2026-11-19", 45, "StartDate")]
    [InlineData("2026-11-26", 45, "StartDate")]
    [InlineData("2026-11-23", 0, "TimescaleWorkingDays")]
    [InlineData("2026-11-23", 46, "TimescaleWorkingDays")]
    public void A_start_before_the_referral_in_the_future_or_a_timescale_outside_1_to_45_is_refused(string start, int days, string field)
    {
        var errors = AssessmentRules.ValidateStart(D(start), days, D("2026-11-20"), D("2026-11-25"));
        Assert.Equal([field], errors.Problems.Select(p => p.Field));
    }

    [Fact]
    public void A_start_on_the_referral_day_with_a_shorter_timescale_is_accepted()
    {
        Assert.True(AssessmentRules.ValidateStart(D("2026-11-20"), 15, D("2026-11-20"), D("2026-11-25")).IsValid);
        Assert.Equal("The assessment cannot start before the referral on 20 November 2026",
            AssessmentRules.ValidateStart(D("2026-11-19"), 15, D("2026-11-20"), D("2026-11-25")).MessageFor("StartDate"));
    }

    private static Assessment Complete() => new()
    {
        Type = AssessmentType.Single,
        StartDate = D("2026-11-02"),
        TimescaleWorkingDays = 45,
        ChildSeenOn = D("2026-11-04"),
        SeenAlone = true,
        ChildsWishesAndFeelings = "\"I want my mum to stop shouting.\"",
        ChildVoiceSource = ChildVoiceSource.OwnWords,
        Analysis = "Risks from parental conflict are reducing with support.",
        Outcome = AssessmentOutcome.ChildInNeedPlan,
        Factors = ["3A", "4B"],
    };

    [Fact]
    public void A_complete_assessment_can_be_authorised()
    {
        Assert.True(AssessmentRules.ValidateAuthorisation(Complete(), D("2026-11-25")).IsValid);
    }

    [Fact]
    public void A_child_not_seen_or_not_heard_blocks_authorisation_until_a_manager_records_why()
    {
        var a = Complete();
        a.ChildSeenOn = null;
        a.ChildsWishesAndFeelings = "  ";
        Assert.Equal(["NoVoiceReason", "NotSeenReason"], AssessmentRules.ValidateAuthorisation(a, D("2026-11-25")).Problems.Select(p => p.Field).Order(StringComparer.Ordinal));

        a.NotSeenReason = "Unborn: the assessment is pre-birth.";
        a.NoVoiceReason = "Unborn child.";
        Assert.True(AssessmentRules.ValidateAuthorisation(a, D("2026-11-25")).IsValid);
    }

    [Fact]
    public void No_factors_identified_cannot_be_combined_with_a_factor()
    {
        var a = Complete();
        a.Factors = ["21", "3A"];
        Assert.Equal("'No factors identified' cannot be selected with other factors", AssessmentRules.ValidateAuthorisation(a, D("2026-11-25")).MessageFor("Factors"));
        a.Factors = ["21"];
        Assert.True(AssessmentRules.ValidateAuthorisation(a, D("2026-11-25")).IsValid);
        Assert.False(AssessmentRules.ValidateFactors([]).IsValid);
        Assert.False(AssessmentRules.ValidateFactors(["99Z"]).IsValid);
    }

    [Fact]
    public void Without_analysis_or_outcome_nothing_a_manager_writes_lets_it_through()
    {
        var a = Complete();
        a.Analysis = null;
        a.Outcome = null;
        a.NotSeenReason = "n/a";
        Assert.Equal(["Analysis", "Outcome"], AssessmentRules.ValidateAuthorisation(a, D("2026-11-25")).Problems.Select(p => p.Field).Order(StringComparer.Ordinal));
        Assert.Contains("AuthorisedOn", AssessmentRules.ValidateAuthorisation(Complete(), D("2026-11-01")).Problems.Select(p => p.Field));
    }
}
