namespace Haven.Web.Features.LookedAfter.Reviews;

/// <summary>One review as recorded, with its recommendations (each can be marked done) and where the minutes went.</summary>
public sealed class ReviewModel(HavenDbContext db, TimeProvider clock) : PersonPageModel(db, clock)
{
    [FromRoute] public Guid ReviewId { get; set; }
    public CareReviewsPart Part { get; private set; } = null!;
    public CareReview Review { get; private set; } = null!;

    /// <summary>Where this review stood against the date it was due.</summary>
    public TimescaleStatus Status { get; private set; } = null!;

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct)
    {
        Part = await CareReviewsPart.LoadAsync(records, Db, PersonId, Today, ct);
        var index = Part.Reviews.ToList().FindIndex(r => r.Id == ReviewId);
        if (index < 0)
        {
            throw RecordStopException.NotFound();
        }
        Review = Part.Reviews[index];
        Status = Part.ReviewSchedule[index];
    }

    public IActionResult OnGet() => Page();
}
