using Haven.Data;
using Haven.Domain.ChildProtection;
using Haven.GovUk;
using Haven.Web.Features.Casework;
using Haven.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Haven.Web.Features.ChildInNeed;

/// <summary>Marks a plan action as done on the day it was done.</summary>
[Authorize(Policy = Policies.CaseEdit)]
public sealed class CompleteActionModel(HavenDbContext db, TimeProvider clock, ChildInNeedService childInNeed) : PlanPageModel(db, clock)
{
    [FromRoute] public Guid ActionId { get; set; }
    [BindProperty] public DateInput CompletedOn { get; set; } = new();

    public PlanAction PlanAction { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } stop)
        {
            return stop;
        }
        CompletedOn = DateInput.From(LocalToday);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } stop)
        {
            return stop;
        }
        var done = DateInputValidation.Validate(CompletedOn, "the date it was done", required: true, notAfter: LocalToday, notBefore: Plan.StartDate, today: LocalToday);
        done.AddTo(ModelState, nameof(CompletedOn));
        if (!ModelState.IsValid)
        {
            return this.InvalidPage();
        }
        await childInNeed.CompleteActionAsync(PlanId, ActionId, done.Date!.Value, ct);
        TempData["Success"] = "Action marked as done";
        return Redirect(EpisodeUrl + "#child-in-need");
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (await LoadOpenPlanAsync(ct) is { } stop)
        {
            return stop;
        }
        var action = await Db.PlanActions.AsNoTracking().SingleOrDefaultAsync(a => a.Id == ActionId && a.ChildInNeedPlanId == PlanId, ct);
        if (action is null)
        {
            return NotFound();
        }
        PlanAction = action;
        if (action.CompletedOn is null)
        {
            return null;
        }
        TempData["Problem"] = "That action is already done.";
        return Redirect(EpisodeUrl + "#child-in-need");
    }
}
