using Haven.Data;
using Haven.Domain.EarlyHelp;
using Haven.GovUk;
using Haven.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Haven.Web.Features.EarlyHelp;

public sealed class AddActionModel(HavenDbContext db, TimeProvider clock, EarlyHelpService earlyHelp) : EpisodePageModel(db, clock)
{
    [BindProperty] public string? Action { get; set; }
    [BindProperty] public string? Owner { get; set; }
    [BindProperty] public DateInput DueDate { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadEpisodeAsync(ct))
        {
            return NotFound();
        }
        return Episode.IsOpen ? Page() : ClosedEpisode();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadOpenEpisodeAsync(ct) is { } stop)
        {
            return stop;
        }
        var due = DateInputValidation.Validate(DueDate, "the due date", required: true, today: LocalToday);
        due.AddTo(ModelState, nameof(DueDate));
        AddErrors(EarlyHelpRules.ValidateAction(Action, Owner, due.Date, Episode.StartDate));
        if (!ModelState.IsValid)
        {
            return this.InvalidPage();
        }
        await earlyHelp.AddActionAsync(EpisodeId, Action!, Owner!, due.Date!.Value, ct);
        TempData["Success"] = "Action added to the plan";
        return Redirect(EpisodeUrl + "#plan");
    }
}
