namespace Haven.Domain.ChildProtection;

/// <summary>What a strategy discussion decided, worded once for pages, history, the chronology and the demo data.</summary>
public static class StrategyDecisions
{
    public static string Label(StrategyDecision decision) => decision switch
    {
        StrategyDecision.StartSection47 => "Start a section 47 enquiry",
        StrategyDecision.ChildInNeedAssessment => "Child in need assessment",
        StrategyDecision.NoFurtherAction => "No further action",
        _ => decision.ToString(),
    };

    /// <summary>The label mid-sentence: "Strategy discussion: start a section 47 enquiry".</summary>
    public static string InSentence(StrategyDecision decision) => Label(decision).ToLowerInvariant();
}
