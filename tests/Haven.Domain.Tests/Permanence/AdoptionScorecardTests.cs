using Haven.Domain.LookedAfter;
using Haven.Domain.Permanence;

namespace Haven.Domain.Tests.Permanence;

/// <summary>
/// The adoption scorecard worked for the year 1 April 2025 to 31 March 2026: Amy and Ben were adopted in it, Cara is
/// waiting, and Dan's plan was reversed because no adopters could be found (RD3).
/// </summary>
public sealed class AdoptionScorecardTests
{
    private static DateOnly D(string date) => DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);

    // Into care 1 March 2024, placement order 1 June, matched 15 September (106 days), moved in 15 March 2025 (379 days), adopted 1 October 2025.
    private static readonly AdoptionTimeline Amy = new(Guid.NewGuid(), D("2024-03-01"), D("2024-05-01"), D("2024-06-01"), D("2024-09-15"), D("2025-03-15"), D("2025-10-01"), null);

    // Into care 10 January 2023, placement order 1 February 2024, matched 1 August (182 days), moved in 20 August 2024 (588 days), adopted 1 December 2025.
    private static readonly AdoptionTimeline Ben = new(Guid.NewGuid(), D("2023-01-10"), D("2023-11-01"), D("2024-02-01"), D("2024-08-01"), D("2024-08-20"), D("2025-12-01"), null);

    private static readonly AdoptionTimeline Cara = new(Guid.NewGuid(), D("2025-06-01"), D("2025-09-01"), D("2025-12-01"), null, null, null, null);
    private static readonly AdoptionTimeline Dan = new(Guid.NewGuid(), D("2024-06-01"), D("2024-09-01"), null, null, null, null, D("2026-01-01"));

    [Fact]
    public void A1_is_the_average_days_from_entering_care_to_moving_in_with_adopters_for_children_adopted_in_the_period()
    {
        var scores = AdoptionScorecard.For([Amy, Ben, Cara, Dan], D("2025-04-01"), D("2026-03-31"));
        Assert.Equal(2, scores.Adopted);
        Assert.Equal(379, Amy.EntryToMovingInDays);
        Assert.Equal(588, Ben.EntryToMovingInDays);
        Assert.Equal(483.5, scores.A1AverageDays);
        // Amy is inside the 426-day threshold, Ben is not.
        Assert.True(Amy.MovedInOn <= AdoptionScorecard.MoveInBy(Amy.EnteredCareOn));
        Assert.False(Ben.MovedInOn <= AdoptionScorecard.MoveInBy(Ben.EnteredCareOn));
    }

    [Fact]
    public void A2_is_the_average_days_from_placement_order_to_match()
    {
        var scores = AdoptionScorecard.For([Amy, Ben, Cara, Dan], D("2025-04-01"), D("2026-03-31"));
        Assert.Equal(106, Amy.PlacementOrderToMatchDays);
        Assert.Equal(182, Ben.PlacementOrderToMatchDays);
        Assert.Equal(144, scores.A2AverageDays);
        Assert.Equal(D("2024-09-30"), AdoptionScorecard.MatchBy(Amy.PlacementOrderOn!.Value));
    }

    [Fact]
    public void A3_is_the_share_who_moved_in_within_18_months_and_the_children_still_waiting()
    {
        var scores = AdoptionScorecard.For([Amy, Ben, Cara, Dan], D("2025-04-01"), D("2026-03-31"));
        // Amy moved in within 18 months of entering care (by 1 September 2025); Ben after 10 July 2024 did not.
        Assert.Equal(50, scores.A3PercentWithin18Months);
        // Cara's decision stands and she has not moved in; Dan's was reversed; Amy and Ben have moved in.
        Assert.Equal([Cara], scores.Waiting);
    }

    [Fact]
    public void No_children_adopted_gives_no_averages_rather_than_zero()
    {
        var scores = AdoptionScorecard.For([Cara], D("2025-04-01"), D("2026-03-31"));
        Assert.Equal(0, scores.Adopted);
        Assert.Null(scores.A1AverageDays);
        Assert.Null(scores.A2AverageDays);
        Assert.Null(scores.A3PercentWithin18Months);
    }

    [Fact]
    public void The_reversal_reasons_are_the_ssda903_RD_codes()
    {
        Assert.Equal(["RD1", "RD2", "RD3", "RD4"], LookedAfterCodes.ReasonsNoLongerPlacedForAdoption.Select(c => c.Value));
        var journey = new AdoptionJourney { PersonId = Guid.NewGuid(), DecisionOn = D("2025-09-01"), DecisionBy = "ADM", DecisionRationale = "r", RecordedByUserId = "u", RecordedByName = "n" };
        Assert.True(PermanenceRules.CheckReversal(D("2026-01-01"), "RD3", journey, D("2026-02-01")).IsValid);
        Assert.NotNull(PermanenceRules.CheckReversal(D("2026-01-01"), "RD9", journey, D("2026-02-01")).MessageFor(PermanenceRules.ReasonField));
    }
}
