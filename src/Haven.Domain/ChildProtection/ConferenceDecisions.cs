namespace Haven.Domain.ChildProtection;

/// <summary>What a child protection conference decided, worded once for pages, history, the chronology and the demo data.</summary>
public static class ConferenceDecisions
{
    public static string Label(ConferenceDecision decision) => decision switch
    {
        ConferenceDecision.ChildProtectionPlan => "Child protection plan",
        ConferenceDecision.ChildInNeedPlan => "Child in need plan",
        ConferenceDecision.NoFurtherAction => "No further action",
        ConferenceDecision.PlanContinues => "Plan continues",
        ConferenceDecision.PlanEnds => "Plan ends",
        _ => decision.ToString(),
    };

    /// <summary>The label mid-sentence: "Initial child protection conference: child protection plan".</summary>
    public static string InSentence(ConferenceDecision decision) => Label(decision).ToLowerInvariant();
}
