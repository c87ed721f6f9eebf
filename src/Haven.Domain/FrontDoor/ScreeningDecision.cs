namespace Haven.Domain.FrontDoor;

/// <summary>
/// The manager's decision on a contact, with the rationale and threshold level that inspectors look for.
/// Once made it is changed only through an amendment with a recorded reason (see <see cref="FrontDoorRules"/>).
/// </summary>
public sealed class ScreeningDecision : IVersioned
{
    /// <summary>Goes up with every save; an edit made from an older version is refused (<see cref="IVersioned"/>).</summary>
    public int Version { get; set; }

    public Guid Id { get; set; }
    public Guid ContactId { get; set; }
    public ScreeningOutcome Outcome { get; set; }
    public ThresholdLevel Threshold { get; set; }
    public required string Rationale { get; set; }

    /// <summary>For early help: the lead professional and their agency.</summary>
    public string? LeadProfessional { get; set; }
    public string? LeadAgency { get; set; }

    public required string DecidedByUserId { get; set; }
    public required string DecidedByName { get; set; }
    public DateTime DecidedAtUtc { get; set; }

    /// <summary>How many times the decision was changed after it was made; each change is an event with its reason.</summary>
    public int AmendmentCount { get; set; }
}

public enum ScreeningOutcome
{
    NoFurtherAction,
    InformationAndAdvice,
    Signpost,
    EarlyHelp,
    ReferralForAssessment,
    StrategyDiscussion,
}

/// <summary>The levels of need in most LSCP threshold documents.</summary>
public enum ThresholdLevel
{
    Universal = 1,
    EarlyHelp = 2,
    ChildInNeed = 3,
    Safeguarding = 4,
}

/// <summary>Whether and how the referrer was told the outcome, tracked against the 48-hour expectation.</summary>
public sealed class ReferrerFeedback
{
    public Guid Id { get; set; }
    public Guid ContactId { get; set; }
    public FeedbackMethod Method { get; set; }
    public FeedbackStatus Status { get; set; }
    public DateTime DueAtUtc { get; set; }
    public DateTime? SentAtUtc { get; set; }
    public string? SentByUserId { get; set; }
    public string? FailureReason { get; set; }
    public string? ProviderReference { get; set; }
}

public enum FeedbackMethod
{
    Email,
    Letter,

    /// <summary>Anonymous or unknown referrers: there is nobody to tell.</summary>
    NotPossible,
}

public enum FeedbackStatus
{
    NotSent,
    Sent,
    Failed,
    NotRequired,
}
