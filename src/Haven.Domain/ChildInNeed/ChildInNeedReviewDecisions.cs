namespace Haven.Domain.ChildInNeed;

/// <summary>What a child in need review decided, worded once for pages, history and the chronology.</summary>
public static class ChildInNeedReviewDecisions
{
    /// <summary>The decision as the review makes it: "Close the plan".</summary>
    public static string Label(ChildInNeedReviewDecision decision) => decision switch
    {
        ChildInNeedReviewDecision.StepUpToChildProtection => "Step up to child protection",
        ChildInNeedReviewDecision.StepDownToEarlyHelp => "Step down to early help",
        ChildInNeedReviewDecision.Close => "Close the plan",
        _ => "Continue the plan",
    };

    /// <summary>What the review decided, mid-sentence: "Child in need plan reviewed: plan continues".</summary>
    public static string InSentence(ChildInNeedReviewDecision decision) => decision switch
    {
        ChildInNeedReviewDecision.Continue => "plan continues",
        ChildInNeedReviewDecision.StepUpToChildProtection => "step up to child protection",
        ChildInNeedReviewDecision.StepDownToEarlyHelp => "step down to early help",
        _ => "close",
    };
}
