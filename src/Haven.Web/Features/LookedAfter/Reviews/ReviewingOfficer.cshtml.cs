namespace Haven.Web.Features.LookedAfter.Reviews;

/// <summary>
/// A team or service manager allocates the child's independent reviewing officer for the period of care; a change
/// needs a reason (continuity of the IRO is what the role is for), and both go in the child's history.
/// </summary>
public sealed class ReviewingOfficerModel(HavenDbContext db, TimeProvider clock, CareReviewService reviews) : PersonPageModel(db, clock)
{
    public CareReviewsPart Part { get; private set; } = null!;
    public IReadOnlyList<(string Id, string Name)> Officers { get; private set; } = [];

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct)
    {
        Part = await CareReviewsPart.LoadAsync(records, Db, PersonId, Today, ct);
        RecordStopException.ThrowIf(!Part.Period.IsOpen, "The child has left care, so the reviewing officer cannot be changed.", Part.ReviewsUrl);
        Officers = await reviews.ReviewingOfficersAsync(ct);
    }

    [BindProperty] public string? IroUserId { get; set; }
    [BindProperty] public string? Reason { get; set; }

    public IActionResult OnGet()
    {
        IroUserId = Part.Period.IroUserId;
        Version = Part.Period.Version;
        return Page();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        SaveAsync(() => reviews.AllocateReviewingOfficerAsync(PersonId, Part.Period.Id, IroUserId, Reason, Version, ct),
            () => "Independent reviewing officer allocated", Part.ReviewsUrl);
}
