using Haven.Data;
using Haven.Domain.ChildProtection;
using Haven.GovUk;
using Haven.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Haven.Web.Features.ChildProtection;

/// <summary>Adds one line to the plan: the need, what will be done, by whom, by when, and how we will know.</summary>
public sealed class AddPlanActionModel(HavenDbContext db, TimeProvider clock, ChildProtectionService service) : PlanPageModel(db, clock)
{
    [BindProperty] public string? Need { get; set; }
    [BindProperty] public string? Action { get; set; }
    [BindProperty] public string? Owner { get; set; }
    [BindProperty] public DateInput DueDate { get; set; } = new();
    [BindProperty] public string? MeasureOfSuccess { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadOpenPlanAsync(ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadOpenPlanAsync(ct) is { } stop)
        {
            return stop;
        }
        var due = DateInputValidation.Validate(DueDate, "the due date", required: true, today: LocalToday);
        due.AddTo(ModelState, nameof(DueDate));
        AddErrors(ChildProtectionChecks.ValidatePlanAction(Need, Action, Owner, due.Date, Plan.StartDate));
        if (!ModelState.IsValid)
        {
            return this.InvalidPage();
        }
        await service.AddPlanActionAsync(PlanId, Need!, Action!, Owner!, due.Date!.Value, MeasureOfSuccess, ct);
        TempData["Success"] = "Action added to the plan";
        return Redirect(PlanUrl + "#actions");
    }
}
