namespace Haven.Web.Features.EarlyHelp;

public sealed class ReviewModel(HavenDbContext db, TimeProvider clock, EarlyHelpService earlyHelp) : PersonPageModel(db, clock)
{
    public EarlyHelpPart EarlyHelp { get; private set; } = null!;

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct) => EarlyHelp = await EarlyHelpPart.LoadOpenAsync(this, records, ct);

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
        // A date already reported as unreadable keeps that message rather than getting a second one.
        return await SaveAsync(() => earlyHelp.RecordReviewAsync(EarlyHelp.EpisodeId, held.Date, Progress, ChildsViews, next.Date, ct),
            () => $"Review recorded. Next review by {EarlyHelpText.Date(next.Date!.Value)}", EarlyHelp.EpisodeUrl + "#reviews");
    }
}
