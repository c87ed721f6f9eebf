namespace Haven.Domain.Events;

/// <summary>
/// Something done in Haven that is not a change to one child's record, kept as evidence: an account's role, team or
/// two-factor changed, a list of children or a statutory return taken out of Haven, an access refused. Written to
/// the <c>audit_events</c> hash chain; never changed or deleted.
/// </summary>
public sealed class AuditEvent : ChainedEvent
{
    public long Id { get; set; }

    /// <summary>What happened (<see cref="AuditEventTypes"/>).</summary>
    public required string Type { get; set; }

    public required string ActorUserId { get; set; }

    public required string ActorName { get; set; }

    /// <summary>What it was done to: "User", "Team", "Page", "Export" or "Person".</summary>
    public required string TargetType { get; set; }

    /// <summary>The account's, team's or person's id, the page's address or the file's name.</summary>
    public required string TargetId { get; set; }

    /// <summary>The target as people know it: the account holder's name, the team's name, the list's name.</summary>
    public required string TargetName { get; set; }

    /// <summary>One line a person can read, e.g. "Sam Social: Social worker to Team manager".</summary>
    public required string Summary { get; set; }

    public List<FieldChange> Changes { get; set; } = [];

    public const string Chain = "audit_events";

    public override string ChainName => Chain;

    public override void WriteContent(CanonicalWriter content)
    {
        ArgumentNullException.ThrowIfNull(content);
        content.Add(Type).Add(OccurredAtUtc).Add(ActorUserId).Add(ActorName).Add(TargetType).Add(TargetId).Add(TargetName).Add(Summary).Add(Changes);
    }
}

/// <summary>
/// The audit event names. Strings, because the stream outlives any one version of the code. Account and team changes
/// are named by the administration pages that make them (Haven.Web's AdminAudit: UserRoleChanged, TeamCreated, ...).
/// </summary>
public static class AuditEventTypes
{
    /// <summary>A file of children's or staff data left Haven: a census, its issues, a list of users, a work tray or front door list.</summary>
    public const string Exported = nameof(Exported);

    /// <summary>A statutory return was checked against the DfE rules: its errors and queries, for the analyst's home.</summary>
    public const string ReturnChecked = nameof(ReturnChecked);

    /// <summary>Someone was refused a page, a record or a change to a record.</summary>
    public const string AccessRefused = nameof(AccessRefused);

    /// <summary>A carer or provider was added to the register children are placed from, or their details changed.</summary>
    public const string CarerAdded = nameof(CarerAdded);
    public const string CarerChanged = nameof(CarerChanged);

    /// <summary>A scorecard target (and its amber tolerance) was set or changed, or commentary written for the committee.</summary>
    public const string ScorecardTargetSet = nameof(ScorecardTargetSet);
    public const string ScorecardCommentaryAdded = nameof(ScorecardCommentaryAdded);

    /// <summary>Published comparators were imported for the scorecard, or the authority's child population for a year set.</summary>
    public const string ScorecardComparatorsImported = nameof(ScorecardComparatorsImported);
    public const string ChildPopulationSet = nameof(ChildPopulationSet);
    /// <summary>A fostering or adopting household: its enquiry, each step of its journey, an entry (review, visit, training, concern) or a member.</summary>
    public const string HouseholdEnquiry = nameof(HouseholdEnquiry);
    public const string HouseholdStepRecorded = nameof(HouseholdStepRecorded);
    public const string HouseholdEntryRecorded = nameof(HouseholdEntryRecorded);
    public const string HouseholdMemberAdded = nameof(HouseholdMemberAdded);
    /// <summary>An allegation against an adult who works with children: recorded, moved on, or a child linked (never a child's case event).</summary>
    public const string AllegationRecorded = nameof(AllegationRecorded);
    public const string AllegationChanged = nameof(AllegationChanged);
    public const string AllegationChildLinked = nameof(AllegationChildLinked);
}
