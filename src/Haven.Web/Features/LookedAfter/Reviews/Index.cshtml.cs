namespace Haven.Web.Features.LookedAfter.Reviews;

/// <summary>
/// The child's reviews while looked after: the IRO, each review against the date it was due (on time or late), the next
/// one due, and whether the care plan and the permanence plan are in place.
/// </summary>
public sealed class IndexModel(HavenDbContext db, TimeProvider clock) : PersonPageModel(db, clock)
{
    public CareReviewsPart Part { get; private set; } = null!;

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct) =>
        Part = await CareReviewsPart.LoadAsync(records, Db, PersonId, Today, ct);

    public IActionResult OnGet() => Page();
}
