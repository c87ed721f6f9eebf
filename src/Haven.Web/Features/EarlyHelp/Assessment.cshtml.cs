using Haven.Data;
using Haven.Domain.EarlyHelp;
using Haven.GovUk;
using Haven.Web.Features.People.Record;
using Haven.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Haven.Web.Features.EarlyHelp;

/// <summary>Records the CAF-style assessment; updating starts from the last one so only what changed is retyped.</summary>
public sealed class AssessmentModel(HavenDbContext db, TimeProvider clock, EarlyHelpService earlyHelp) : PersonPageModel(db, clock)
{
    [FromRoute] public Guid EpisodeId { get; set; }
    public EarlyHelpEpisode Episode { get; private set; } = null!;
    public string EpisodeUrl => Url.EarlyHelpEpisode(PersonId, EpisodeId);

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct) =>
        Episode = await records.OpenEarlyHelpEpisodeAsync(PersonId, EpisodeId, EpisodeUrl, ct);

    [BindProperty] public DateInput CompletedOn { get; set; } = new();
    [BindProperty] public string? ChildsVoice { get; set; }
    [BindProperty] public string? ParentsViews { get; set; }
    [BindProperty] public string? Strengths { get; set; }
    [BindProperty] public string? Needs { get; set; }

    public IActionResult OnGet()
    {
        CompletedOn = DateInput.From(Today);
        if (Episode.Assessments.OrderBy(a => a.CompletedOn).LastOrDefault() is { } last)
        {
            (ChildsVoice, ParentsViews, Strengths, Needs) = (last.ChildsVoice, last.ParentsViews, last.Strengths, last.Needs);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var completed = DateInputValidation.Validate(CompletedOn, "the date the assessment was completed", required: true, notAfter: Today, notBefore: Episode.StartDate, today: Today);
        completed.AddTo(ModelState, nameof(CompletedOn));
        AddErrors(EarlyHelpRules.ValidateAssessment(ChildsVoice, ParentsViews, Strengths, Needs));
        if (!ModelState.IsValid)
        {
            return this.InvalidPage();
        }
        await earlyHelp.RecordAssessmentAsync(EpisodeId, completed.Date!.Value, ChildsVoice!, ParentsViews!, Strengths!, Needs!, ct);
        TempData["Success"] = "Assessment recorded";
        return Redirect(EpisodeUrl);
    }
}
