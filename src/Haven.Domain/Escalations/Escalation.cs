namespace Haven.Domain.Escalations;

/// <summary>
/// The kind of plan a chair's record is about. A plan is referred to by kind and id, not by a foreign key to one
/// table, so the looked-after care plan can be added as a third kind without changing escalations or notes.
/// </summary>
public enum PlanKind
{
    ChildProtectionPlan,
    ChildInNeedPlan,

    /// <summary>A looked-after child's care plan; the id is the period of care's, as the plan is agreed and re-agreed within it.</summary>
    CarePlan,
}

public static class PlanKinds
{
    public static string Label(PlanKind kind) => kind switch
    {
        PlanKind.ChildProtectionPlan => "Child protection plan",
        PlanKind.ChildInNeedPlan => "Child in need plan",
        PlanKind.CarePlan => "Care plan",
        _ => kind.ToString(),
    };

    public static string InSentence(PlanKind kind) => Label(kind).ToLowerInvariant();
}

/// <summary>The local dispute resolution process an IRO or conference chair follows: informally first, then three formal stages.</summary>
public enum EscalationStage
{
    Informal,
    Stage1,
    Stage2,
    Stage3,
    Resolved,
}

public static class EscalationStages
{
    public static string Label(EscalationStage stage) => stage switch
    {
        EscalationStage.Informal => "Informal",
        EscalationStage.Stage1 => "Stage 1",
        EscalationStage.Stage2 => "Stage 2",
        EscalationStage.Stage3 => "Stage 3",
        EscalationStage.Resolved => "Resolved",
        _ => stage.ToString(),
    };

    /// <summary>Who the escalation usually goes to at each stage, as a hint on the form.</summary>
    public static string UsuallyRaisedWith(EscalationStage stage) => stage switch
    {
        EscalationStage.Informal => "the social worker or team manager",
        EscalationStage.Stage1 => "the team manager",
        EscalationStage.Stage2 => "the service manager",
        EscalationStage.Stage3 => "the head of service or director",
        _ => "",
    };
}

/// <summary>
/// An IRO's or conference chair's challenge to the plan for a child (dispute resolution). It is about a child and
/// refers to the plan it concerns by kind and id; it moves through the stages, each with its own date, until it is
/// resolved with an outcome. Every change is a case event, so it is in the record's history.
/// </summary>
public sealed class Escalation : IVersioned
{
    /// <summary>Goes up with every save; an edit made from an older version is refused (<see cref="IVersioned"/>).</summary>
    public int Version { get; set; }

    public Guid Id { get; set; }
    public Guid PersonId { get; set; }

    public PlanKind ConcernsKind { get; set; }

    /// <summary>The id of the plan of <see cref="ConcernsKind"/> this escalation is about.</summary>
    public Guid ConcernsId { get; set; }

    /// <summary>What the chair is worried about: drift, a plan not followed, a decision they disagree with.</summary>
    public required string Concern { get; set; }

    /// <summary>Who it was raised with at the current stage (a name and role).</summary>
    public required string RaisedWith { get; set; }

    public DateOnly RaisedOn { get; set; }
    public required string RaisedByUserId { get; set; }
    public required string RaisedByName { get; set; }

    public EscalationStage Stage { get; set; }

    /// <summary>What was agreed when it was resolved.</summary>
    public string? Outcome { get; set; }

    public DateOnly? ResolvedOn { get; set; }

    /// <summary>Each stage it reached, with the date and what was said: the first is the stage it was raised at.</summary>
    public List<EscalationStep> Steps { get; set; } = [];

    public bool IsResolved => Stage == EscalationStage.Resolved;
}

/// <summary>One stage an escalation reached, on the day it reached it.</summary>
public sealed class EscalationStep
{
    public Guid Id { get; set; }
    public Guid EscalationId { get; set; }
    public EscalationStage Stage { get; set; }
    public DateOnly On { get; set; }
    public required string RaisedWith { get; set; }
    public string? Note { get; set; }
    public required string RecordedByName { get; set; }
}

/// <summary>How the chair judges the quality of a plan.</summary>
public enum PlanQuality
{
    Good,
    RequiresImprovement,
    Inadequate,
}

public static class PlanQualities
{
    public static string Label(PlanQuality quality) => quality switch
    {
        PlanQuality.Good => "Good",
        PlanQuality.RequiresImprovement => "Requires improvement",
        PlanQuality.Inadequate => "Inadequate",
        _ => quality.ToString(),
    };
}

/// <summary>
/// A chair's note on the quality of a plan, written after a conference or review or while reading the record:
/// a judgement and what should change. It refers to the plan by kind and id, as an escalation does.
/// </summary>
public sealed class ChairQualityNote
{
    public Guid Id { get; set; }
    public Guid PersonId { get; set; }
    public PlanKind ConcernsKind { get; set; }
    public Guid ConcernsId { get; set; }
    public DateOnly WrittenOn { get; set; }
    public PlanQuality Quality { get; set; }
    public required string Note { get; set; }
    public required string WrittenByUserId { get; set; }
    public required string WrittenByName { get; set; }
}
