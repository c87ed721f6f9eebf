using Haven.Domain.LookedAfter;

namespace Haven.Domain.Permanence;

/// <summary>
/// One child's adoption dates, as the scorecard reads them: entry to care (the start of the period that ends in
/// adoption), the ADM's decision, the placement order (E1), the match, moving in with the adopters, the adoption order
/// (the period's end with E11/E12) and a reversal.
/// </summary>
public sealed record AdoptionTimeline(
    Guid PersonId,
    DateOnly EnteredCareOn,
    DateOnly DecisionOn,
    DateOnly? PlacementOrderOn,
    DateOnly? MatchedOn,
    DateOnly? MovedInOn,
    DateOnly? AdoptedOn,
    DateOnly? ReversedOn)
{
    /// <summary>A1: days from entering care to moving in with the adoptive family.</summary>
    public int? EntryToMovingInDays => MovedInOn is { } m ? m.DayNumber - EnteredCareOn.DayNumber : null;

    /// <summary>A2: days from court authority to place (the placement order) to the ADM's match decision.</summary>
    public int? PlacementOrderToMatchDays => (PlacementOrderOn, MatchedOn) is ({ } po, { } m) ? m.DayNumber - po.DayNumber : null;

    /// <summary>
    /// A journey's dates in the period of care it belongs to: the placement order is the period's first E1 legal status,
    /// and the child was adopted on the period's end when it ended with an adoption order (E11/E12).
    /// </summary>
    public static AdoptionTimeline Of(CarePeriod period, AdoptionJourney journey)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(journey);
        return new(journey.PersonId, period.StartDate, journey.DecisionOn, PermanenceWork.PlacementOrderOn(period), journey.MatchedOn, journey.PlacedOn,
            period.EndDate is { } end && LookedAfterCodes.Adopted.Contains(period.ReasonCeased ?? "") ? end : null, journey.ReversedOn);
    }

    /// <summary>Waiting: the decision stands and the child has not yet moved in with adopters.</summary>
    public bool IsWaitingOn(DateOnly day) =>
        DecisionOn <= day && (ReversedOn is null || ReversedOn > day) && (MovedInOn is null || MovedInOn > day) && (AdoptedOn is null || AdoptedOn > day);
}

/// <summary>The adoption scorecard's three timeliness measures for children adopted between two dates, and the children waiting.</summary>
public sealed record AdoptionScores(
    int Adopted,
    double? A1AverageDays,
    double? A2AverageDays,
    double? A3PercentWithin18Months,
    IReadOnlyList<AdoptionTimeline> Waiting);

/// <summary>
/// The adoption scorecard (DfE, from 2012; kpis.md K47–K49), worked out from the record. Each measure counts the
/// children adopted in the period: A1 is the average days from entering care to moving in with the adoptive family,
/// A2 the average days from the placement order to the match decision, and A3 the share of them who moved in within
/// 18 months of entering care. The thresholds are the latest edition's: 426 days (14 months) for A1 and 121 days
/// (4 months) for A2. A3 here also lists the children waiting on the day: a decision that stands, not yet placed.
/// </summary>
public static class AdoptionScorecard
{
    public const int A1ThresholdDays = 426;
    public const int A2ThresholdDays = 121;
    public const int A3Months = 18;

    public static AdoptionScores For(IEnumerable<AdoptionTimeline> children, DateOnly from, DateOnly to)
    {
        ArgumentNullException.ThrowIfNull(children);
        var all = children.ToList();
        var adopted = AdoptedBetween(all, from, to).ToList();
        var a2 = adopted.Where(c => c.PlacementOrderToMatchDays is not null).Select(c => (double)c.PlacementOrderToMatchDays!.Value).ToList();
        return new AdoptionScores(
            adopted.Count,
            adopted.Count == 0 ? null : adopted.Average(c => (double)c.EntryToMovingInDays!.Value),
            a2.Count == 0 ? null : a2.Average(),
            adopted.Count == 0 ? null : 100.0 * adopted.Count(MovedInWithinA3) / adopted.Count,
            [.. all.Where(c => c.IsWaitingOn(to)).OrderBy(c => c.DecisionOn)]);
    }

    /// <summary>The children the scorecard measures: adopted between the two dates (inclusive), having moved in with their adopters.</summary>
    public static IEnumerable<AdoptionTimeline> AdoptedBetween(IEnumerable<AdoptionTimeline> children, DateOnly from, DateOnly to) =>
        children.Where(c => c.AdoptedOn is { } a && a >= from && a <= to && c.MovedInOn is not null);

    /// <summary>A3: moved in with the adoptive family less than 18 months after entering care.</summary>
    public static bool MovedInWithinA3(AdoptionTimeline child)
    {
        ArgumentNullException.ThrowIfNull(child);
        return child.MovedInOn < child.EnteredCareOn.AddMonths(A3Months);
    }

    /// <summary>The day a child should have moved in with adopters to be within the A1 threshold.</summary>
    public static DateOnly MoveInBy(DateOnly enteredCareOn) => enteredCareOn.AddDays(A1ThresholdDays);

    /// <summary>The day a match should be decided to be within the A2 threshold.</summary>
    public static DateOnly MatchBy(DateOnly placementOrderOn) => placementOrderOn.AddDays(A2ThresholdDays);
}
