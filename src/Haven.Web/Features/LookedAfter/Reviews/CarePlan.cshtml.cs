namespace Haven.Web.Features.LookedAfter.Reviews;

/// <summary>Records the care plan as agreed: the day and a summary. A new agreement is a new version; earlier ones stay in the record.</summary>
public sealed class CarePlanModel(HavenDbContext db, TimeProvider clock, CareReviewService reviews) : PersonPageModel(db, clock)
{
    public CareReviewsPart Part { get; private set; } = null!;

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct) =>
        Part = await CareReviewsPart.LoadAsync(records, Db, PersonId, Today, ct);

    [BindProperty] public DateInput AgreedOn { get; set; } = new();
    [BindProperty] public string? Summary { get; set; }

    public IActionResult OnGet()
    {
        AgreedOn = DateInput.From(Today);
        Summary = Part.CurrentCarePlan?.Summary;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var agreed = DateInputValidation.Validate(AgreedOn, "the date the plan was agreed", required: false, today: Today);
        agreed.AddTo(ModelState, nameof(AgreedOn));
        return await SaveAsync(() => reviews.AgreeCarePlanAsync(PersonId, Part.Period.Id, agreed.Date, Summary, ct), "Care plan recorded", Part.ReviewsUrl);
    }
}
