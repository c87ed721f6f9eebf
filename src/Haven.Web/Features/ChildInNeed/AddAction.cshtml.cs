using Haven.Data;
using Haven.Domain.ChildInNeed;
using Haven.GovUk;
using Haven.Web.Features.Casework;
using Haven.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Haven.Web.Features.ChildInNeed;

/// <summary>Adds a line to the plan: the need, what will be done, by whom, by when, and how we will know it worked.</summary>
public sealed class AddActionModel(HavenDbContext db, TimeProvider clock, ChildInNeedService childInNeed) : PlanPageModel(db, clock)
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
        var due = DateInputValidation.Validate(DueDate, "the date it is due", required: true, today: LocalToday);
        due.AddTo(ModelState, nameof(DueDate));
        AddErrors(ChildInNeedRules.ValidateAction(Need, Action, Owner, due.Date, Plan.StartDate));
        if (!ModelState.IsValid)
        {
            return this.InvalidPage();
        }
        await childInNeed.AddActionAsync(PlanId, new PlanActionDetails(Need!, Action!, Owner!, due.Date!.Value, MeasureOfSuccess), ct);
        TempData["Success"] = "Action added to the plan";
        return Redirect(EpisodeUrl + "#child-in-need");
    }
}
