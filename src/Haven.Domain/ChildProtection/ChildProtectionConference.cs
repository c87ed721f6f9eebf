namespace Haven.Domain.ChildProtection;

/// <summary>
/// An initial or review child protection conference. A conference that is re-arranged keeps its original date
/// and the reason, and its clock does not restart: the due date comes from the strategy discussion (initial) or
/// from the previous conference (review).
/// </summary>
public sealed class ChildProtectionConference : IVersioned
{
    /// <summary>Goes up with every save; an edit made from an older version is refused (<see cref="IVersioned"/>).</summary>
    public int Version { get; set; }

    public Guid Id { get; set; }
    public Guid PersonId { get; set; }
    public Guid ReferralId { get; set; }
    public ConferenceType Type { get; set; }
    public Guid? Section47Id { get; set; }

    /// <summary>The plan a review conference reviews, or the plan an initial conference started.</summary>
    public Guid? ChildProtectionPlanId { get; set; }

    public DateOnly ScheduledFor { get; set; }
    public DateOnly? OriginallyScheduledFor { get; set; }
    public string? RearrangedReason { get; set; }

    public DateOnly? HeldOn { get; set; }
    public string? Chair { get; set; }
    public ConferenceDecision? Decision { get; set; }

    /// <summary>DfE category of abuse (NEG, PHY, SAB, EMO, MUL) when a plan is made or continued.</summary>
    public string? Category { get; set; }
    public string? DecisionRationale { get; set; }
    public bool? ChildAttended { get; set; }
    public string? ChildsViews { get; set; }

    public DateOnly? ReportSharedWithParentsOn { get; set; }
    public DateOnly? MinutesSentOn { get; set; }

    public List<ConferenceAttendee> Attendees { get; set; } = [];

    public bool IsHeld => HeldOn is not null;
}

public sealed class ConferenceAttendee
{
    public Guid Id { get; set; }
    public Guid ConferenceId { get; set; }
    public required string Name { get; set; }
    public required string Agency { get; set; }
    public bool Attended { get; set; }
    public bool ReportSubmitted { get; set; }
}

public enum ConferenceType
{
    Initial,
    Review,
}

public enum ConferenceDecision
{
    ChildProtectionPlan,
    ChildInNeedPlan,
    NoFurtherAction,

    /// <summary>Review conference: the plan continues.</summary>
    PlanContinues,

    /// <summary>Review conference: the plan ends (stepped down to CIN or closed).</summary>
    PlanEnds,
}

/// <summary>DfE category of abuse codes.</summary>
public static class CategoryOfAbuse
{
    public static readonly IReadOnlyDictionary<string, string> Codes = new Dictionary<string, string>
    {
        ["NEG"] = "Neglect",
        ["PHY"] = "Physical abuse",
        ["SAB"] = "Sexual abuse",
        ["EMO"] = "Emotional abuse",
        ["MUL"] = "Multiple",
    };

    public static string Describe(string? code) => code is not null && Codes.TryGetValue(code, out var d) ? d : code ?? "";
}
