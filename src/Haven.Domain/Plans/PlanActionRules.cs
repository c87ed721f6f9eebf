namespace Haven.Domain.Plans;

/// <summary>A line for a child's plan as it was entered; the rule reports what is missing.</summary>
public sealed record NewPlanAction(string? Need, string? Action, string? Owner, DateOnly? DueDate, string? MeasureOfSuccess);

/// <summary>
/// What a line of a child's plan must say, whichever plan it is on (child in need or child protection): the need
/// or risk, what will be done, who does it and by when. One rule with one set of messages, so the two plans cannot
/// drift apart (Ofsted: plans without clear timescales or owners). The services run it once per save and the pages
/// show its problems by field.
/// </summary>
public static class PlanActionRules
{
    /// <summary>The rule's names for what was entered; pages whose fields are named the same need no map.</summary>
    public static class Fields
    {
        public const string Need = "Need";
        public const string Action = "Action";
        public const string Owner = "Owner";
        public const string DueDate = "DueDate";
    }

    /// <summary>Checks a new action; a due date before the plan started cannot be met on the plan.</summary>
    public static RuleResult Check(NewPlanAction entered, DateOnly planStart)
    {
        ArgumentNullException.ThrowIfNull(entered);
        var (need, action, owner, dueDate) = (entered.Need, entered.Action, entered.Owner, entered.DueDate);
        var result = new RuleResult()
            .AddIf(string.IsNullOrWhiteSpace(need), Fields.Need, "Enter the need or risk: what must change for the child")
            .AddIf(string.IsNullOrWhiteSpace(action), Fields.Action, "Enter what will be done")
            .AddIf(string.IsNullOrWhiteSpace(owner), Fields.Owner, "Enter who will do it");
        return dueDate switch
        {
            null => result.Add(Fields.DueDate, "Enter the date it is due"),
            { } due when due < planStart => result.Add(Fields.DueDate, $"The due date cannot be before the plan started on {DateText.Date(planStart)}"),
            _ => result,
        };
    }
}
