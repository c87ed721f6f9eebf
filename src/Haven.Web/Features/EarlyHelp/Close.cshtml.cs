using Haven.Data;
using Haven.Domain.EarlyHelp;
using Haven.GovUk;
using Haven.Web.Features.People.Record;
using Haven.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Haven.Web.Features.EarlyHelp;

/// <summary>Closes early help; stepping up sends the closing note to the front door as a new contact.</summary>
public sealed class CloseModel(HavenDbContext db, TimeProvider clock, EarlyHelpService earlyHelp) : PersonPageModel(db, clock)
{
    [FromRoute] public Guid EpisodeId { get; set; }
    public EarlyHelpEpisode Episode { get; private set; } = null!;
    public string EpisodeUrl => Url.EarlyHelpEpisode(PersonId, EpisodeId);

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct) =>
        Episode = await records.OpenEarlyHelpEpisodeAsync(PersonId, EpisodeId, EpisodeUrl, ct);

    [BindProperty] public EarlyHelpClosure? Outcome { get; set; }
    [BindProperty] public string? Note { get; set; }
    [BindProperty] public DateInput EndDate { get; set; } = new();

    public IActionResult OnGet()
    {
        EndDate = DateInput.From(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var end = DateInputValidation.Validate(EndDate, "the date early help ended", required: true, notAfter: Today, today: Today);
        end.AddTo(ModelState, nameof(EndDate));
        var errors = EarlyHelpRules.ValidateClosure(Outcome, Note, end.Date, Episode.StartDate);
        AddErrors(errors.Where(e => ModelState.GetFieldValidationState(e.Key) != Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid)
            .ToDictionary(e => e.Key, e => e.Value));
        if (!ModelState.IsValid)
        {
            return this.InvalidPage();
        }
        var contact = await earlyHelp.CloseAsync(EpisodeId, Outcome!.Value, Note, end.Date!.Value, ct);
        TempData["Success"] = contact is null
            ? "Early help closed"
            : $"Early help closed and stepped up: contact {contact.Reference} is with the front door";
        return Redirect(EpisodeUrl);
    }
}
