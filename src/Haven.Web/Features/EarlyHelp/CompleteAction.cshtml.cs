using Haven.Data;
using Haven.Domain.EarlyHelp;
using Haven.GovUk;
using Haven.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Haven.Web.Features.EarlyHelp;

public sealed class CompleteActionModel(HavenDbContext db, TimeProvider clock, EarlyHelpService earlyHelp) : EpisodePageModel(db, clock)
{
    [FromRoute] public Guid ActionId { get; set; }
    [BindProperty] public DateInput CompletedOn { get; set; } = new();

    public EarlyHelpAction PlanAction { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }
        if (!Episode.IsOpen || PlanAction.CompletedOn is not null)
        {
            return ClosedEpisode();
        }
        CompletedOn = DateInput.From(LocalToday);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }
        if (!Episode.IsOpen)
        {
            return ClosedEpisode();
        }
        if (PlanAction.CompletedOn is not null)
        {
            TempData["Success"] = "That action was already marked as done";
            return Redirect(EpisodeUrl + "#plan");
        }
        var done = DateInputValidation.Validate(CompletedOn, "the date it was done", required: true, notAfter: LocalToday, notBefore: Episode.StartDate, today: LocalToday);
        done.AddTo(ModelState, nameof(CompletedOn));
        if (!ModelState.IsValid)
        {
            return this.InvalidPage();
        }
        await earlyHelp.CompleteActionAsync(EpisodeId, ActionId, done.Date!.Value, ct);
        TempData["Success"] = "Action marked as done";
        return Redirect(EpisodeUrl + "#plan");
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (!await LoadEpisodeAsync(ct) || Episode.Actions.SingleOrDefault(a => a.Id == ActionId) is not { } action)
        {
            return false;
        }
        PlanAction = action;
        return true;
    }
}
