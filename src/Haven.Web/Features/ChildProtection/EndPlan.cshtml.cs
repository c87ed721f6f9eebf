using Haven.Data;
using Haven.Domain.ChildProtection;
using Haven.GovUk;
using Haven.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Haven.Web.Features.ChildProtection;

/// <summary>Ends a plan outside a review conference, for example when the child becomes looked after or moves away.</summary>
public sealed class EndPlanModel(HavenDbContext db, TimeProvider clock, ChildProtectionService service) : PlanPageModel(db, clock)
{
    [BindProperty] public DateInput EndDate { get; set; } = new();
    [BindProperty] public PlanEndReason? Reason { get; set; }
    [BindProperty] public string? Note { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadOpenPlanAsync(ct) is { } stop)
        {
            return stop;
        }
        EndDate = DateInput.From(LocalToday);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadOpenPlanAsync(ct) is { } stop)
        {
            return stop;
        }
        var end = DateInputValidation.Validate(EndDate, "the date the plan ended", required: true, today: LocalToday);
        end.AddTo(ModelState, nameof(EndDate));
        if (end.IsValid && ChildProtectionRules.ValidatePlanEnd(Plan.StartDate, end.Date, LocalToday) is { } problem)
        {
            ModelState.AddModelError(nameof(EndDate), problem);
        }
        if (Reason is null)
        {
            ModelState.AddModelError(nameof(Reason), "Select why the plan ended");
        }
        if (string.IsNullOrWhiteSpace(Note))
        {
            ModelState.AddModelError(nameof(Note), "Enter why the plan is ending and who agreed it");
        }
        if (!ModelState.IsValid)
        {
            return this.InvalidPage();
        }
        await service.EndPlanAsync(PlanId, end.Date!.Value, Reason!.Value, Note, ct);
        TempData["Success"] = "Child protection plan ended";
        return Redirect(PlanUrl);
    }
}
