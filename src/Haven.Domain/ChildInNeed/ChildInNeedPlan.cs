using Haven.Domain.ChildProtection;

namespace Haven.Domain.ChildInNeed;

/// <summary>A child in need plan (CIN census CINPlanStartDate/CINPlanEndDate), reviewed at a locally set interval.</summary>
public sealed class ChildInNeedPlan : IVersioned
{
    /// <summary>Goes up with every save; an edit made from an older version is refused (<see cref="IVersioned"/>).</summary>
    public int Version { get; set; }

    public Guid Id { get; set; }
    public Guid PersonId { get; set; }
    public Guid ReferralId { get; set; }
    public DateOnly StartDate { get; set; }

    /// <summary>Weeks between reviews, set when the plan is made (default 12).</summary>
    public int ReviewIntervalWeeks { get; set; } = 12;

    /// <summary>Working days between visits, following the plan (default 20).</summary>
    public int VisitFrequencyWorkingDays { get; set; } = 20;

    public DateOnly? EndDate { get; set; }
    public PlanEndReason? EndReason { get; set; }
    public string? EndNote { get; set; }

    public List<ChildInNeedReview> Reviews { get; set; } = [];

    public bool IsOpen => EndDate is null;
}

public sealed class ChildInNeedReview
{
    public Guid Id { get; set; }
    public Guid PlanId { get; set; }
    public DateOnly HeldOn { get; set; }
    public required string Progress { get; set; }
    public string? ChildsViews { get; set; }
    public ChildInNeedReviewDecision Decision { get; set; }
}

public enum ChildInNeedReviewDecision
{
    Continue,
    StepUpToChildProtection,
    StepDownToEarlyHelp,
    Close,
}
