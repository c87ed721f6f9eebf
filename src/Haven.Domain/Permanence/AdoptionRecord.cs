using Haven.Domain.LookedAfter;

namespace Haven.Domain.Permanence;

/// <summary>
/// A child's route to adoption within one period of care: the agency decision maker's decision that the child should be
/// placed for adoption, the match (panel, then the ADM's decision) with the adopters, the day the child was placed, and
/// a reversal of the decision. The placement order is the period's E1 legal status and the adoption order is the
/// period ending with REC E11 or E12, so neither is held twice. Holds what the SSDA903 AD1 and "placed for adoption"
/// tables need (DATE_INT, DATE_MATCH, FOSTER_CARE, NB_ADOPTR, SEX_ADOPTR, LS_ADOPTR, DATE_PLACED_CEASED, REASON_PLACED_CEASED).
/// </summary>
public sealed class AdoptionJourney : IVersioned
{
    /// <summary>Goes up with every save; an edit made from an older version is refused (<see cref="IVersioned"/>).</summary>
    public int Version { get; set; }

    public Guid Id { get; set; }
    public Guid PersonId { get; set; }
    public Guid CarePeriodId { get; set; }

    /// <summary>The agency decision maker's decision that the child should be placed for adoption (SSDA903 DATE_PLACED, AD1 DATE_INT), by whom and why.</summary>
    public DateOnly DecisionOn { get; set; }
    public required string DecisionBy { get; set; }
    public required string DecisionRationale { get; set; }

    /// <summary>The adoption panel that recommended the match, and the ADM's match decision (AD1 DATE_MATCH, the end of the A2 clock).</summary>
    public DateOnly? MatchingPanelOn { get; set; }
    public DateOnly? MatchedOn { get; set; }
    public string? Adopters { get; set; }

    /// <summary>AD1: whether the adopters are the child's foster carers, how many they are, and the return's codes for them.</summary>
    public bool? AdoptedByFosterCarers { get; set; }
    public int? NumberOfAdopters { get; set; }
    public string? AdoptersSex { get; set; }
    public string? AdoptersLegalStatus { get; set; }

    /// <summary>
    /// The day the child moved in with the adopters (the end of the A1 clock): the day placed for adoption, or, when
    /// the foster carers adopt, the day the child first went to live with them (scorecard A10).
    /// </summary>
    public DateOnly? PlacedOn { get; set; }

    /// <summary>The decision reversed: the day and the SSDA903 reason (RD1–RD4, <see cref="LookedAfterCodes.ReasonsNoLongerPlacedForAdoption"/>).</summary>
    public DateOnly? ReversedOn { get; set; }
    public string? ReversalReason { get; set; }
    public string? ReversalNote { get; set; }

    public required string RecordedByUserId { get; set; }
    public required string RecordedByName { get; set; }
    public DateTime RecordedAtUtc { get; set; }

    public bool IsReversed => ReversedOn is not null;
}

/// <summary>
/// A special guardianship order or a child arrangements order that ended a period of care (REC E41, E45–E48), with
/// the carers and the support plan the authority agreed with them.
/// </summary>
public sealed class PermanenceOrder
{
    public Guid Id { get; set; }
    public Guid PersonId { get; set; }
    public Guid CarePeriodId { get; set; }
    public PermanenceOrderKind Kind { get; set; }
    public DateOnly MadeOn { get; set; }
    public required string Carers { get; set; }

    /// <summary>The SSDA903 reason the period of care ended (E41 for a child arrangements order, E45–E48 for an SGO).</summary>
    public required string ReasonCeased { get; set; }

    /// <summary>The special guardianship (or child arrangements) support plan: agreed, and when it is next reviewed.</summary>
    public DateOnly? SupportPlanAgreedOn { get; set; }
    public DateOnly? SupportPlanReviewOn { get; set; }
    public string? Note { get; set; }

    public required string RecordedByUserId { get; set; }
    public required string RecordedByName { get; set; }
    public DateTime RecordedAtUtc { get; set; }
}

public enum PermanenceOrderKind
{
    SpecialGuardianship,
    ChildArrangements,
}

/// <summary>The words for the permanence code sets, once.</summary>
public static class PermanenceText
{
    public static string Label(PermanenceOrderKind kind) => kind switch
    {
        PermanenceOrderKind.SpecialGuardianship => "Special guardianship order",
        _ => "Child arrangements order",
    };

    /// <summary>The REC codes an order of this kind can end a period of care with.</summary>
    public static IReadOnlyList<Code> ReasonsCeased(PermanenceOrderKind kind) =>
        [.. LookedAfterCodes.ReasonsCeased.Where(c => kind == PermanenceOrderKind.SpecialGuardianship
            ? LookedAfterCodes.SpecialGuardianship.Contains(c.Value)
            : c.Value == LookedAfterCodes.ChildArrangementsOrder)];
}
