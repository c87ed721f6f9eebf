namespace Haven.Domain.FrontDoor;

/// <summary>A referral to children's social care, with the fields the CIN census needs.</summary>
public sealed class Referral : IVersioned
{
    /// <summary>Goes up with every save; an edit made from an older version is refused (<see cref="IVersioned"/>).</summary>
    public int Version { get; set; }

    public Guid Id { get; set; }
    public Guid PersonId { get; set; }
    /// <summary>The contact it came from; null for referrals imported from a previous system's CIN census.</summary>
    public Guid? ContactId { get; set; }
    public DateOnly ReferralDate { get; set; }

    /// <summary>DfE referral source code (1A–10), copied from the contact.</summary>
    public required string SourceCode { get; set; }

    /// <summary>DfE primary need code N0–N9.</summary>
    public required string PrimaryNeedCode { get; set; }

    /// <summary>True when the child had another referral in the 12 months before this one.</summary>
    public bool IsReReferral { get; set; }

    /// <summary>Set when the referral ends with no further action (counted in the CIN census).</summary>
    public bool NoFurtherAction { get; set; }

    public Guid? AllocatedTeamId { get; set; }
    public string? AllocatedWorkerUserId { get; set; }
    public DateOnly? AllocatedOn { get; set; }

    /// <summary>CIN census CINclosureDate: the end of the episode of need that began with this referral.</summary>
    public DateOnly? ClosedOn { get; set; }

    /// <summary>DfE reason for closure RC1–RC9.</summary>
    public string? ReasonForClosure { get; set; }
    public string? ClosureNote { get; set; }

    public bool IsOpen => ClosedOn is null;
}
