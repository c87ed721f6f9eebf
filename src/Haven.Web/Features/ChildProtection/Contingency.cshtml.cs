using Haven.Data;
using Haven.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Haven.Web.Features.ChildProtection;

/// <summary>The plan's contingency: what happens if things do not change (Ofsted: contingencies were generic).</summary>
public sealed class ContingencyModel(HavenDbContext db, TimeProvider clock, ChildProtectionService service) : PlanPageModel(db, clock)
{
    [BindProperty] public string? Contingency { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadOpenPlanAsync(ct) is { } stop)
        {
            return stop;
        }
        Contingency = Plan.Contingency;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadOpenPlanAsync(ct) is { } stop)
        {
            return stop;
        }
        if (string.IsNullOrWhiteSpace(Contingency))
        {
            ModelState.AddModelError(nameof(Contingency), "Enter the contingency plan: what will happen if things do not change");
            return this.InvalidPage();
        }
        await service.UpdateContingencyAsync(PlanId, Contingency, ct);
        TempData["Success"] = "Contingency plan saved";
        return Redirect(PlanUrl);
    }
}
