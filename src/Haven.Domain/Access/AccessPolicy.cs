namespace Haven.Domain.Access;

/// <summary>The signed-in person asking to see or change a record.</summary>
public sealed record Viewer(string UserId, IReadOnlySet<Role> Roles, Guid? TeamId)
{
    public bool Has(Role role) => Roles.Contains(role);
}

/// <summary>
/// What is known about a record and the viewer's relationship to it, gathered by the caller.
/// <paramref name="ViewerIsPersonalAdviser"/>: the viewer is the young person's personal adviser on their leaving care
/// record, a working relationship of its own, often outside the team the case is allocated to.
/// </summary>
public sealed record RecordAccessFacts(
    bool IsRestricted,
    bool ViewerIsNamedOnRestrictedRecord,
    bool ViewerIsAllocated,
    bool ViewerTeamIsAllocated,
    bool ViewerManagesAllocatedTeam,
    bool ViewerHasActiveBreakGlass,
    bool ViewerIsPersonalAdviser = false);

/// <summary>
/// How widely case records open. <see cref="Open"/>: every case-working role may open any unrestricted
/// record (small authorities, the demo). <see cref="Relationship"/>: only the allocated worker, their team
/// and their manager line; anyone else gets in through an audited, time-limited break-glass with a reason.
/// </summary>
public enum AccessMode
{
    Open,
    Relationship,
}

public enum AccessOutcome
{
    Allowed,
    AllowedByBreakGlass,

    /// <summary>
    /// An auditor reading a restricted record they are not named on: read only, and each opening is an audited
    /// event on the record, so auditing the restriction is itself visible.
    /// </summary>
    AllowedForAudit,

    /// <summary>The viewer could get in by stating a reason (break-glass); the page offers that.</summary>
    BreakGlassAvailable,
    DeniedRestricted,
    DeniedAggregateOnly,
    DeniedNoCaseRole,
}

public sealed record AccessDecision(AccessOutcome Outcome, bool CanEdit)
{
    public bool CanView => Outcome is AccessOutcome.Allowed or AccessOutcome.AllowedByBreakGlass or AccessOutcome.AllowedForAudit;

    /// <summary>How a list of people shows this record's row to the viewer.</summary>
    public ListedAs ListedAs => CanView ? ListedAs.Open
        : Outcome is AccessOutcome.DeniedAggregateOnly or AccessOutcome.DeniedNoCaseRole ? ListedAs.Hidden
        : ListedAs.Masked;
}

/// <summary>How a list of people (search, family network, front door, work tray, warning lists) shows one person.</summary>
public enum ListedAs
{
    /// <summary>The viewer may open the record, so the list shows who it is.</summary>
    Open,

    /// <summary>
    /// The viewer works with cases but may not open this record (restricted, or outside their relationships):
    /// the row may say that a record exists, with its Haven ID and nothing in it. Lists of work leave it out and
    /// count it instead.
    /// </summary>
    Masked,

    /// <summary>The viewer opens no case records at all (analysts, administrators): no row.</summary>
    Hidden,
}

/// <summary>
/// <see cref="AccessPolicy.Decide"/> worked out once for one viewer, so that a list can ask the same question of
/// thousands of records in one database query. Each property is a question the database answers per record;
/// <see cref="Classify"/> says how the answers combine, and a test proves it agrees with <see cref="AccessPolicy.Decide"/>.
/// </summary>
/// <param name="OpensNothing">The viewer has no case-working role: every row is <see cref="ListedAs.Hidden"/>.</param>
/// <param name="OpensUnrestrictedWithoutRelationship">
/// Unrestricted records open without allocation or break-glass: the authority works in <see cref="AccessMode.Open"/>,
/// or the viewer's role works across teams.
/// </param>
/// <param name="OpensRestrictedForAudit">The viewer is an auditor, who reads restricted records without being named.</param>
public sealed record ListAccessRule(bool OpensNothing, bool OpensUnrestrictedWithoutRelationship, bool OpensRestrictedForAudit = false)
{
    public ListedAs Classify(RecordAccessFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (OpensNothing)
        {
            return ListedAs.Hidden;
        }
        var opens = facts.IsRestricted
            ? facts.ViewerIsNamedOnRestrictedRecord || OpensRestrictedForAudit
            : OpensUnrestrictedWithoutRelationship
              || facts.ViewerIsAllocated || facts.ViewerTeamIsAllocated || facts.ViewerManagesAllocatedTeam
              || facts.ViewerIsPersonalAdviser || facts.ViewerHasActiveBreakGlass;
        return opens ? ListedAs.Open : ListedAs.Masked;
    }
}

/// <summary>Who may open and change a person's record. Plain rules, unit-tested; pages call this, never roll their own.</summary>
public static class AccessPolicy
{
    public static AccessDecision Decide(Viewer viewer, RecordAccessFacts facts, AccessMode mode)
    {
        var caseRoles = viewer.Roles.Where(Roles.WorksWithCases).ToList();
        if (caseRoles.Count == 0)
        {
            // Performance analysts see aggregates only; administrators run the system, not cases.
            return new AccessDecision(
                viewer.Has(Role.PerformanceAnalyst) ? AccessOutcome.DeniedAggregateOnly : AccessOutcome.DeniedNoCaseRole,
                CanEdit: false);
        }

        var canEdit = caseRoles.Any(r => r is not Role.Auditor);

        if (facts.IsRestricted)
        {
            // A restricted record (a staff member's relative, a high-profile case) is not opened by break-glass:
            // only the people the managers named may open it, and auditors, read only, to check how it was handled.
            if (facts.ViewerIsNamedOnRestrictedRecord)
            {
                return new AccessDecision(AccessOutcome.Allowed, canEdit);
            }
            return viewer.Has(Role.Auditor)
                ? new AccessDecision(AccessOutcome.AllowedForAudit, CanEdit: false)
                : new AccessDecision(AccessOutcome.DeniedRestricted, false);
        }

        if (mode == AccessMode.Open || HasRelationship(viewer, facts))
        {
            return new AccessDecision(AccessOutcome.Allowed, canEdit);
        }

        return facts.ViewerHasActiveBreakGlass
            ? new AccessDecision(AccessOutcome.AllowedByBreakGlass, canEdit)
            : new AccessDecision(AccessOutcome.BreakGlassAvailable, false);
    }

    private static bool HasRelationship(Viewer viewer, RecordAccessFacts facts) =>
        facts.ViewerIsAllocated
        || facts.ViewerTeamIsAllocated
        || facts.ViewerManagesAllocatedTeam
        || facts.ViewerIsPersonalAdviser
        || WorksAcrossTeams(viewer);

    // Service managers, auditors and IROs work across teams by design.
    private static bool WorksAcrossTeams(Viewer viewer) =>
        viewer.Has(Role.ServiceManager) || viewer.Has(Role.Auditor) || viewer.Has(Role.IndependentReviewingOfficer);

    /// <summary>The same decision as <see cref="Decide"/>, prepared for one viewer to apply to many records at once (lists and counts).</summary>
    public static ListAccessRule ForLists(Viewer viewer, AccessMode mode)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        return new ListAccessRule(
            OpensNothing: !viewer.Roles.Any(Roles.WorksWithCases),
            OpensUnrestrictedWithoutRelationship: mode == AccessMode.Open || WorksAcrossTeams(viewer),
            OpensRestrictedForAudit: viewer.Has(Role.Auditor));
    }

    /// <summary>Who may see the "who has viewed this record" page and set restrictions.</summary>
    public static bool CanManageAccess(Viewer viewer) =>
        viewer.Has(Role.TeamManager) || viewer.Has(Role.ServiceManager) || viewer.Has(Role.Auditor);

    /// <summary>Break-glass access lasts long enough for one piece of work, then must be asked for again.</summary>
    public static readonly TimeSpan BreakGlassDuration = TimeSpan.FromHours(4);
}
