namespace Haven.Domain.ChildProtection;

/// <summary>A section 47 enquiry (Children Act 1989): is the child suffering, or likely to suffer, significant harm?</summary>
public sealed class Section47Enquiry : IVersioned
{
    /// <summary>Goes up with every save; an edit made from an older version is refused (<see cref="IVersioned"/>).</summary>
    public int Version { get; set; }

    public Guid Id { get; set; }
    public Guid PersonId { get; set; }
    public Guid ReferralId { get; set; }
    public Guid? StrategyDiscussionId { get; set; }

    /// <summary>CIN census S47ActualStartDate.</summary>
    public DateOnly StartDate { get; set; }
    public bool JointWithPolice { get; set; }
    public string? AllocatedWorkerUserId { get; set; }

    public DateOnly? ChildSeenOn { get; set; }
    public bool? SeenAlone { get; set; }

    public DateOnly? CompletedOn { get; set; }
    public Section47Outcome? Outcome { get; set; }
    public string? OutcomeRationale { get; set; }

    /// <summary>
    /// A decision not to go to conference when harm was substantiated needs a senior manager's agreement
    /// (Ofsted: such decisions were made prematurely and never checked).
    /// </summary>
    public string? SeniorManagerAgreedByUserId { get; set; }
    public DateOnly? SeniorManagerAgreedOn { get; set; }

    /// <summary>CIN census ICPCnotRequired.</summary>
    public bool IcpcNotRequired => Outcome is not null and not Section47Outcome.ConferenceRequired;
}

public enum Section47Outcome
{
    ConferenceRequired,
    SubstantiatedNoConference,
    NotSubstantiatedChildInNeed,
    NoFurtherAction,
}
