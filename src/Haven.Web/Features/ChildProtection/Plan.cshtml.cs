using Haven.Data;
using Haven.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Haven.Web.Features.ChildProtection;

/// <summary>One child protection plan: its clocks, the outline plan and contingency, the core group, visits and conferences.</summary>
public sealed class PlanModel(HavenDbContext db, TimeProvider clock, ChildProtectionQueries queries, ChildProtectionService service) : PlanPageModel(db, clock)
{
    public PlanSummary Summary { get; private set; } = null!;
    public IReadOnlyList<ConferenceSummary> Conferences { get; private set; } = [];

    /// <summary>The child in need plan page another feature provides; linked when a plan steps down.</summary>
    public string ChildInNeedUrl => $"/people/{PersonId}/social-care/{ReferralId}/child-in-need/new";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadPlanAsync(ct))
        {
            return NotFound();
        }
        var work = await queries.ForEpisodeAsync(PersonId, ReferralId, LocalToday, ct);
        Summary = work.Plans.Single(p => p.Plan.Id == PlanId);
        Conferences = work.Conferences.Where(c => c.Conference.ChildProtectionPlanId == PlanId).ToList();
        return Page();
    }

    /// <summary>Read-only roles never get here: the record filter refuses their posts.</summary>
    public async Task<IActionResult> OnPostCompleteActionAsync(Guid actionId, CancellationToken ct)
    {
        if (await LoadOpenPlanAsync(ct) is { } stop)
        {
            return stop;
        }
        try
        {
            await service.CompletePlanActionAsync(PlanId, actionId, ct);
            TempData["Success"] = "Action marked as done";
        }
        catch (CaseRuleException refused)
        {
            TempData["Problem"] = refused.Message;
        }
        return Redirect(PlanUrl + "#actions");
    }
}
