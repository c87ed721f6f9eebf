using Haven.Domain.Calendar;
using Haven.Domain.Casework;
using Haven.Domain.FrontDoor;
using Haven.Domain.LookedAfter;
using Haven.Domain.Permanence;

namespace Haven.Domain.Tests.Permanence;

/// <summary>
/// Life story work, the later life letter, long-term fostering matches and returns home, worked through. A child
/// placed for adoption on Monday 2 November 2026: the life story book is due by the second review of the placement
/// (4 weeks, then 3 months: 30 November + 3 months = 28 February 2027) and the later life letter by the earliest the
/// adopters may apply for the order, 10 weeks after placing (11 January 2027). A child who went home on 31 August 2026
/// has the return home reviewed by 28 February 2027.
/// </summary>
public sealed class PermanenceFollowUpTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;
    private static readonly Guid Child = Guid.NewGuid();
    private static readonly DateOnly Today = D("2026-12-01");

    private static DateOnly D(string date) => DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);

    private static readonly Referral Episode = new()
    {
        Id = Guid.NewGuid(), PersonId = Child, ReferralDate = D("2025-02-01"), SourceCode = "2A", PrimaryNeedCode = "N1",
    };

    private static CarePeriod Period() => new()
    {
        Id = Guid.NewGuid(), PersonId = Child, ReferralId = Episode.Id, StartDate = D("2025-03-03"), DecisionBy = "Head of service", DecisionRationale = "r",
        CategoryOfNeed = "N1", RecordedByUserId = "u", RecordedByName = "n",
        LegalStatuses = [new() { From = D("2025-03-03"), Code = "E1", RecordedByUserId = "u", RecordedByName = "n" }],
        Placements = [new() { StartDate = D("2025-03-03"), PlacementType = "U6", ProviderCode = "PR1", CarerName = "Foster carers", RecordedByUserId = "u", RecordedByName = "n" }],
    };

    private static AdoptionJourney Placed(CarePeriod period) => new()
    {
        PersonId = Child, CarePeriodId = period.Id, DecisionOn = D("2025-05-01"), DecisionBy = "ADM", DecisionRationale = "r", MatchedOn = D("2026-10-01"),
        PlacedOn = D("2026-11-02"), RecordedByUserId = "u", RecordedByName = "n",
    };

    private static LifeStoryWork Work() => new() { PersonId = Child, RecordedByUserId = "u", RecordedByName = "n" };

    private static IReadOnlyList<WorkItem> Due(PermanenceClocks clocks) =>
        DueWork.For(new ChildCaseSnapshot(Child) { Referrals = [Episode], Permanence = clocks }, LocalTimescales.Default, Today, Calendar);

    [Fact]
    public void The_life_story_book_is_due_by_the_second_review_of_the_adoptive_placement_and_the_later_life_letter_ten_weeks_after_placing()
    {
        Assert.Equal(D("2027-02-28"), PermanenceFollowUpTimescales.LifeStoryBookDue(D("2026-11-02")));
        Assert.Equal(D("2027-01-11"), PermanenceFollowUpTimescales.LaterLifeLetterDue(D("2026-11-02")));
        Assert.Equal(D("2027-02-28"), PermanenceFollowUpTimescales.ReturnHomeReviewDue(D("2026-08-31")));
    }

    [Fact]
    public void A_child_placed_for_adoption_has_the_book_and_the_letter_in_the_work_tray_until_each_is_done()
    {
        var period = Period();
        var work = Due(new([], [new(period, [], true, Placed(period))]));
        var book = Assert.Single(work, i => i.Kind == WorkKind.LifeStoryBook);
        Assert.Equal(D("2027-02-28"), book.DueOn);
        Assert.Equal($"/people/{Child}/adoption", book.Link);
        Assert.Equal(D("2027-01-11"), Assert.Single(work, i => i.Kind == WorkKind.LaterLifeLetter).DueOn);

        var done = Work();
        done.StartedOn = D("2026-06-01");
        done.BookGivenOn = D("2026-11-20");
        done.BookGivenTo = "The adopters";
        done.LetterWrittenOn = D("2026-11-25");
        Assert.DoesNotContain(Due(new([], [new(period, [], true, Placed(period)) { LifeStory = done }])), i => i.Kind is WorkKind.LifeStoryBook or WorkKind.LaterLifeLetter);
    }

    [Fact]
    public void A_child_not_yet_placed_has_no_book_or_letter_clock()
    {
        var period = Period();
        var journey = Placed(period);
        journey.PlacedOn = null;
        Assert.DoesNotContain(Due(new([], [new(period, [], true, journey)])), i => i.Kind is WorkKind.LifeStoryBook or WorkKind.LaterLifeLetter);
    }

    [Fact]
    public void A_return_home_is_reviewed_six_months_after_the_child_went_home_while_the_episode_is_open()
    {
        var work = Due(new([], []) { ReturnsHome = [new(Episode.Id, D("2026-08-31"))] });
        var review = Assert.Single(work, i => i.Kind == WorkKind.ReturnHomeReview);
        Assert.Equal(D("2027-02-28"), review.DueOn);
    }

    [Fact]
    public void Life_story_status_goes_from_not_started_to_in_progress_to_complete_or_is_not_needed()
    {
        var work = Work();
        Assert.Equal(LifeStoryStatus.NotStarted, work.Status);
        work.StartedOn = D("2026-01-05");
        Assert.Equal(LifeStoryStatus.InProgress, work.Status);
        work.BookGivenOn = D("2026-06-05");
        Assert.Equal(LifeStoryStatus.Complete, work.Status);
        Assert.Equal(LifeStoryStatus.NotNeeded, new LifeStoryWork { NotNeededOn = D("2026-01-05"), RecordedByUserId = "u", RecordedByName = "n" }.Status);
    }

    [Fact]
    public void Life_story_steps_are_refused_out_of_order_without_a_plan_or_without_who_it_was_given_to()
    {
        var start = D("2025-03-03");
        Assert.False(PermanenceFollowUpRules.CheckLifeStory(LifeStoryStep.Started, D("2026-01-05"), null, null, planned: false, adoption: false, start, Today).IsValid);
        Assert.True(PermanenceFollowUpRules.CheckLifeStory(LifeStoryStep.Started, D("2026-01-05"), null, null, planned: true, adoption: false, start, Today).IsValid);

        var notStarted = PermanenceFollowUpRules.CheckLifeStory(LifeStoryStep.BookGiven, D("2026-01-05"), "Amy", null, true, false, start, Today);
        Assert.Equal("Record the life story work started first", Assert.Single(notStarted.Problems).Message);

        var work = Work();
        work.StartedOn = D("2026-01-05");
        var noOne = PermanenceFollowUpRules.CheckLifeStory(LifeStoryStep.BookGiven, D("2026-06-05"), " ", work, true, false, start, Today);
        Assert.Equal(PermanenceRules.WhoField, Assert.Single(noOne.Problems).Field);
        var early = PermanenceFollowUpRules.CheckLifeStory(LifeStoryStep.BookGiven, D("2026-01-04"), "Amy", work, true, false, start, Today);
        Assert.Equal(PermanenceRules.DateField, Assert.Single(early.Problems).Field);
        Assert.True(PermanenceFollowUpRules.CheckLifeStory(LifeStoryStep.BookGiven, D("2026-06-05"), "Amy and her foster carers", work, true, false, start, Today).IsValid);

        // The later life letter is for a child to be adopted.
        Assert.False(PermanenceFollowUpRules.CheckLifeStory(LifeStoryStep.LetterWritten, D("2026-06-05"), null, work, true, adoption: false, start, Today).IsValid);
        Assert.True(PermanenceFollowUpRules.CheckLifeStory(LifeStoryStep.LetterWritten, D("2026-06-05"), null, work, true, adoption: true, start, Today).IsValid);
    }

    [Fact]
    public void A_long_term_match_needs_approved_foster_carers_on_the_placement_and_a_decision_on_or_after_it_began()
    {
        var placement = new Placement { StartDate = D("2026-03-01"), PlacementType = "U4", CarerName = "The Kellys", RecordedByUserId = "u", RecordedByName = "n" };
        var kellys = new Carer { Name = "The Kellys", ProviderCode = "PR1", Kind = CarerKind.FosteringHousehold, Approval = CarerApproval.Approved };
        Assert.True(PermanenceFollowUpRules.CheckLongTermMatch(D("2026-09-01"), D("2026-09-10"), "Head of service", placement, kellys, false, Today).IsValid);
        Assert.True(PermanenceFollowUpRules.CheckLongTermMatch(null, D("2026-09-10"), "Head of service", placement, kellys, false, Today).IsValid);

        var beforePanel = PermanenceFollowUpRules.CheckLongTermMatch(D("2026-09-01"), D("2026-08-10"), "Head of service", placement, kellys, false, Today);
        Assert.Equal(PermanenceRules.SecondDateField, Assert.Single(beforePanel.Problems).Field);

        var gran = new Carer { Name = "Gran", ProviderCode = "PR1", Kind = CarerKind.ConnectedPersons, Approval = CarerApproval.TemporarilyApproved };
        Assert.Equal("Gran are not approved foster carers now",
            Assert.Single(PermanenceFollowUpRules.CheckLongTermMatch(null, D("2026-09-10"), "ADM", placement, gran, false, Today).Problems).Message);
        Assert.False(PermanenceFollowUpRules.CheckLongTermMatch(null, D("2026-09-10"), "ADM", placement, null, false, Today).IsValid);
        Assert.False(PermanenceFollowUpRules.CheckLongTermMatch(null, D("2026-09-10"), "ADM", placement, kellys, alreadyMatched: true, Today).IsValid);
    }

    [Fact]
    public void A_return_home_review_needs_the_child_to_have_gone_home_with_a_returned_home_reason()
    {
        var period = Period();
        var plan = new ReturnHomePlan { Assessment = "a", SupportPlan = "s", RecordedByUserId = "u", RecordedByName = "n" };
        Assert.False(PermanenceFollowUpRules.CheckReturnHomeReview(D("2026-11-01"), "Going well", plan, period, Today).IsValid);
        period.EndDate = D("2026-08-31");
        period.ReasonCeased = "E4A";
        Assert.True(PermanenceFollowUpRules.CheckReturnHomeReview(D("2026-11-01"), "Going well", plan, period, Today).IsValid);
        Assert.False(PermanenceFollowUpRules.CheckReturnHomeReview(D("2026-08-30"), "Going well", plan, period, Today).IsValid);
        Assert.True(PermanenceFollowUpRules.CheckReturnHomePlan(D("2026-07-01"), "Parents can care safely", D("2026-07-15"), "Family support worker weekly", period, false, Today).IsValid);
        period.ReasonCeased = "E11";
        Assert.False(PermanenceFollowUpRules.CheckReturnHomePlan(D("2026-07-01"), "Parents can care safely", D("2026-07-15"), "Weekly", period, false, Today).IsValid);
    }
}
