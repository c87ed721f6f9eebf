using Haven.Domain.Plans;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Haven.Web.Features.Casework;

/// <summary>
/// The form that adds a line to a child in need or a child protection plan: the need, what will be done, by whom,
/// by when, and how we will know it worked. Both plans' pages bind this one form and run the one plan action rule
/// (in their service); each field keeps its own name (<c>Need</c>, <c>DueDate.Day</c>…), as the pages' wording differs.
/// </summary>
public sealed class PlanActionForm
{
    public string? Need { get; set; }

    public string? Action { get; set; }

    public string? Owner { get; set; }

    public DateInput DueDate { get; set; } = new();

    public string? MeasureOfSuccess { get; set; }

    /// <summary>
    /// What was entered. A due date that cannot be read gets its message by the field and goes as none, so the rule
    /// refuses the action and nothing is saved.
    /// </summary>
    public NewPlanAction Read(ModelStateDictionary modelState, DateOnly today)
    {
        var due = DateInputValidation.Validate(DueDate, "the date it is due", required: true, today: today);
        due.AddTo(modelState, nameof(DueDate));
        return new NewPlanAction(Need, Action, Owner, due.IsValid ? due.Date : null, MeasureOfSuccess);
    }
}
