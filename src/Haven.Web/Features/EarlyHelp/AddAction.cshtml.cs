using Haven.Data;
using Haven.Domain.EarlyHelp;
using Haven.GovUk;
using Haven.Web.Features.People.Record;
using Haven.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Haven.Web.Features.EarlyHelp;

public sealed class AddActionModel(HavenDbContext db, TimeProvider clock, EarlyHelpService earlyHelp) : PersonPageModel(db, clock)
{
    [FromRoute] public Guid EpisodeId { get; set; }
    public EarlyHelpEpisode Episode { get; private set; } = null!;
    public string EpisodeUrl => Url.EarlyHelpEpisode(PersonId, EpisodeId);

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct) =>
        Episode = await records.OpenEarlyHelpEpisodeAsync(PersonId, EpisodeId, EpisodeUrl, ct);

    [BindProperty] public string? Action { get; set; }
    [BindProperty] public string? Owner { get; set; }
    [BindProperty] public DateInput DueDate { get; set; } = new();

    public IActionResult OnGet()
    {
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var due = DateInputValidation.Validate(DueDate, "the due date", required: true, today: Today);
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
