namespace Haven.Web.Features.LookedAfter.Reviews;

/// <summary>Records when the review's minutes went to the child and to the carers (either may come later).</summary>
public sealed class MinutesModel(HavenDbContext db, TimeProvider clock, CareReviewService reviews) : PersonPageModel(db, clock)
{
    [FromRoute] public Guid ReviewId { get; set; }
    public CareReview Review { get; private set; } = null!;
    public string ReviewUrl => $"/people/{PersonId}/care/reviews/{ReviewId}";

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct)
    {
        var part = await CareReviewsPart.LoadAsync(records, Db, PersonId, Today, ct);
        Review = part.Reviews.SingleOrDefault(r => r.Id == ReviewId) ?? throw RecordStopException.NotFound();
    }

    [BindProperty] public DateInput MinutesToChildOn { get; set; } = new();
    [BindProperty] public DateInput MinutesToCarersOn { get; set; } = new();

    public IActionResult OnGet()
    {
        MinutesToChildOn = DateInput.From(Review.MinutesToChildOn);
        MinutesToCarersOn = DateInput.From(Review.MinutesToCarersOn);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var toChild = DateInputValidation.Validate(MinutesToChildOn, "the date the minutes went to the child", required: false, today: Today);
        toChild.AddTo(ModelState, nameof(MinutesToChildOn));
        var toCarers = DateInputValidation.Validate(MinutesToCarersOn, "the date the minutes went to the carers", required: false, today: Today);
        toCarers.AddTo(ModelState, nameof(MinutesToCarersOn));
        return await SaveAsync(() => reviews.ShareMinutesAsync(PersonId, ReviewId, toChild.Date, toCarers.Date, ct), "Sharing of the minutes recorded", ReviewUrl);
    }
}
