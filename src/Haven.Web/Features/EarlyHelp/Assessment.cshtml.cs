namespace Haven.Web.Features.EarlyHelp;

/// <summary>Records the CAF-style assessment; updating starts from the last one so only what changed is retyped.</summary>
public sealed class AssessmentModel(HavenDbContext db, TimeProvider clock, EarlyHelpService earlyHelp) : PersonPageModel(db, clock)
{
    public EarlyHelpPart EarlyHelp { get; private set; } = null!;

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct) => EarlyHelp = await EarlyHelpPart.LoadOpenAsync(this, records, ct);

    [BindProperty] public DateInput CompletedOn { get; set; } = new();
    [BindProperty] public string? ChildsVoice { get; set; }
    [BindProperty] public string? ParentsViews { get; set; }
    [BindProperty] public string? Strengths { get; set; }
    [BindProperty] public string? Needs { get; set; }

    public IActionResult OnGet()
    {
        CompletedOn = DateInput.From(Today);
        if (EarlyHelp.Episode.Assessments.OrderBy(a => a.CompletedOn).LastOrDefault() is { } last)
        {
            (ChildsVoice, ParentsViews, Strengths, Needs) = (last.ChildsVoice, last.ParentsViews, last.Strengths, last.Needs);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var completed = DateInputValidation.Validate(CompletedOn, "the date the assessment was completed", required: true, notAfter: Today, notBefore: EarlyHelp.Episode.StartDate, today: Today);
        completed.AddTo(ModelState, nameof(CompletedOn));
        return await SaveAsync(() => earlyHelp.RecordAssessmentAsync(EarlyHelp.EpisodeId, completed.Date, ChildsVoice, ParentsViews, Strengths, Needs, ct),
            "Assessment recorded", EarlyHelp.EpisodeUrl);
    }
}
