using Haven.Data;
using Haven.Domain.EarlyHelp;
using Haven.GovUk;
using Haven.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Haven.Web.Features.EarlyHelp;

/// <summary>Closes early help; stepping up sends the closing note to the front door as a new contact.</summary>
public sealed class CloseModel(HavenDbContext db, TimeProvider clock, EarlyHelpService earlyHelp) : EpisodePageModel(db, clock)
{
    [BindProperty] public EarlyHelpClosure? Outcome { get; set; }
    [BindProperty] public string? Note { get; set; }
    [BindProperty] public DateInput EndDate { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadOpenEpisodeAsync(ct) is { } stop)
        {
            return stop;
        }
        EndDate = DateInput.From(LocalToday);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadOpenEpisodeAsync(ct) is { } stop)
        {
            return stop;
        }
        var end = DateInputValidation.Validate(EndDate, "the date early help ended", required: true, notAfter: LocalToday, today: LocalToday);
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
