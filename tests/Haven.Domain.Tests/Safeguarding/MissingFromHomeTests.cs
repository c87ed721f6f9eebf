using Haven.Domain.Calendar;
using Haven.Domain.CinCensus;
using Haven.Domain.Casework;
using Haven.Domain.Formatting;
using Haven.Domain.FrontDoor;
using Haven.Domain.LookedAfter;
using Haven.Domain.People;
using Haven.Domain.Safeguarding;
using Haven.Domain.Ssda903;

namespace Haven.Domain.Tests.Safeguarding;

/// <summary>
/// Missing from home, worked through: the 72 hours for the return home interview are clock hours (a weekend does not
/// stop them, and they run across the end of British Summer Time), the repeat-missing pattern (3 in 90 days), the work
/// tray's interview clock for a child not in care, and the one model shared with the care record.
/// </summary>
public sealed class MissingFromHomeTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;
    private static readonly Guid Child = Guid.NewGuid();

    private static DateTime Uk(int year, int month, int day, int hour, int minute = 0) => UkClock.ToUtc(new DateTime(year, month, day, hour, minute, 0));

    private static MissingEpisode FromHome(DateTime startedUtc, DateTime? backUtc = null, DateTime? heldUtc = null, Guid? periodId = null) => new()
    {
        Id = Guid.NewGuid(), PersonId = Child, CarePeriodId = periodId, MissingOrAway = "M", StartedAtUtc = startedUtc, ReturnedAtUtc = backUtc,
        InterviewHeldAtUtc = heldUtc, RecordedByUserId = "u", RecordedByName = "Worker",
    };

    [Theory]
    // Back at 6pm on Friday 4 December 2026: due by 6pm on Monday 7 December, the weekend counted hour by hour.
    [InlineData(7, 17, 59, TimescaleState.CompletedInTime)]
    [InlineData(7, 18, 0, TimescaleState.CompletedInTime)]
    [InlineData(7, 18, 1, TimescaleState.CompletedLate)]
    [InlineData(8, 9, 0, TimescaleState.CompletedLate)]
    public void The_72_hours_after_a_friday_evening_return_run_through_the_weekend_to_monday_evening(int day, int hour, int minute, TimescaleState expected)
    {
        var back = Uk(2026, 12, 4, 18);
        Assert.Equal(Uk(2026, 12, 7, 18), CareTimescales.ReturnInterviewDueBy(back));
        var status = CareHealthTimescales.ReturnInterview(FromHome(Uk(2026, 12, 3, 22), back, Uk(2026, 12, day, hour, minute)), new DateOnly(2026, 12, 9), Calendar)!;
        Assert.Equal(expected, status.State);
        Assert.Equal(new DateOnly(2026, 12, 7), status.DueDate);
    }

    [Fact]
    public void Across_the_end_of_british_summer_time_72_hours_from_8pm_friday_is_7pm_monday()
    {
        // The clocks go back at 2am on Sunday 25 October 2026: 72 real hours from 8pm BST on Friday 23 October end at
        // 7pm GMT on Monday 26 October, an hour earlier on the clock than the child came back.
        var back = Uk(2026, 10, 23, 20);
        Assert.Equal(Uk(2026, 10, 26, 19), CareTimescales.ReturnInterviewDueBy(back));
        Assert.Equal("26 October 2026 at 7pm", DateText.DateAndTime(CareTimescales.ReturnInterviewDueBy(back)));
    }

    [Fact]
    public void Open_on_a_monday_after_a_friday_return_the_interview_is_due_soon_then_overdue_on_tuesday()
    {
        var episode = FromHome(Uk(2026, 12, 3, 22), Uk(2026, 12, 4, 18));
        Assert.Equal(TimescaleState.DueSoon, CareHealthTimescales.ReturnInterview(episode, new DateOnly(2026, 12, 5), Calendar)!.State);
        Assert.Equal(TimescaleState.Overdue, CareHealthTimescales.ReturnInterview(episode, new DateOnly(2026, 12, 8), Calendar)!.State);
    }

    [Fact]
    public void Three_episodes_in_90_days_make_a_repeat_missing_child_but_not_when_the_first_is_91_days_back()
    {
        var today = new DateOnly(2026, 12, 6);
        MissingEpisode[] inWindow = [FromHome(Uk(2026, 9, 8, 21)), FromHome(Uk(2026, 11, 1, 23)), FromHome(Uk(2026, 12, 5, 20))];
        // 8 September is the 90th day back counting today (6 December) as the first.
        Assert.Equal(3, RepeatMissing.EpisodesInWindow(inWindow, today));
        Assert.True(RepeatMissing.IsRepeat(inWindow, today));

        MissingEpisode[] firstTooEarly = [FromHome(Uk(2026, 9, 7, 21)), FromHome(Uk(2026, 11, 1, 23)), FromHome(Uk(2026, 12, 5, 20))];
        Assert.Equal(2, RepeatMissing.EpisodesInWindow(firstTooEarly, today));
        Assert.False(RepeatMissing.IsRepeat(firstTooEarly, today));
    }

    [Fact]
    public void From_care_and_from_home_count_together_towards_the_pattern()
    {
        var today = new DateOnly(2026, 12, 6);
        Assert.True(RepeatMissing.IsRepeat([FromHome(Uk(2026, 10, 1, 21)), FromHome(Uk(2026, 11, 1, 21), periodId: Guid.NewGuid()), FromHome(Uk(2026, 12, 1, 21), periodId: Guid.NewGuid())], today));
    }

    [Fact]
    public void A_child_missing_from_home_has_the_interview_on_the_work_tray_of_their_open_episode_until_it_is_held()
    {
        var episode = new Referral { Id = Guid.NewGuid(), PersonId = Child, ReferralDate = new DateOnly(2026, 11, 2), SourceCode = "2A", PrimaryNeedCode = "N1" };
        var missing = FromHome(Uk(2026, 12, 3, 22), Uk(2026, 12, 4, 18));
        IReadOnlyList<WorkItem> Work(MissingEpisode m, params Referral[] referrals) =>
            DueWork.For(new ChildCaseSnapshot(Child) { Referrals = referrals, MissingFromHome = [m] }, LocalTimescales.Default, new DateOnly(2026, 12, 8), Calendar)
                .Where(i => i.Kind == WorkKind.ReturnInterview).ToList();

        var item = Assert.Single(Work(missing, episode));
        Assert.Equal(TimescaleState.Overdue, item.State);
        Assert.Equal(new DateOnly(2026, 12, 7), item.DueOn);
        Assert.Equal(episode.Id, item.ReferralId);
        Assert.Equal($"/people/{Child}/missing/{missing.Id}/interview", item.Link);

        Assert.Empty(Work(FromHome(Uk(2026, 12, 3, 22), Uk(2026, 12, 4, 18), Uk(2026, 12, 7, 10)), episode));
        Assert.Empty(Work(FromHome(Uk(2026, 12, 3, 22)), episode)); // not back yet: nothing to offer
        Assert.Empty(Work(missing)); // no open episode, no tray
    }

    [Fact]
    public void A_child_not_in_care_can_be_reported_missing_at_any_time_but_not_away_from_placement()
    {
        var now = Uk(2026, 12, 6, 10);
        Assert.True(CareHealthRules.CheckMissing("M", Uk(2020, 1, 1, 9), false, null, null, now).IsValid);
        Assert.Equal("A child who is not in care can only be missing from home: away from placement is for children in care",
            CareHealthRules.CheckMissing("A", Uk(2026, 12, 5, 9), false, null, null, now).MessageFor(CareHealthRules.MissingOrAway));
        Assert.True(CareHealthRules.CheckMissing("A", Uk(2026, 12, 5, 9), false, null, new DateOnly(2026, 11, 1), now).IsValid);
    }

    [Fact]
    public void Only_episodes_missing_from_care_go_in_the_ssda903_return()
    {
        var person = new Person { Id = Child, LaPersonId = "C1", FirstName = "Ava", LastName = "Quinn", DateOfBirth = new DateOnly(2012, 6, 12), Sex = Sex.Female };
        var period = new CarePeriod
        {
            Id = Guid.NewGuid(), PersonId = Child, ReferralId = Guid.NewGuid(), StartDate = new DateOnly(2025, 9, 1), EntryRoute = CareEntryRoute.PoliceProtection,
            DecisionBy = "Head of service", DecisionOn = new DateOnly(2025, 9, 1), DecisionRationale = "Unsafe at home", CategoryOfNeed = "N1",
            CarePlanDueOn = new DateOnly(2025, 9, 1), RecordedByUserId = "u", RecordedByName = "Worker",
        };
        var record = new Ssda903ChildRecord(person, [period], [],
            [FromHome(Uk(2025, 6, 10, 21), Uk(2025, 6, 11, 9)), FromHome(Uk(2025, 10, 10, 21), Uk(2025, 10, 12, 9), periodId: period.Id)], [], [], null, [], []);
        var rows = Ssda903FromRecord.Child(record, CensusPeriod.YearEnding(2026), _ => "SW1")!;
        var row = Assert.Single(rows.Missing);
        Assert.Equal("10/10/2025", row.MisStart);
    }
}
