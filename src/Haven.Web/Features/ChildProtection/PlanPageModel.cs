using Haven.Data;
using Haven.Domain.ChildProtection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Haven.Web.Features.ChildProtection;

/// <summary>Base for the pages of one child protection plan of the episode.</summary>
public abstract class PlanPageModel(HavenDbContext db, TimeProvider clock) : ChildProtectionPageModel(db, clock)
{
    [FromRoute] public Guid PlanId { get; set; }

    public ChildProtectionPlan Plan { get; private set; } = null!;

    public string PlanUrl => Url.Page("/ChildProtection/Plan", new { personId = PersonId, referralId = ReferralId, planId = PlanId })!;

    protected async Task<bool> LoadPlanAsync(CancellationToken ct)
    {
        if (!await LoadEpisodeAsync(ct))
        {
            return false;
        }
        var plan = await Db.ChildProtectionPlans.AsNoTracking().SingleOrDefaultAsync(p => p.Id == PlanId && p.ReferralId == ReferralId && p.PersonId == PersonId, ct);
        if (plan is null)
        {
            return false;
        }
        Plan = plan;
        return true;
    }

    /// <summary>Loads a plan a form may change: null to go ahead, else 404 or back to the plan with the reason.</summary>
    protected async Task<IActionResult?> LoadOpenPlanAsync(CancellationToken ct)
    {
        if (!await LoadPlanAsync(ct))
        {
            return NotFound();
        }
        if (!Referral.IsOpen || !Plan.IsOpen)
        {
            TempData["Problem"] = Plan.IsOpen ? "This episode is closed, so the plan cannot be changed." : "This plan has ended, so it cannot be changed.";
            return Redirect(PlanUrl);
        }
        return null;
    }
}
