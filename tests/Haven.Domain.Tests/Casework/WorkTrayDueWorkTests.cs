using Haven.Domain.Assessments;
using Haven.Domain.Calendar;
using Haven.Domain.CaseRecording;
using Haven.Domain.Casework;
using Haven.Domain.ChildInNeed;
using Haven.Domain.ChildProtection;
using Haven.Domain.FrontDoor;

namespace Haven.Domain.Tests.Casework;

/// <summary>
/// Worked examples of the work tray's clocks over Christmas 2026: Friday 25 and Monday 28 December and Friday
/// 1 January 2027 are bank holidays, so working-day clocks jump them while month and week clocks do not.
/// </summary>
public sealed class WorkTrayDueWorkTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;
    private static readonly LocalTimescales Local = LocalTimescales.Default;
    private static readonly Guid Child = Guid.NewGuid();

    private static DateOnly D(string date) => DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);

    private static Referral Episode(string referred = "2026-11-23", string? closed = null) => new()
    {
        Id = Guid.NewGuid(), PersonId = Child, ReferralDate = D(referred), SourceCode = "2A", PrimaryNeedCode = "N1",
        ClosedOn = closed is null ? null : D(closed), ReasonForClosure = closed is null ? null : "RC7",
    };

    private static IReadOnlyList<WorkItem> Work(ChildCaseSnapshot snapshot, string today) => DueWork.For(snapshot, Local, D(today), Calendar);

    private static WorkItem Single(IReadOnlyList<WorkItem> items, WorkKind kind) => Assert.Single(items, i => i.Kind == kind);

    private static ChildProtectionPlan Plan(Referral episode, string start = "2026-12-14") => new()
    {
        Id = Guid.NewGuid(), PersonId = Child, ReferralId = episode.Id, StartDate = D(start), InitialCategory = "NEG", LatestCategory = "NEG",
    };

    [Theory]
    // 20 working days from Monday 23 November 2026 is Monday 21 December.
    [InlineData("2026-12-16", TimescaleState.NotYetDue)]
    // Two working days before (Friday 18, Monday 21): due soon.
    [InlineData("2026-12-17", TimescaleState.DueSoon)]
    [InlineData("2026-12-21", TimescaleState.DueSoon)]
    [InlineData("2026-12-22", TimescaleState.Overdue)]
    public void An_assessment_is_due_on_the_timescale_set_for_the_child(string today, TimescaleState state)
    {
        var episode = Episode();
        var assessment = new Assessment { Id = Guid.NewGuid(), PersonId = Child, ReferralId = episode.Id, StartDate = D("2026-11-24"), TimescaleWorkingDays = 20 };
        var item = Single(Work(new ChildCaseSnapshot(Child) { Referrals = [episode], Assessments = [assessment] }, today), WorkKind.Assessment);
        Assert.Equal(D("2026-12-21"), item.DueOn);
        Assert.Equal(state, item.State);
        Assert.Equal("Assessment due", item.What);
        Assert.Equal($"/people/{Child}/social-care/{episode.Id}/assessments/{assessment.Id}", item.Link);
    }

    [Fact]
    public void An_authorised_assessment_becomes_sharing_due_five_working_days_later_until_shared()
    {
        var episode = Episode();
        // Authorised on Christmas Eve: 29, 30, 31 December, 4 and 5 January.
        var assessment = new Assessment
        {
            Id = Guid.NewGuid(), PersonId = Child, ReferralId = episode.Id, StartDate = D("2026-11-24"), TimescaleWorkingDays = 20, AuthorisedOn = D("2026-12-24"),
        };
        var snapshot = new ChildCaseSnapshot(Child) { Referrals = [episode], Assessments = [assessment] };
        var items = Work(snapshot, "2026-12-24");
        Assert.DoesNotContain(items, i => i.Kind == WorkKind.Assessment);
        var share = Single(items, WorkKind.ShareAssessment);
        Assert.Equal(D("2027-01-05"), share.DueOn);
        Assert.Equal($"/people/{Child}/sharing/assessment/{assessment.Id}", share.Link);

        var shared = snapshot with
        {
            Shared = [new SharingRecord { ItemKind = SharedItemKind.Assessment, ItemId = assessment.Id, SharedOn = D("2026-12-29"), SharedWith = "Mother", RecordedByUserId = "u" }],
        };
        Assert.DoesNotContain(Work(shared, "2027-01-06"), i => i.Kind == WorkKind.ShareAssessment);
    }

    [Fact]
    public void The_initial_conference_is_due_15_working_days_after_the_strategy_discussion_skipping_christmas()
    {
        var episode = Episode();
        var strategy = new StrategyDiscussion { Id = Guid.NewGuid(), PersonId = Child, ReferralId = episode.Id, HeldOn = D("2026-12-11"), Rationale = "Bruise", Decision = StrategyDecision.StartSection47 };
        var s47 = new Section47Enquiry { Id = Guid.NewGuid(), PersonId = Child, ReferralId = episode.Id, StrategyDiscussionId = strategy.Id, StartDate = D("2026-12-14") };
        var snapshot = new ChildCaseSnapshot(Child) { Referrals = [episode], StrategyDiscussions = [strategy], Section47Enquiries = [s47] };

        // Friday 11 December + 15 working days, without 25 and 28 December and 1 January: Wednesday 6 January 2027.
        var item = Single(Work(snapshot, "2026-12-16"), WorkKind.InitialConference);
        Assert.Equal(D("2027-01-06"), item.DueOn);
        Assert.Equal(TimescaleState.NotYetDue, item.State);
        Assert.Equal($"/people/{Child}/social-care/{episode.Id}/child-protection", item.Link);
        Assert.Equal(TimescaleState.Overdue, Single(Work(snapshot, "2027-01-07"), WorkKind.InitialConference).State);

        // Re-arranging does not restart the clock; holding the conference stops it.
        var held = snapshot with
        {
            Conferences = [new ChildProtectionConference { Id = Guid.NewGuid(), PersonId = Child, ReferralId = episode.Id, Type = ConferenceType.Initial, Section47Id = s47.Id, ScheduledFor = D("2027-01-05"), HeldOn = D("2027-01-05") }],
        };
        Assert.DoesNotContain(Work(held, "2027-01-07"), i => i.Kind == WorkKind.InitialConference);

        // An enquiry that found no conference is needed has no conference clock.
        s47.CompletedOn = D("2026-12-18");
        s47.Outcome = Section47Outcome.NotSubstantiatedChildInNeed;
        Assert.DoesNotContain(Work(snapshot, "2026-12-21"), i => i.Kind == WorkKind.InitialConference);
    }

    [Fact]
    public void A_child_protection_plan_has_core_group_review_visit_and_sharing_clocks()
    {
        var episode = Episode();
        var plan = Plan(episode);
        var snapshot = new ChildCaseSnapshot(Child) { Referrals = [episode], ChildProtectionPlans = [plan] };
        var items = Work(snapshot, "2026-12-16");

        // 10 working days from Monday 14 December, without 25 and 28 December: Wednesday 30 December.
        Assert.Equal(D("2026-12-30"), Single(items, WorkKind.FirstCoreGroup).DueOn);
        Assert.DoesNotContain(items, i => i.Kind == WorkKind.CoreGroup);
        // Three calendar months, not moved off a weekend: Sunday 14 March 2027.
        Assert.Equal(D("2027-03-14"), Single(items, WorkKind.ReviewConference).DueOn);
        // No visit yet: 10 working days from the plan's start, like the core group.
        Assert.Equal(D("2026-12-30"), Single(items, WorkKind.ChildProtectionVisit).DueOn);
        Assert.Equal($"/people/{Child}/case-notes", Single(items, WorkKind.ChildProtectionVisit).Link);
        // Five working days from the start to share the plan: 15, 16, 17, 18, 21 December.
        Assert.Equal(D("2026-12-21"), Single(items, WorkKind.ShareChildProtectionPlan).DueOn);
        Assert.Equal("Share child protection plan with family", Single(items, WorkKind.ShareChildProtectionPlan).What);
    }

    [Fact]
    public void Later_core_groups_reviews_and_visits_count_from_the_last_one_held()
    {
        var episode = Episode();
        var plan = Plan(episode);
        plan.CoreGroupMeetings.Add(new CoreGroupMeeting { PlanId = plan.Id, HeldOn = D("2026-12-22"), Attendees = "Mum, school, health visitor", Progress = "Some" });
        var review = new ChildProtectionConference
        {
            Id = Guid.NewGuid(), PersonId = Child, ReferralId = episode.Id, Type = ConferenceType.Review, ChildProtectionPlanId = plan.Id,
            ScheduledFor = D("2027-03-10"), HeldOn = D("2027-03-10"), MinutesSentOn = D("2027-03-20"),
        };
        var snapshot = new ChildCaseSnapshot(Child)
        {
            Referrals = [episode], ChildProtectionPlans = [plan], Conferences = [review],
            SeenVisits =
            [
                new SeenVisit(D("2026-12-22"), VisitPurpose.ChildProtection),
                // A visit for another purpose does not stop the plan's clock.
                new SeenVisit(D("2027-01-04"), VisitPurpose.Assessment),
            ],
        };
        var items = Work(snapshot, "2027-01-04");

        Assert.DoesNotContain(items, i => i.Kind == WorkKind.FirstCoreGroup);
        // Monthly after the last: 22 January 2027.
        Assert.Equal(D("2027-01-22"), Single(items, WorkKind.CoreGroup).DueOn);
        // Six months after the review held on 10 March 2027.
        Assert.Equal(D("2027-09-10"), Single(items, WorkKind.ReviewConference).DueOn);
        // 10 working days after Tuesday 22 December: 23, 24, 29, 30, 31 December, 4, 5, 6, 7, 8 January.
        Assert.Equal(D("2027-01-08"), Single(items, WorkKind.ChildProtectionVisit).DueOn);
        Assert.Equal(TimescaleState.NotYetDue, Single(items, WorkKind.ChildProtectionVisit).State);
        // Minutes already sent: no minutes item for the review.
        Assert.DoesNotContain(items, i => i.Kind == WorkKind.ConferenceMinutes);
    }

    [Fact]
    public void Conference_minutes_are_due_20_working_days_after_the_conference()
    {
        var episode = Episode();
        var conference = new ChildProtectionConference
        {
            Id = Guid.NewGuid(), PersonId = Child, ReferralId = episode.Id, Type = ConferenceType.Initial, ScheduledFor = D("2026-12-14"), HeldOn = D("2026-12-14"),
        };
        var item = Single(Work(new ChildCaseSnapshot(Child) { Referrals = [episode], Conferences = [conference] }, "2027-01-13"), WorkKind.ConferenceMinutes);
        // 20 working days from Monday 14 December, without three bank holidays: Thursday 14 January 2027.
        Assert.Equal(D("2027-01-14"), item.DueOn);
        Assert.Equal(TimescaleState.DueSoon, item.State);
        Assert.Equal($"/people/{Child}/sharing/conference-minutes/{conference.Id}", item.Link);
    }

    [Fact]
    public void A_child_in_need_plan_has_review_visit_and_sharing_clocks()
    {
        var episode = Episode("2026-09-20");
        var plan = new ChildInNeedPlan { Id = Guid.NewGuid(), PersonId = Child, ReferralId = episode.Id, StartDate = D("2026-10-01") };
        var snapshot = new ChildCaseSnapshot(Child)
        {
            Referrals = [episode], ChildInNeedPlans = [plan],
            Shared = [new SharingRecord { ItemKind = SharedItemKind.ChildInNeedPlan, ItemId = plan.Id, SharedOn = D("2026-10-02"), SharedWith = "Father", RecordedByUserId = "u" }],
        };
        var items = Work(snapshot, "2026-12-16");

        // Twelve weeks from Thursday 1 October: Thursday 24 December, a working day.
        var review = Single(items, WorkKind.ChildInNeedReview);
        Assert.Equal(D("2026-12-24"), review.DueOn);
        Assert.Equal(TimescaleState.NotYetDue, review.State);
        Assert.Equal($"/people/{Child}/social-care/{episode.Id}", review.Link);
        // 20 working days from 1 October with no visit since: Thursday 29 October, long overdue.
        var visit = Single(items, WorkKind.ChildInNeedVisit);
        Assert.Equal(D("2026-10-29"), visit.DueOn);
        Assert.Equal(TimescaleState.Overdue, visit.State);
        Assert.Equal(48, visit.Status.DaysOverdue);
        Assert.DoesNotContain(items, i => i.Kind == WorkKind.ShareChildInNeedPlan);

        // On Christmas Eve the review is due today; a visit recorded without a purpose restarts the visit clock.
        var visited = snapshot with { SeenVisits = [new SeenVisit(D("2026-12-10"), null)] };
        var later = Work(visited, "2026-12-24");
        Assert.Equal(TimescaleState.DueSoon, Single(later, WorkKind.ChildInNeedReview).State);
        // 20 working days from 10 December: 11 … 24 December (10), 29 … 31 December (13), 4 … 8 January (18), 11, 12 January.
        Assert.Equal(D("2027-01-12"), Single(later, WorkKind.ChildInNeedVisit).DueOn);
    }

    [Fact]
    public void Oversight_is_due_a_month_after_the_last_oversight_or_the_referral()
    {
        var episode = Episode();
        var snapshot = new ChildCaseSnapshot(Child) { Referrals = [episode] };
        var never = Single(Work(snapshot, "2026-12-16"), WorkKind.ManagementOversight);
        Assert.Equal(D("2026-12-23"), never.DueOn);
        Assert.Equal($"/people/{Child}/oversight", never.Link);

        // A month from 1 December is New Year's Day: calendar months are not moved off bank holidays.
        var overseen = snapshot with { OversightDates = [D("2026-11-25"), D("2026-12-01")] };
        var item = Single(Work(overseen, "2026-12-31"), WorkKind.ManagementOversight);
        Assert.Equal(D("2027-01-01"), item.DueOn);
        Assert.Equal(TimescaleState.DueSoon, item.State);
        Assert.Equal(TimescaleState.Overdue, Single(Work(overseen, "2027-01-02"), WorkKind.ManagementOversight).State);
    }

    [Fact]
    public void On_christmas_eve_work_due_the_tuesday_after_is_due_soon()
    {
        // Due Tuesday 29 December: only one working day away on Thursday 24 December, though five calendar days.
        var status = DueWork.StatusOn(D("2026-12-29"), D("2026-12-24"), Calendar);
        Assert.Equal(TimescaleState.DueSoon, status.State);
        Assert.Equal(TimescaleState.NotYetDue, DueWork.StatusOn(D("2026-12-30"), D("2026-12-23"), Calendar).State);
    }

    [Fact]
    public void A_closed_episode_produces_no_work_even_with_plans_left_open()
    {
        var episode = Episode(closed: "2026-12-01");
        var plan = Plan(episode, "2026-11-30");
        var assessment = new Assessment { Id = Guid.NewGuid(), PersonId = Child, ReferralId = episode.Id, StartDate = D("2026-11-24"), TimescaleWorkingDays = 20 };
        var snapshot = new ChildCaseSnapshot(Child) { Referrals = [episode], ChildProtectionPlans = [plan], Assessments = [assessment] };
        Assert.Empty(Work(snapshot, "2026-12-16"));
        Assert.Null(DueWork.OversightClockStart(snapshot));
    }

    [Fact]
    public void Only_the_open_episodes_work_is_listed_and_ended_plans_have_no_clocks()
    {
        var closed = Episode("2025-01-06", closed: "2025-06-30");
        var open = Episode();
        var oldPlan = Plan(closed, "2025-02-03");
        var endedPlan = Plan(open);
        endedPlan.EndDate = D("2026-12-15");
        var oldAssessment = new Assessment { Id = Guid.NewGuid(), PersonId = Child, ReferralId = closed.Id, StartDate = D("2025-01-07"), TimescaleWorkingDays = 45 };
        var items = Work(new ChildCaseSnapshot(Child) { Referrals = [closed, open], ChildProtectionPlans = [oldPlan, endedPlan], Assessments = [oldAssessment] }, "2026-12-16");
        var only = Assert.Single(items);
        Assert.Equal(WorkKind.ManagementOversight, only.Kind);
        Assert.Equal(open.Id, only.ReferralId);
    }

    [Fact]
    public void Items_come_soonest_due_first()
    {
        var episode = Episode();
        var plan = Plan(episode);
        var items = Work(new ChildCaseSnapshot(Child) { Referrals = [episode], ChildProtectionPlans = [plan] }, "2026-12-16");
        Assert.Equal(items.OrderBy(i => i.DueOn).Select(i => i.DueOn), items.Select(i => i.DueOn));
        Assert.Equal(WorkKind.ShareChildProtectionPlan, items[0].Kind);
    }
}
