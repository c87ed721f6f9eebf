using Haven.Data;
using Haven.Domain.EarlyHelp;
using Haven.GovUk;
using Haven.Web.Features.People.Record;
using Haven.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Haven.Web.Features.EarlyHelp;

public sealed class CompleteActionModel(HavenDbContext db, TimeProvider clock, EarlyHelpService earlyHelp) : PersonPageModel(db, clock)
{
    [FromRoute] public Guid EpisodeId { get; set; }
    public EarlyHelpEpisode Episode { get; private set; } = null!;
    public string EpisodeUrl => Url.EarlyHelpEpisode(PersonId, EpisodeId);

    [FromRoute] public Guid ActionId { get; set; }
    [BindProperty] public DateInput CompletedOn { get; set; } = new();

    public EarlyHelpAction PlanAction { get; private set; } = null!;

    public IActionResult OnGet()
    {
        if (PlanAction.CompletedOn is not null)
        {
            return Refuse(RecordLoader.EarlyHelpClosed, EpisodeUrl);
        }
        CompletedOn = DateInput.From(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (PlanAction.CompletedOn is not null)
        {
            TempData["Success"] = "That action was already marked as done";
            return Redirect(EpisodeUrl + "#plan");
        }
        var done = DateInputValidation.Validate(CompletedOn, "the date it was done", required: true, notAfter: Today, notBefore: Episode.StartDate, today: Today);
        done.AddTo(ModelState, nameof(CompletedOn));
        if (!ModelState.IsValid)
        {
            return this.InvalidPage();
        }
        await earlyHelp.CompleteActionAsync(EpisodeId, ActionId, done.Date!.Value, ct);
        TempData["Success"] = "Action marked as done";
        return Redirect(EpisodeUrl + "#plan");
    }

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct)
    {
        Episode = await records.EarlyHelpEpisodeAsync(PersonId, EpisodeId, ct);
        PlanAction = Episode.Actions.SingleOrDefault(a => a.Id == ActionId) ?? throw RecordStopException.NotFound();
        RecordStopException.ThrowIf(!Episode.IsOpen, RecordLoader.EarlyHelpClosed, EpisodeUrl);
    }
}
