namespace Haven.Domain.People;

/// <summary>
/// "Person is the [Type] of RelatedPerson", e.g. Jane is the Parent of Amy. Stored once and read from
/// either side, so the reverse wording comes from <see cref="RelationshipTypes.Describe"/>.
/// </summary>
public sealed class Relationship
{
    public Guid Id { get; set; }
    public Guid PersonId { get; set; }
    public Guid RelatedPersonId { get; set; }
    public RelationshipType Type { get; set; }
    public DateOnly? StartDate { get; set; }
    public DateOnly? EndDate { get; set; }
    public bool ParentalResponsibility { get; set; }
    public bool LivesWith { get; set; }
    public string? Note { get; set; }

    public bool IsCurrent(DateOnly today) => EndDate is null || EndDate >= today;
}

public enum RelationshipType
{
    Parent,
    StepParent,
    Sibling,
    HalfSibling,
    StepSibling,
    Grandparent,
    Carer,
    AuntOrUncle,
    Partner,
    Other,
}

public static class RelationshipTypes
{
    /// <summary>How the relationship reads from <paramref name="fromPersonSide"/>'s point of view.</summary>
    public static string Describe(RelationshipType type, bool fromPersonSide) => (type, fromPersonSide) switch
    {
        (RelationshipType.Parent, true) => "Parent",
        (RelationshipType.Parent, false) => "Child",
        (RelationshipType.StepParent, true) => "Step-parent",
        (RelationshipType.StepParent, false) => "Step-child",
        (RelationshipType.Grandparent, true) => "Grandparent",
        (RelationshipType.Grandparent, false) => "Grandchild",
        (RelationshipType.Carer, true) => "Carer",
        (RelationshipType.Carer, false) => "Cared for by",
        (RelationshipType.AuntOrUncle, true) => "Aunt or uncle",
        (RelationshipType.AuntOrUncle, false) => "Niece or nephew",
        (RelationshipType.Sibling, _) => "Sibling",
        (RelationshipType.HalfSibling, _) => "Half-sibling",
        (RelationshipType.StepSibling, _) => "Step-sibling",
        (RelationshipType.Partner, _) => "Partner",
        _ => "Other",
    };

    /// <summary>Whether the relationship belongs to the older generation (drawn above the child).</summary>
    public static int GenerationOffset(RelationshipType type, bool fromPersonSide) => type switch
    {
        RelationshipType.Parent or RelationshipType.StepParent or RelationshipType.Carer or RelationshipType.AuntOrUncle => fromPersonSide ? 1 : -1,
        RelationshipType.Grandparent => fromPersonSide ? 2 : -2,
        _ => 0,
    };
}
