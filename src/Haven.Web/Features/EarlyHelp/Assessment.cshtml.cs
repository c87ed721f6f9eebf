using Haven.Data;
using Haven.Domain.EarlyHelp;
using Haven.GovUk;
using Haven.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Haven.Web.Features.EarlyHelp;

/// <summary>Records the CAF-style assessment; updating starts from the last one so only what changed is retyped.</summary>
public sealed class AssessmentModel(HavenDbContext db, TimeProvider clock, EarlyHelpService earlyHelp) : EpisodePageModel(db, clock)
{
    [BindProperty] public DateInput CompletedOn { get; set; } = new();
    [BindProperty] public string? ChildsVoice { get; set; }
    [BindProperty] public string? ParentsViews { get; set; }
    [BindProperty] public string? Strengths { get; set; }
    [BindProperty] public string? Needs { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadOpenEpisodeAsync(ct) is { } stop)
        {
            return stop;
        }
        CompletedOn = DateInput.From(LocalToday);
        if (Episode.Assessments.OrderBy(a => a.CompletedOn).LastOrDefault() is { } last)
        {
            (ChildsVoice, ParentsViews, Strengths, Needs) = (last.ChildsVoice, last.ParentsViews, last.Strengths, last.Needs);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadOpenEpisodeAsync(ct) is { } stop)
        {
            return stop;
        }
        var completed = DateInputValidation.Validate(CompletedOn, "the date the assessment was completed", required: true, notAfter: LocalToday, notBefore: Episode.StartDate, today: LocalToday);
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
