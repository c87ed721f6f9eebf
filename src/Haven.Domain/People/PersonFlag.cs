namespace Haven.Domain.People;

/// <summary>A warning everyone must see before they act, e.g. a risk to staff visiting alone.</summary>
public sealed class PersonFlag
{
    public Guid Id { get; set; }
    public Guid PersonId { get; set; }
    public FlagType Type { get; set; }
    public string? Note { get; set; }
    public DateOnly From { get; set; }
    public DateOnly? To { get; set; }

    public bool IsActive(DateOnly today) => From <= today && (To is null || To >= today);
}

public enum FlagType
{
    RiskToStaff,
    InterpreterNeeded,
    DoNotDiscloseAddress,
    Disability,
    Allergy,
    DomesticAbuseMarac,
    ChildSexualExploitation,
    MissingFromHome,
    PrivateFostering,
    YoungCarer,
    FemaleGenitalMutilation,
    Other,
}
