using Haven.Domain.Calendar;
using Haven.Domain.Casework;
using Haven.Domain.FrontDoor;
using Haven.Domain.LookedAfter;
using Haven.Domain.Permanence;

namespace Haven.Domain.Tests.Permanence;

/// <summary>
/// The court and permanence clocks in the work tray, for a child who came into care on Monday 3 March 2025 and had a
/// placement order on Monday 2 June 2025: the match is due 121 days later (1 October 2025) and moving in with adopters
/// 426 days after entry (3 May 2026); proceedings issued on 5 January 2026 and extended by 8 weeks end by 31 August.
/// </summary>
public sealed class PermanenceWorkTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;
    private static readonly Guid Child = Guid.NewGuid();

    private static DateOnly D(string date) => DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);

    private static readonly Referral Episode = new()
    {
        Id = Guid.NewGuid(), PersonId = Child, ReferralDate = D("2025-02-01"), SourceCode = "2A", PrimaryNeedCode = "N1",
    };

    private static CarePeriod Period() => new()
    {
        Id = Guid.NewGuid(), PersonId = Child, ReferralId = Episode.Id, StartDate = D("2025-03-03"), DecisionBy = "Head of service", DecisionRationale = "r",
        CategoryOfNeed = "N1", RecordedByUserId = "u", RecordedByName = "n",
        LegalStatuses =
        [
            new() { From = D("2025-03-03"), Code = "C1", RecordedByUserId = "u", RecordedByName = "n" },
            new() { From = D("2025-06-02"), Code = "E1", RecordedByUserId = "u", RecordedByName = "n" },
        ],
        Placements = [new() { StartDate = D("2025-03-03"), PlacementType = "U6", ProviderCode = "PR1", CarerName = "Foster carers", RecordedByUserId = "u", RecordedByName = "n" }],
    };

    private static AdoptionJourney Journey(CarePeriod period) => new()
    {
        PersonId = Child, CarePeriodId = period.Id, DecisionOn = D("2025-05-01"), DecisionBy = "ADM", DecisionRationale = "r", RecordedByUserId = "u", RecordedByName = "n",
    };

    private static IReadOnlyList<WorkItem> Work(string today, PermanenceClocks clocks) =>
        DueWork.For(new ChildCaseSnapshot(Child) { Referrals = [Episode], Permanence = clocks }, LocalTimescales.Default, D(today), Calendar);

    [Fact]
    public void A_child_with_a_placement_order_and_no_match_has_the_match_due_121_days_later_and_moving_in_due_426_days_after_entry()
    {
        var period = Period();
        var work = Work("2025-10-02", new([], [new(period, [], true, Journey(period))]));
        var match = Assert.Single(work, i => i.Kind == WorkKind.AdoptionMatch);
        Assert.Equal(D("2025-10-01"), match.DueOn);
        Assert.Equal(TimescaleState.Overdue, match.State);
        Assert.Equal($"/people/{Child}/adoption", match.Link);
        Assert.Equal(D("2026-05-03"), Assert.Single(work, i => i.Kind == WorkKind.PlacedWithAdopters).DueOn);
    }

    [Fact]
    public void Matched_placed_or_reversed_stops_the_adoption_clocks()
    {
        var period = Period();
        var matched = Journey(period);
        matched.MatchedOn = D("2025-09-01");
        Assert.DoesNotContain(Work("2025-10-02", new([], [new(period, [], true, matched)])), i => i.Kind == WorkKind.AdoptionMatch);

        var placed = Journey(period);
        placed.MatchedOn = D("2025-09-01");
        placed.PlacedOn = D("2025-10-01");
        Assert.DoesNotContain(Work("2025-10-02", new([], [new(period, [], true, placed)])), i => i.Kind is WorkKind.AdoptionMatch or WorkKind.PlacedWithAdopters);

        var reversed = Journey(period);
        reversed.ReversedOn = D("2025-09-01");
        reversed.ReversalReason = "RD3";
        Assert.DoesNotContain(Work("2025-10-02", new([], [new(period, [], true, reversed)])), i => i.Kind is WorkKind.AdoptionMatch or WorkKind.PlacedWithAdopters);
    }

    [Fact]
    public void Proceedings_are_due_to_conclude_26_weeks_after_issue_plus_extensions_until_they_conclude()
    {
        var proceedings = new CareProceedings
        {
            PersonId = Child, IssuedOn = D("2026-01-05"), Court = "Family Court", CaseNumber = "ZW26C00001", RecordedByUserId = "u", RecordedByName = "n",
            Extensions = [new() { GrantedOn = D("2026-06-20"), Weeks = 8, Reason = "Expert report", RecordedByName = "n" }],
        };
        var item = Assert.Single(Work("2026-07-07", new([proceedings], [])), i => i.Kind == WorkKind.ProceedingsConclude);
        Assert.Equal(D("2026-08-31"), item.DueOn);
        Assert.Equal(TimescaleState.NotYetDue, item.State);
        Assert.Equal($"/people/{Child}/court", item.Link);

        proceedings.ConcludedOn = D("2026-08-20");
        Assert.DoesNotContain(Work("2026-08-21", new([proceedings], [])), i => i.Kind == WorkKind.ProceedingsConclude);
    }

    [Fact]
    public void The_permanence_plan_is_due_by_the_second_review_until_one_is_agreed()
    {
        var period = Period();
        var due = CareReviewRules.PermanencePlanDue(period.ToPeriodOfCare(), [D("2025-03-28")], Calendar);
        Assert.Equal(due, Assert.Single(Work("2025-06-01", new([], [new(period, [D("2025-03-28")], false, null)])), i => i.Kind == WorkKind.PermanencePlan).DueOn);
        Assert.DoesNotContain(Work("2025-06-01", new([], [new(period, [D("2025-03-28")], true, null)])), i => i.Kind == WorkKind.PermanencePlan);
    }
}
