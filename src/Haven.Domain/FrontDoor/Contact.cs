namespace Haven.Domain.FrontDoor;

/// <summary>
/// A contact about one child: who got in touch, how, when, and the concern in their words. A call about
/// three children makes three contacts sharing a <see cref="ContactGroupId"/>, so each child's record has
/// its own and each gets its own decision.
/// </summary>
public sealed class Contact : IVersioned
{
    /// <summary>Goes up with every save; an edit made from an older version is refused (<see cref="IVersioned"/>).</summary>
    public int Version { get; set; }

    public Guid Id { get; set; }
    public Guid ContactGroupId { get; set; }

    /// <summary>A short reference the front door and the referrer quote, e.g. "C-2026-000123".</summary>
    public required string Reference { get; set; }
    public Guid PersonId { get; set; }

    /// <summary>When it was received, as a UTC instant; the decision clock starts from the local date.</summary>
    public DateTime ReceivedAtUtc { get; set; }
    public ContactRoute Route { get; set; }
    public ContactKind Kind { get; set; }

    /// <summary>DfE CIN referral source code (1A–10).</summary>
    public required string SourceCode { get; set; }
    public string? ReferrerName { get; set; }
    public string? ReferrerOrganisation { get; set; }
    public string? ReferrerRole { get; set; }
    public string? ReferrerEmail { get; set; }
    public string? ReferrerPhone { get; set; }
    public string? ReferrerAddress { get; set; }

    public required string Concern { get; set; }

    /// <summary>
    /// The referrer said the child is at immediate risk of harm (the online form asks; a worker taking a call can say so).
    /// Such contacts go to the top of the front door's queue whatever their arrival time.
    /// </summary>
    public bool ImmediateRisk { get; set; }

    /// <summary>
    /// A police notification of domestic abuse: the DASH risk level the police gave (standard, medium or high). Only
    /// on a contact from the police; null on every other contact and when the police gave none.
    /// </summary>
    public Haven.Domain.Safeguarding.DashRiskLevel? DashRiskLevel { get; set; }

    public string? ChildsViews { get; set; }
    public ConsentToShare Consent { get; set; }
    public string? ConsentBasis { get; set; }
    public YesNoNotKnown ParentsAware { get; set; }

    public required string RecordedByUserId { get; set; }

    /// <summary>Set when a worker confirms they read the history Haven showed them.</summary>
    public DateTime? HistoryReadAtUtc { get; set; }
    public string? HistoryReadByUserId { get; set; }
    public string? HistoryNote { get; set; }

    public ScreeningDecision? Decision { get; set; }
    public ReferrerFeedback? Feedback { get; set; }

    public bool IsAwaitingDecision => Decision is null;
}

public enum ContactRoute
{
    Phone,
    Email,
    SecureEmail,
    Letter,
    InPerson,
    PoliceNotification,
    PartnerForm,
}

/// <summary>The seeds' three kinds: a consultation asks advice; a contact passes on a concern; a referral asks for a service.</summary>
public enum ContactKind
{
    Contact,
    Consultation,
    Referral,
}

public enum ConsentToShare
{
    Given,
    Refused,
    NotSought,

    /// <summary>Shared without consent because of risk of significant harm: the basis must be recorded.</summary>
    NotRequired,
}

public enum YesNoNotKnown
{
    NotKnown,
    Yes,
    No,
}
