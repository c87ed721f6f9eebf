using Haven.Data;
using Haven.Domain.ChildInNeed;
using Haven.Web.Features.Casework;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Haven.Web.Features.ChildInNeed;

/// <summary>Base for the pages that change one open child in need plan; a plan of another child or episode is not found.</summary>
public abstract class PlanPageModel(HavenDbContext db, TimeProvider clock) : SocialCareEpisodePageModel(db, clock)
{
    [FromRoute] public Guid PlanId { get; set; }

    public ChildInNeedPlan Plan { get; private set; } = null!;

    protected async Task<IActionResult?> LoadOpenPlanAsync(CancellationToken ct)
    {
        if (await LoadOpenEpisodeAsync(ct) is { } stop)
        {
            return stop;
        }
        var plan = await Db.ChildInNeedPlans.AsNoTracking().Include(p => p.Reviews)
            .SingleOrDefaultAsync(p => p.Id == PlanId && p.PersonId == PersonId && p.ReferralId == ReferralId, ct);
        if (plan is null)
        {
            return NotFound();
        }
        Plan = plan;
        if (plan.IsOpen)
        {
            return null;
        }
        TempData["Problem"] = "This child in need plan has ended, so it cannot be changed.";
        return Redirect(EpisodeUrl);
    }
}
