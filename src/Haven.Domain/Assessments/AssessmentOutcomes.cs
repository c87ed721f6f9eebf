namespace Haven.Domain.Assessments;

/// <summary>What an assessment decided, worded once for pages, history, the chronology and the demo data.</summary>
public static class AssessmentOutcomes
{
    /// <summary>The decision as the manager chooses it: "Step down to early help".</summary>
    public static string Label(AssessmentOutcome? outcome) => outcome switch
    {
        AssessmentOutcome.NoFurtherAction => "No further action",
        AssessmentOutcome.EarlyHelp => "Step down to early help",
        AssessmentOutcome.ChildInNeedPlan => "Child in need plan",
        AssessmentOutcome.StrategyDiscussion => "Strategy discussion",
        AssessmentOutcome.ContinueChildProtectionPlan => "Continue the child protection plan",
        _ => "Not recorded",
    };

    /// <summary>What followed, mid-sentence: "Single assessment authorised: early help".</summary>
    public static string InSentence(AssessmentOutcome outcome) => outcome switch
    {
        AssessmentOutcome.NoFurtherAction => "no further action",
        AssessmentOutcome.EarlyHelp => "early help",
        AssessmentOutcome.ChildInNeedPlan => "child in need plan",
        AssessmentOutcome.StrategyDiscussion => "strategy discussion",
        _ => "child protection plan continues",
    };
}
