namespace Haven.Domain.Access;

/// <summary>The signed-in person asking to see or change a record.</summary>
public sealed record Viewer(string UserId, IReadOnlySet<Role> Roles, Guid? TeamId)
{
    public bool Has(Role role) => Roles.Contains(role);
}

/// <summary>What is known about a record and the viewer's relationship to it, gathered by the caller.</summary>
public sealed record RecordAccessFacts(
    bool IsRestricted,
    bool ViewerIsNamedOnRestrictedRecord,
    bool ViewerIsAllocated,
    bool ViewerTeamIsAllocated,
    bool ViewerManagesAllocatedTeam,
    bool ViewerHasActiveBreakGlass);

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

    /// <summary>The viewer could get in by stating a reason (break-glass); the page offers that.</summary>
    BreakGlassAvailable,
    DeniedRestricted,
    DeniedAggregateOnly,
    DeniedNoCaseRole,
}

public sealed record AccessDecision(AccessOutcome Outcome, bool CanEdit)
{
    public bool CanView => Outcome is AccessOutcome.Allowed or AccessOutcome.AllowedByBreakGlass;
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
            // only the people the managers named may open it.
            return facts.ViewerIsNamedOnRestrictedRecord
                ? new AccessDecision(AccessOutcome.Allowed, canEdit)
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
        // Service managers, auditors and IROs work across teams by design.
        || viewer.Has(Role.ServiceManager)
        || viewer.Has(Role.Auditor)
        || viewer.Has(Role.IndependentReviewingOfficer);

    /// <summary>Who may see the "who has viewed this record" page and set restrictions.</summary>
    public static bool CanManageAccess(Viewer viewer) =>
        viewer.Has(Role.TeamManager) || viewer.Has(Role.ServiceManager) || viewer.Has(Role.Auditor);

    /// <summary>Break-glass access lasts long enough for one piece of work, then must be asked for again.</summary>
    public static readonly TimeSpan BreakGlassDuration = TimeSpan.FromHours(4);
}
