namespace Haven.Domain.Assessments;

/// <summary>
/// A social work assessment of a child in one episode (referral). The fields are what the seeds found missing
/// in poor records: whether the child was seen and seen alone, the child's own words, the parents' and others'
/// views, the history considered, analysis, and equality and diversity. Authorisation by a manager fixes the
/// CIN census AssessmentAuthorisationDate.
/// </summary>
public sealed class Assessment : IVersioned
{
    /// <summary>Goes up with every save; an edit made from an older version is refused (<see cref="IVersioned"/>).</summary>
    public int Version { get; set; }

    public Guid Id { get; set; }
    public Guid PersonId { get; set; }
    public Guid ReferralId { get; set; }
    public AssessmentType Type { get; set; }

    /// <summary>CIN census AssessmentActualStartDate.</summary>
    public DateOnly StartDate { get; set; }

    /// <summary>
    /// The timescale set for this child in working days from the referral (single assessments; at most 45).
    /// Legacy types carry their fixed timescale instead.
    /// </summary>
    public int TimescaleWorkingDays { get; set; }

    public string? AllocatedWorkerUserId { get; set; }

    public DateOnly? ChildSeenOn { get; set; }
    public bool? SeenAlone { get; set; }
    public string? NotSeenAloneReason { get; set; }

    /// <summary>Why the child has not been seen, when a manager authorises without a visit (e.g. unborn).</summary>
    public string? NotSeenReason { get; set; }

    /// <summary>The child's wishes and feelings, in their own words or as observed.</summary>
    public string? ChildsWishesAndFeelings { get; set; }
    public ChildVoiceSource? ChildVoiceSource { get; set; }

    /// <summary>Why the child's voice could not be recorded, when a manager authorises without it.</summary>
    public string? NoVoiceReason { get; set; }

    public string? ParentsViews { get; set; }

    /// <summary>Fathers and other significant adults: who took part and who did not (Ofsted: fathers not engaged).</summary>
    public string? OthersViews { get; set; }
    public string? HistoryConsidered { get; set; }
    public string? Analysis { get; set; }
    public string? EqualityAndDiversity { get; set; }

    /// <summary>DfE assessment factor codes (1A…24A, 21 = no factors).</summary>
    public List<string> Factors { get; set; } = [];

    public AssessmentOutcome? Outcome { get; set; }
    public DateOnly? SubmittedOn { get; set; }
    public string? SubmittedByUserId { get; set; }

    /// <summary>CIN census AssessmentAuthorisationDate: the date it was completed.</summary>
    public DateOnly? AuthorisedOn { get; set; }
    public string? AuthorisedByUserId { get; set; }
    public string? AuthorisationNote { get; set; }

    /// <summary>The last time a manager sent it back to the social worker, and who: the page says so beside their note.</summary>
    public DateOnly? ReturnedOn { get; set; }
    public string? ReturnedByUserId { get; set; }

    public bool IsAuthorised => AuthorisedOn is not null;
}

public enum AssessmentType
{
    Single,

    /// <summary>Legacy initial assessment (imported history): 7, later 10, working days from referral.</summary>
    Initial,

    /// <summary>Legacy core assessment (imported history): 35 working days from its start.</summary>
    Core,
}

public enum ChildVoiceSource
{
    OwnWords,
    Observed,
}

public enum AssessmentOutcome
{
    NoFurtherAction,
    EarlyHelp,
    ChildInNeedPlan,
    StrategyDiscussion,
    ContinueChildProtectionPlan,
}
