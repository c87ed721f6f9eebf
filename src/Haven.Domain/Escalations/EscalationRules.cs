namespace Haven.Domain.Escalations;

/// <summary>What an escalation or a chair's quality note must say before it is saved.</summary>
public static class EscalationRules
{
    public const string StageField = "Stage";
    public const string OnField = "On";
    public const string RaisedWithField = "RaisedWith";
    public const string ConcernField = "Concern";
    public const string NoteField = "Note";
    public const string QualityField = "Quality";

    /// <summary>A new escalation: at a stage short of resolved, dated on or after the plan started and not in the future.</summary>
    public static RuleResult ValidateRaise(EscalationStage? stage, DateOnly? on, string? raisedWith, string? concern, DateOnly planStart, DateOnly today)
    {
        var result = new RuleResult();
        if (stage is null)
        {
            result.Add(StageField, "Select the stage the escalation is raised at");
        }
        else if (stage == EscalationStage.Resolved)
        {
            result.Add(StageField, "An escalation is raised informally or at stage 1, 2 or 3");
        }
        AddDate(result, on, planStart, "the plan started", today);
        result.AddIf(string.IsNullOrWhiteSpace(raisedWith), RaisedWithField, "Enter who the escalation was raised with");
        result.AddIf(string.IsNullOrWhiteSpace(concern), ConcernField, "Enter the concern: what is wrong with the plan or how it is followed");
        return result;
    }

    /// <summary>
    /// A move to a later stage, or to resolved (with the outcome): never back to an earlier stage, and dated on or
    /// after the stage before, so each stage keeps its own date in order.
    /// </summary>
    public static RuleResult ValidateNextStage(Escalation escalation, EscalationStage? stage, DateOnly? on, string? raisedWith, string? note, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(escalation);
        var result = new RuleResult();
        if (escalation.IsResolved)
        {
            return result.Add("", "This escalation is resolved");
        }
        if (stage is null)
        {
            result.Add(StageField, "Select the stage the escalation has reached");
        }
        else if (stage <= escalation.Stage)
        {
            result.Add(StageField, $"Select a stage after {EscalationStages.Label(escalation.Stage).ToLowerInvariant()}");
        }
        var last = escalation.Steps.Count == 0 ? escalation.RaisedOn : escalation.Steps.Max(s => s.On);
        AddDate(result, on, last, "the last stage", today);
        if (stage == EscalationStage.Resolved)
        {
            result.AddIf(string.IsNullOrWhiteSpace(note), NoteField, "Enter the outcome: what was agreed");
        }
        else
        {
            result.AddIf(string.IsNullOrWhiteSpace(raisedWith), RaisedWithField, "Enter who the escalation is now raised with");
        }
        return result;
    }

    public static RuleResult ValidateQualityNote(PlanQuality? quality, DateOnly? on, string? note, DateOnly planStart, DateOnly today)
    {
        var result = new RuleResult();
        result.AddIf(quality is null, QualityField, "Select how good the plan is");
        AddDate(result, on, planStart, "the plan started", today);
        result.AddIf(string.IsNullOrWhiteSpace(note), NoteField, "Enter the note: what is good about the plan and what should change");
        return result;
    }

    private static void AddDate(RuleResult result, DateOnly? on, DateOnly notBefore, string what, DateOnly today)
    {
        if (on is null)
        {
            result.Add(OnField, "Enter the date");
        }
        else if (on > today)
        {
            result.Add(OnField, "The date must be today or in the past");
        }
        else if (on < notBefore)
        {
            result.Add(OnField, $"The date must be the same as or after {what} ({DateText.Date(notBefore)})");
        }
    }
}
