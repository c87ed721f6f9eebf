namespace Haven.Web.Features.LookedAfter.Reviews;

/// <summary>Marks a review recommendation as done on the day it was done.</summary>
public sealed class RecommendationDoneModel(HavenDbContext db, TimeProvider clock, CareReviewService reviews) : PersonPageModel(db, clock)
{
    [FromRoute] public Guid ReviewId { get; set; }
    [FromRoute] public Guid RecommendationId { get; set; }
    public CareReview Review { get; private set; } = null!;
    public CareReviewRecommendation Recommendation { get; private set; } = null!;
    public string ReviewUrl => $"/people/{PersonId}/care/reviews/{ReviewId}";

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct)
    {
        var part = await CareReviewsPart.LoadAsync(records, Db, PersonId, Today, ct);
        Review = part.Reviews.SingleOrDefault(r => r.Id == ReviewId) ?? throw RecordStopException.NotFound();
        Recommendation = Review.Recommendations.SingleOrDefault(r => r.Id == RecommendationId) ?? throw RecordStopException.NotFound();
        RecordStopException.ThrowIf(Recommendation.CompletedOn is not null, "That recommendation is already done.", ReviewUrl);
    }

    [BindProperty] public DateInput CompletedOn { get; set; } = new();

    public IActionResult OnGet()
    {
        CompletedOn = DateInput.From(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var done = DateInputValidation.Validate(CompletedOn, "the date it was done", required: false, today: Today);
        done.AddTo(ModelState, nameof(CompletedOn));
        return await SaveAsync(() => reviews.CompleteRecommendationAsync(PersonId, ReviewId, RecommendationId, done.Date, ct), "Recommendation marked as done", ReviewUrl);
    }
}
