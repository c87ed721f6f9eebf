using Haven.Domain.Calendar;
using Haven.Domain.Casework;
using Haven.Domain.FrontDoor;
using Haven.Domain.LookedAfter;

namespace Haven.Domain.Tests.Casework;

/// <summary>
/// The work tray's clocks for a child in care: health assessments, PEPs and return home interviews, over Christmas
/// 2026 (Friday 25 and Monday 28 December and Friday 1 January 2027 are bank holidays). Ava comes into care on Friday
/// 18 December 2026 from an open episode.
/// </summary>
public sealed class HealthEducationAndMissingWorkTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;
    private static readonly Guid Child = Guid.NewGuid();

    private static DateOnly D(string date) => DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);

    private static DateTime Utc(string instant) => DateTime.SpecifyKind(DateTime.Parse(instant, System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc);

    private static readonly Referral Episode = new() { Id = Guid.NewGuid(), PersonId = Child, ReferralDate = D("2026-11-02"), SourceCode = "2A", PrimaryNeedCode = "N1" };

    private static CarePeriod Period(string start = "2026-12-18") => new()
    {
        Id = Guid.NewGuid(), PersonId = Child, ReferralId = Episode.Id, StartDate = D(start), EntryRoute = CareEntryRoute.PoliceProtection,
        DecisionBy = "Head of service", DecisionOn = D(start), DecisionRationale = "Unsafe at home", CategoryOfNeed = "N1",
        CarePlanDueOn = D(start), RecordedByUserId = "u", RecordedByName = "Worker",
    };

    private static HealthCheck Health(CarePeriod period, HealthCheckKind kind, string on) => new()
    {
        Id = Guid.NewGuid(), PersonId = Child, CarePeriodId = period.Id, Kind = kind, DoneOn = D(on), RecordedByUserId = "u", RecordedByName = "Worker",
    };

    private static EducationPlan Pep(CarePeriod period, string on) => new()
    {
        Id = Guid.NewGuid(), PersonId = Child, CarePeriodId = period.Id, HeldOn = D(on), SchoolName = "Havenshire Primary", VirtualSchoolContact = "Mo Ali",
        RecordedByUserId = "u", RecordedByName = "Worker",
    };

    private static MissingEpisode Missing(CarePeriod period, string from, string? back = null, string? heldAt = null) => new()
    {
        Id = Guid.NewGuid(), PersonId = Child, CarePeriodId = period.Id, MissingOrAway = "M", StartedAtUtc = Utc(from),
        ReturnedAtUtc = back is null ? null : Utc(back), InterviewHeldAtUtc = heldAt is null ? null : Utc(heldAt), RecordedByUserId = "u", RecordedByName = "Worker",
    };

    private static IReadOnlyList<WorkItem> Work(string today, string bornOn, CarePeriod period, HealthCheck[]? checks = null, EducationPlan[]? peps = null,
        MissingEpisode[]? missing = null, Referral? episode = null) =>
        DueWork.For(new ChildCaseSnapshot(Child)
        {
            Referrals = [episode ?? Episode],
            HealthEducationAndMissing = new(D(bornOn), [period], checks ?? [], peps ?? [], missing ?? []),
        }, LocalTimescales.Default, D(today), Calendar);

    [Theory]
    // 20 working days from Friday 18 December skip 25 and 28 December and 1 January: Wednesday 20 January 2027, not the 15th.
    [InlineData("2027-01-15", TimescaleState.NotYetDue)]
    [InlineData("2027-01-18", TimescaleState.DueSoon)]
    [InlineData("2027-01-21", TimescaleState.Overdue)]
    public void The_initial_health_assessment_is_due_20_working_days_after_coming_into_care(string today, TimescaleState state)
    {
        var item = Assert.Single(Work(today, "2019-05-01", Period()), i => i.Kind == WorkKind.InitialHealthAssessment);
        Assert.Equal((D("2027-01-20"), state), (item.DueOn, item.State));
        Assert.Equal("Initial health assessment due", item.What);
        Assert.Equal($"/people/{Child}/care/health", item.Link);
        Assert.Equal(Episode.Id, item.ReferralId);
        Assert.DoesNotContain(Work(today, "2019-05-01", Period()), i => i.Kind == WorkKind.ReviewHealthAssessment);
    }

    [Fact]
    public void A_review_health_assessment_is_due_6_months_after_the_last_under_5_and_12_months_from_5_and_bank_holidays_do_not_move_it()
    {
        var period = Period("2026-06-01");
        var initial = Health(period, HealthCheckKind.InitialHealthAssessment, "2026-06-25");
        // Under 5: six months after 25 June 2026 is Christmas Day, a bank holiday; a month clock stays on it.
        var underFive = Assert.Single(Work("2026-12-24", "2023-01-01", period, [initial]), i => i.Kind == WorkKind.ReviewHealthAssessment);
        Assert.Equal((D("2026-12-25"), TimescaleState.DueSoon), (underFive.DueOn, underFive.State));
        Assert.DoesNotContain(Work("2026-12-24", "2023-01-01", period, [initial]), i => i.Kind == WorkKind.InitialHealthAssessment);
        // Five or over at the last assessment: a year after it.
        var overFive = Assert.Single(Work("2026-12-24", "2020-01-01", period, [initial]), i => i.Kind == WorkKind.ReviewHealthAssessment);
        Assert.Equal((D("2027-06-25"), TimescaleState.NotYetDue), (overFive.DueOn, overFive.State));
        // A dental check is not a health assessment and does not stop the clock.
        var dental = Health(period, HealthCheckKind.DentalCheck, "2026-12-01");
        Assert.Equal(D("2026-12-25"), Assert.Single(Work("2026-12-24", "2023-01-01", period, [initial, dental]), i => i.Kind == WorkKind.ReviewHealthAssessment).DueOn);
    }

    [Fact]
    public void The_first_pep_is_due_10_working_days_after_coming_into_care_then_one_each_school_term()
    {
        var period = Period();
        // 21–24 December, 29–31 December, 4–6 January: Wednesday 6 January 2027 (without the bank holidays it would be 1 January).
        var first = Assert.Single(Work("2027-01-04", "2016-03-14", period), i => i.Kind == WorkKind.PersonalEducationPlan);
        Assert.Equal((D("2027-01-06"), TimescaleState.DueSoon), (first.DueOn, first.State));
        Assert.Equal($"/people/{Child}/care/education", first.Link);
        Assert.Equal("PEP due", first.What);
        // Held late on 8 January (spring term): the next is due by the end of the summer term.
        var next = Assert.Single(Work("2027-01-08", "2016-03-14", period, peps: [Pep(period, "2027-01-08")]), i => i.Kind == WorkKind.PersonalEducationPlan);
        Assert.Equal((D("2027-08-31"), TimescaleState.NotYetDue), (next.DueOn, next.State));
        // An autumn-term PEP: the next by the end of the spring term.
        Assert.Equal(D("2027-03-31"), CareHealthTimescales.NextEducationPlanDue(period.ToPeriodOfCare(), D("2016-03-14"), [D("2026-12-22")], Calendar));
    }

    [Fact]
    public void A_child_who_came_into_care_younger_has_a_first_pep_due_10_working_days_after_turning_3()
    {
        Assert.DoesNotContain(Work("2027-01-04", "2026-01-01", Period()), i => i.Kind == WorkKind.PersonalEducationPlan);
        Assert.DoesNotContain(Work("2027-01-08", "2024-01-10", Period()), i => i.Kind == WorkKind.PersonalEducationPlan);
        // Three on Sunday 10 January 2027: ten working days from then is Friday 22 January.
        var first = Assert.Single(Work("2027-01-11", "2024-01-10", Period()), i => i.Kind == WorkKind.PersonalEducationPlan);
        Assert.Equal((D("2027-01-22"), TimescaleState.NotYetDue), (first.DueOn, first.State));
    }

    [Theory]
    // Back at 6pm on Christmas Eve (UTC and UK time in winter): 72 hours run through Christmas Day and Boxing Day, to 6pm on Sunday 27 December.
    [InlineData("2026-12-26", TimescaleState.DueSoon)]
    [InlineData("2026-12-27", TimescaleState.DueSoon)]
    [InlineData("2026-12-28", TimescaleState.Overdue)]
    public void The_return_home_interview_is_due_72_hours_after_the_child_comes_back_bank_holidays_or_not(string today, TimescaleState state)
    {
        var period = Period();
        var missing = Missing(period, "2026-12-23T21:00:00", "2026-12-24T18:00:00");
        var item = Assert.Single(Work(today, "2012-02-02", period, missing: [missing]), i => i.Kind == WorkKind.ReturnInterview);
        Assert.Equal((D("2026-12-27"), state), (item.DueOn, item.State));
        Assert.Equal($"/people/{Child}/care/missing/{missing.Id}/interview", item.Link);
        Assert.Equal("Return home interview due", item.What);
    }

    [Fact]
    public void A_child_still_missing_or_interviewed_has_no_interview_due_and_a_late_interview_is_shown_late()
    {
        var period = Period();
        var stillMissing = Missing(period, "2026-12-23T21:00:00");
        var interviewed = Missing(period, "2026-12-20T21:00:00", "2026-12-21T09:00:00", heldAt: "2026-12-24T10:00:00");
        Assert.DoesNotContain(Work("2026-12-28", "2012-02-02", period, missing: [stillMissing, interviewed]), i => i.Kind == WorkKind.ReturnInterview);
        // Held 73 hours after the return: late, though on the day after the 72 hours ran out.
        var late = CareHealthTimescales.ReturnInterview(interviewed, D("2026-12-28"), Calendar)!;
        Assert.Equal((D("2026-12-24"), TimescaleState.CompletedLate), (late.DueDate, late.State));
        var inTime = Missing(period, "2026-12-20T21:00:00", "2026-12-21T09:00:00", heldAt: "2026-12-24T09:00:00");
        Assert.Equal(TimescaleState.CompletedInTime, CareHealthTimescales.ReturnInterview(inTime, D("2026-12-28"), Calendar)!.State);
    }

    [Fact]
    public void A_closed_episode_or_ended_period_of_care_has_no_care_work()
    {
        var closed = new Referral { Id = Episode.Id, PersonId = Child, ReferralDate = D("2026-11-02"), SourceCode = "2A", PrimaryNeedCode = "N1", ClosedOn = D("2027-01-02"), ReasonForClosure = "RC1" };
        Assert.Empty(Work("2027-01-04", "2016-03-14", Period(), episode: closed));
        var ended = Period();
        ended.EndDate = D("2026-12-30");
        // The episode stays open (the child is still a child in need), so only its own clocks remain.
        Assert.DoesNotContain(Work("2027-01-04", "2016-03-14", ended), i => i.Kind is WorkKind.InitialHealthAssessment or WorkKind.ReviewHealthAssessment
            or WorkKind.PersonalEducationPlan or WorkKind.ReturnInterview);
    }
}
