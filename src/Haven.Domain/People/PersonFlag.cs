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

    /// <summary>Who added it and who ended it, and why it ended, so a warning's life can be read without the audit log.</summary>
    public string? AddedByName { get; set; }
    public string? EndedByName { get; set; }
    public string? EndReason { get; set; }

    /// <summary>When the warning should next be looked at to see whether it still applies.</summary>
    public DateOnly? ReviewDate { get; set; }

    /// <summary>Trafficking only: whether a National Referral Mechanism referral was made, and when.</summary>
    public bool? NrmReferralMade { get; set; }
    public DateOnly? NrmReferralDate { get; set; }

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
    ChildCriminalExploitation,
    CountyLines,

    /// <summary>Risk of radicalisation, usually with a Prevent referral.</summary>
    Radicalisation,

    /// <summary>Trafficking or modern slavery, with whether a National Referral Mechanism referral was made.</summary>
    Trafficking,
}
