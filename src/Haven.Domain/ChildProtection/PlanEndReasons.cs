namespace Haven.Domain.ChildProtection;

/// <summary>
/// Why a child protection or child in need plan ended, worded once for pages, history, the chronology and the
/// demo data. Not a DfE code set (the CIN census records only the end date), so the words follow Working
/// Together: a plan ends when it is no longer needed, the child moves permanently to another local authority,
/// turns 18 or dies, or steps down to a lesser plan.
/// </summary>
public static class PlanEndReasons
{
    /// <summary>"Stepped down to a child in need plan": as a choice on a form and a value in the record.</summary>
    public static string Label(PlanEndReason reason) => reason switch
    {
        PlanEndReason.SteppedDownToChildInNeed => "Stepped down to a child in need plan",
        PlanEndReason.SteppedDownToEarlyHelp => "Stepped down to early help",
        PlanEndReason.NoLongerNeeded => "No longer needed",
        PlanEndReason.BecameLookedAfter => "Became looked after",
        PlanEndReason.MovedToAnotherAuthority => "Moved to another local authority",
        PlanEndReason.ChildDied => "Child died",
        PlanEndReason.Turned18 => "Turned 18",
        _ => reason.ToString(),
    };

    /// <summary>"Not recorded" when an older plan has no reason.</summary>
    public static string Label(PlanEndReason? reason) => reason is { } r ? Label(r) : "Not recorded";

    /// <summary>The label mid-sentence: "Child protection plan ended: stepped down to a child in need plan".</summary>
    public static string InSentence(PlanEndReason reason)
    {
        var label = Label(reason);
        return char.ToLowerInvariant(label[0]) + label[1..];
    }
}
