namespace Haven.Domain.EarlyHelp;

/// <summary>
/// A period of early help for a child: a lead professional from any agency, the team around the family, an
/// assessment, a plan, reviews, and how it ended (needs met, stepped up to social care, ...). Stepping down from
/// social care starts an episode too.
/// </summary>
public sealed class EarlyHelpEpisode : IVersioned
{
    /// <summary>Goes up with every save; an edit made from an older version is refused (<see cref="IVersioned"/>).</summary>
    public int Version { get; set; }

    public Guid Id { get; set; }
    public Guid PersonId { get; set; }

    /// <summary>The contact whose decision started it, when it came through the front door.</summary>
    public Guid? ContactId { get; set; }
    public DateOnly StartDate { get; set; }
    public EarlyHelpStart StartedBy { get; set; }
    public required string LeadProfessional { get; set; }
    public required string LeadAgency { get; set; }
    public DateOnly? EndDate { get; set; }
    public EarlyHelpClosure? ClosureOutcome { get; set; }
    public string? ClosureNote { get; set; }

    /// <summary>When closed by stepping up, the referral to social care it became.</summary>
    public Guid? SteppedUpToContactId { get; set; }

    public List<EarlyHelpLeadChange> LeadChanges { get; set; } = [];
    public List<TeamAroundFamilyMember> Team { get; set; } = [];
    public List<EarlyHelpAssessment> Assessments { get; set; } = [];
    public List<EarlyHelpAction> Actions { get; set; } = [];
    public List<EarlyHelpReview> Reviews { get; set; } = [];
    public List<EarlyHelpPlanChange> PlanChanges { get; set; } = [];

    public bool IsOpen => EndDate is null;
}

public enum EarlyHelpStart
{
    FrontDoorDecision,
    SteppedDownFromSocialCare,
    AgencyRequest,
}

public enum EarlyHelpClosure
{
    NeedsMet,
    SteppedUpToSocialCare,
    FamilyDeclined,
    MovedAway,
    NoLongerEngaging,
}

/// <summary>A change of lead professional, kept so changes can be counted and explained.</summary>
public sealed class EarlyHelpLeadChange
{
    public Guid Id { get; set; }
    public Guid EpisodeId { get; set; }
    public DateOnly ChangedOn { get; set; }
    public required string FromLead { get; set; }
    public required string ToLead { get; set; }
    public required string Reason { get; set; }
}

public sealed class TeamAroundFamilyMember
{
    public Guid Id { get; set; }
    public Guid EpisodeId { get; set; }
    public required string Name { get; set; }
    public required string Agency { get; set; }
    public string? Role { get; set; }

    /// <summary>When they stopped being part of the team; they stay listed so the plan's history still reads true.</summary>
    public DateOnly? LeftOn { get; set; }
}

/// <summary>A CAF-style early help assessment: the child's voice, the parents' views, strengths and needs.</summary>
public sealed class EarlyHelpAssessment : IVersioned
{
    /// <summary>Goes up with every save; an edit made from an older version is refused (<see cref="IVersioned"/>).</summary>
    public int Version { get; set; }

    public Guid Id { get; set; }
    public Guid EpisodeId { get; set; }
    public DateOnly CompletedOn { get; set; }
    public required string ChildsVoice { get; set; }
    public required string ParentsViews { get; set; }
    public required string Strengths { get; set; }
    public required string Needs { get; set; }
}

/// <summary>One action in the early help plan: what, who, by when.</summary>
public sealed class EarlyHelpAction : IVersioned
{
    /// <summary>Goes up with every save; an edit made from an older version is refused (<see cref="IVersioned"/>).</summary>
    public int Version { get; set; }

    public Guid Id { get; set; }
    public Guid EpisodeId { get; set; }
    public required string Action { get; set; }
    public required string Owner { get; set; }
    public DateOnly DueDate { get; set; }
    public DateOnly? CompletedOn { get; set; }

    /// <summary>The day it was added to the plan; none for actions added before this was kept.</summary>
    public DateOnly? AddedOn { get; set; }

    /// <summary>
    /// When an action was stopped without being done (no longer needed, or early help closed with it outstanding),
    /// and what happened to it, so a closed plan never shows work as still "To do".
    /// </summary>
    public DateOnly? EndedOn { get; set; }
    public string? EndReason { get; set; }

    public bool IsOutstanding => CompletedOn is null && EndedOn is null;
}

/// <summary>
/// A change to a plan action or a team member, worded as it read before and after on the day it was made, so the
/// chronology shows each step as it was then rather than as the action or member reads today. Exactly one of
/// <see cref="ActionId"/> and <see cref="MemberId"/> is set.
/// </summary>
public sealed class EarlyHelpPlanChange
{
    public Guid Id { get; set; }
    public Guid EpisodeId { get; set; }
    public Guid? ActionId { get; set; }
    public Guid? MemberId { get; set; }
    public DateOnly ChangedOn { get; set; }
    public required string Before { get; set; }
    public required string After { get; set; }
}

public sealed class EarlyHelpReview
{
    public Guid Id { get; set; }
    public Guid EpisodeId { get; set; }
    public DateOnly ReviewDate { get; set; }
    public required string Progress { get; set; }
    public required string ChildsViews { get; set; }
    public DateOnly? NextReviewDate { get; set; }
}
