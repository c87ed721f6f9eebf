namespace Haven.Domain.CaseRecording;

/// <summary>
/// A manager's oversight entry on a child's case, or a record of case supervision: the direction given and
/// the reasons for it. Ofsted repeatedly found decisions with no recorded rationale and no visible oversight.
/// </summary>
public sealed class OversightRecord
{
    public Guid Id { get; set; }
    public Guid PersonId { get; set; }
    public OversightKind Kind { get; set; }
    public DateOnly RecordedOn { get; set; }
    public required string Direction { get; set; }
    public required string Rationale { get; set; }

    /// <summary>Supervision only: the worker supervised.</summary>
    public string? WorkerUserId { get; set; }
    public required string ManagerUserId { get; set; }
    public required string ManagerName { get; set; }
    public DateTime RecordedAtUtc { get; set; }
}

public enum OversightKind
{
    ManagementOversight,
    Supervision,
}

/// <summary>
/// A record that an assessment, plan or conference paper was shared with the family: when, with whom, how.
/// Ofsted: "records do not consistently demonstrate that parents receive the outcome of their assessment or
/// copies of their plans".
/// </summary>
public sealed class SharingRecord
{
    public Guid Id { get; set; }
    public Guid PersonId { get; set; }
    public SharedItemKind ItemKind { get; set; }
    public Guid ItemId { get; set; }
    public DateOnly SharedOn { get; set; }
    public required string SharedWith { get; set; }
    public SharingMethod Method { get; set; }
    public required string RecordedByUserId { get; set; }
    public DateTime RecordedAtUtc { get; set; }
}

public enum SharedItemKind
{
    Assessment,
    ChildProtectionPlan,
    ChildInNeedPlan,
    ConferenceReport,
    ConferenceMinutes,
}

public enum SharingMethod
{
    InPerson,
    Post,
    Email,
    SecurePortal,
}
