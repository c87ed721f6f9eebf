namespace Haven.Domain.ChildProtection;

/// <summary>
/// A child protection plan: structured outcomes and actions (what must change, who does what by when, how we
/// will know, and what happens if it does not), a core group, visits and review conferences.
/// </summary>
public sealed class ChildProtectionPlan : IVersioned
{
    /// <summary>Goes up with every save; an edit made from an older version is refused (<see cref="IVersioned"/>).</summary>
    public int Version { get; set; }

    public Guid Id { get; set; }
    public Guid PersonId { get; set; }
    public Guid ReferralId { get; set; }

    /// <summary>CIN census CPPstartDate: the day of the initial conference.</summary>
    public DateOnly StartDate { get; set; }
    public required string InitialCategory { get; set; }
    public required string LatestCategory { get; set; }

    /// <summary>CIN census NumberOfPreviousCPP: earlier plans for this child, anywhere in England.</summary>
    public int NumberOfPreviousPlans { get; set; }

    /// <summary>Working days between visits, set locally (default 10).</summary>
    public int VisitFrequencyWorkingDays { get; set; } = 10;

    public string? Contingency { get; set; }
    public DateOnly? EndDate { get; set; }
    public PlanEndReason? EndReason { get; set; }
    public string? EndNote { get; set; }

    public List<CoreGroupMember> CoreGroup { get; set; } = [];
    public List<CoreGroupMeeting> CoreGroupMeetings { get; set; } = [];

    public bool IsOpen => EndDate is null;
}

/// <summary>
/// One line of a child protection or child in need plan: the need or risk, the action, who, by when, how we will
/// know. Both kinds of plan use it; exactly one of the two plan ids is set.
/// </summary>
public sealed class PlanAction : IVersioned
{
    /// <summary>Goes up with every save; an edit made from an older version is refused (<see cref="IVersioned"/>).</summary>
    public int Version { get; set; }

    public Guid Id { get; set; }

    /// <summary>The child protection plan this action is part of; null for a child in need plan's action.</summary>
    public Guid? ChildProtectionPlanId { get; set; }

    /// <summary>The child in need plan this action is part of; null for a child protection plan's action.</summary>
    public Guid? ChildInNeedPlanId { get; set; }

    public required string Need { get; set; }
    public required string Action { get; set; }
    public required string Owner { get; set; }
    public DateOnly DueDate { get; set; }
    public string? MeasureOfSuccess { get; set; }
    public DateOnly? CompletedOn { get; set; }
}

public sealed class CoreGroupMember
{
    public Guid Id { get; set; }
    public Guid PlanId { get; set; }
    public required string Name { get; set; }
    public required string Agency { get; set; }
    public string? Role { get; set; }
}

/// <summary>
/// The places in a core group besides agencies: Working Together to Safeguard Children 2023 puts the child (where old
/// enough), parents and carers, and family members in it alongside the professionals.
/// </summary>
public static class CoreGroupRoles
{
    /// <summary>Who may be in a core group: one of the family places above, or one of the agencies.</summary>
    public static bool IsKnown(string? role) => role is not null && (Family.Contains(role) || Agencies.All.Contains(role));

    public const string Child = "The child";
    public const string ParentOrCarer = "Parent or carer";
    public const string Relative = "Other family member or friend";

    public static readonly IReadOnlyList<string> Family = [Child, ParentOrCarer, Relative];
}

public sealed class CoreGroupMeeting
{
    public Guid Id { get; set; }
    public Guid PlanId { get; set; }
    public DateOnly HeldOn { get; set; }
    public required string Attendees { get; set; }
    public required string Progress { get; set; }
}

public enum PlanEndReason
{
    SteppedDownToChildInNeed,
    SteppedDownToEarlyHelp,
    NoLongerNeeded,
    BecameLookedAfter,
    MovedToAnotherAuthority,
    ChildDied,
    Turned18,
}
