using Haven.Data;
using Haven.Domain.ChildProtection;
using Haven.Domain.FrontDoor;
using Haven.Web.Features.People.Record;
using Haven.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Haven.Web.Features.ChildProtection.ProtectionPlans;

/// <summary>The plan's contingency: what happens if things do not change (Ofsted: contingencies were generic).</summary>
public sealed class ContingencyModel(HavenDbContext db, TimeProvider clock, ProtectionPlanService service) : PersonPageModel(db, clock)
{
    [FromRoute] public Guid ReferralId { get; set; }
    [FromRoute] public Guid PlanId { get; set; }
    public Referral Referral { get; private set; } = null!;
    public ChildProtectionPlan Plan { get; private set; } = null!;
    public string PlanUrl => Url.ChildProtectionPlan(PersonId, ReferralId, PlanId);

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct)
    {
        Referral = await records.ReferralAsync(PersonId, ReferralId, ct);
        Plan = await records.ChildProtectionPlanAsync(PersonId, ReferralId, PlanId, ct);
        RecordLoader.RefuseChangeToClosedPlan(Referral, Plan, PlanUrl);
    }

    [BindProperty] public string? Contingency { get; set; }

    public IActionResult OnGet()
    {
        Contingency = Plan.Contingency;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
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
