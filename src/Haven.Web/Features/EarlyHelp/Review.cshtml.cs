using Haven.Data;
using Haven.Domain.EarlyHelp;
using Haven.GovUk;
using Haven.Web.Features.People.Record;
using Haven.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Haven.Web.Features.EarlyHelp;

public sealed class ReviewModel(HavenDbContext db, TimeProvider clock, EarlyHelpService earlyHelp) : PersonPageModel(db, clock)
{
    [FromRoute] public Guid EpisodeId { get; set; }
    public EarlyHelpEpisode Episode { get; private set; } = null!;
    public string EpisodeUrl => Url.EarlyHelpEpisode(PersonId, EpisodeId);

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct) =>
        Episode = await records.OpenEarlyHelpEpisodeAsync(PersonId, EpisodeId, EpisodeUrl, ct);

    [BindProperty] public DateInput ReviewDate { get; set; } = new();
    [BindProperty] public string? Progress { get; set; }
    [BindProperty] public string? ChildsViews { get; set; }
    [BindProperty] public DateInput NextReviewDate { get; set; } = new();

    public IActionResult OnGet()
    {
        ReviewDate = DateInput.From(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var held = DateInputValidation.Validate(ReviewDate, "the review date", required: true, notAfter: Today, today: Today);
        held.AddTo(ModelState, nameof(ReviewDate));
        var next = DateInputValidation.Validate(NextReviewDate, "the next review date", required: true, today: Today);
        next.AddTo(ModelState, nameof(NextReviewDate));
        var errors = EarlyHelpRules.ValidateReview(Progress, ChildsViews, held.Date, next.Date, Episode.StartDate);
        // A date already reported as unreadable should not get a second message about its value.
        AddErrors(errors.Where(e => ModelState.GetFieldValidationState(e.Key) != Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid)
            .ToDictionary(e => e.Key, e => e.Value));
        if (!ModelState.IsValid)
        {
            return this.InvalidPage();
        }
        await earlyHelp.RecordReviewAsync(EpisodeId, held.Date!.Value, Progress!, ChildsViews!, next.Date!.Value, ct);
        TempData["Success"] = $"Review recorded. Next review by {EarlyHelpText.Date(next.Date.Value)}";
        return Redirect(EpisodeUrl + "#reviews");
    }
}
