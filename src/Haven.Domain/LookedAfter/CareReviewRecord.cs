namespace Haven.Domain.LookedAfter;

/// <summary>
/// A looked-after review as the independent reviewing officer records it: when it was held, who chaired it, how the
/// child took part (SSDA903 REVIEW_CODE, PN0–PN7), what the child said, what the review decided and recommended, and
/// when the minutes went to the child and to the carers. The review clock (<see cref="CareTimescales.NextReviewDue"/>)
/// runs from the dates these were held.
/// </summary>
public sealed class CareReview : IVersioned
{
    /// <summary>Goes up with every save; an edit made from an older version is refused (<see cref="IVersioned"/>).</summary>
    public int Version { get; set; }

    public Guid Id { get; set; }
    public Guid PersonId { get; set; }
    public Guid CarePeriodId { get; set; }
    public DateOnly HeldOn { get; set; }

    /// <summary>The IRO who chaired the review (the allocated IRO, or a colleague covering).</summary>
    public required string ChairUserId { get; set; }
    public required string ChairName { get; set; }

    /// <summary>SSDA903 REVIEW_CODE, from <see cref="LookedAfterCodes.ReviewParticipation"/>.</summary>
    public required string Participation { get; set; }

    public required string ChildsViews { get; set; }
    public required string Decisions { get; set; }

    /// <summary>The days the review's record went to the child and to the carers; none until it has.</summary>
    public DateOnly? MinutesToChildOn { get; set; }
    public DateOnly? MinutesToCarersOn { get; set; }

    public required string RecordedByUserId { get; set; }
    public required string RecordedByName { get; set; }
    public DateTime RecordedAtUtc { get; set; }

    public List<CareReviewRecommendation> Recommendations { get; set; } = [];
}

/// <summary>What a review asked someone to do, by when; marked done later, when it is done.</summary>
public sealed class CareReviewRecommendation
{
    public Guid Id { get; set; }
    public Guid CareReviewId { get; set; }
    public required string Recommendation { get; set; }
    public required string Owner { get; set; }
    public DateOnly DueOn { get; set; }
    public DateOnly? CompletedOn { get; set; }
}

/// <summary>
/// The child's care plan as agreed on a day, with a summary. A new agreement adds a row, so the record keeps each
/// version; the latest is the plan in force.
/// </summary>
public sealed class CarePlan
{
    public Guid Id { get; set; }
    public Guid PersonId { get; set; }
    public Guid CarePeriodId { get; set; }
    public DateOnly AgreedOn { get; set; }
    public required string Summary { get; set; }
    public required string RecordedByUserId { get; set; }
    public required string RecordedByName { get; set; }
    public DateTime RecordedAtUtc { get; set; }
}

/// <summary>
/// The plan for where the child will grow up, which must be in place by the second review (Care Planning
/// Regulations 2010, statutory guidance vol. 2 para 2.44). A change of plan adds a row.
/// </summary>
public sealed class PermanencePlan
{
    public Guid Id { get; set; }
    public Guid PersonId { get; set; }
    public Guid CarePeriodId { get; set; }
    public PermanencePlanType PlanType { get; set; }
    public DateOnly AgreedOn { get; set; }
    public string? Note { get; set; }
    public required string RecordedByUserId { get; set; }
    public required string RecordedByName { get; set; }
    public DateTime RecordedAtUtc { get; set; }
}

public enum PermanencePlanType
{
    ReturnHome,
    LongTermFosterCare,
    Adoption,
    SpecialGuardianship,
    ChildArrangementsOrder,
    LongTermResidential,
    IndependentLiving,
}

/// <summary>The words for each permanence plan, once, for forms, the record and the chronology.</summary>
public static class PermanencePlanTypes
{
    public static IReadOnlyList<PermanencePlanType> All { get; } = Enum.GetValues<PermanencePlanType>();

    public static string Label(PermanencePlanType type) => type switch
    {
        PermanencePlanType.ReturnHome => "Return home to parents or family",
        PermanencePlanType.LongTermFosterCare => "Long-term foster care",
        PermanencePlanType.Adoption => "Adoption",
        PermanencePlanType.SpecialGuardianship => "Special guardianship order",
        PermanencePlanType.ChildArrangementsOrder => "Child arrangements order",
        PermanencePlanType.LongTermResidential => "Long-term residential care",
        PermanencePlanType.IndependentLiving => "Supported move to independence",
        _ => type.ToString(),
    };
}
