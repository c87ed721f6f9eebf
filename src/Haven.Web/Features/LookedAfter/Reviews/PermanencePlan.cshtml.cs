namespace Haven.Web.Features.LookedAfter.Reviews;

/// <summary>Records the permanence plan (return home, long-term fostering, adoption…) and the day it was agreed; due by the second review.</summary>
public sealed class PermanencePlanModel(HavenDbContext db, TimeProvider clock, CareReviewService reviews) : PersonPageModel(db, clock)
{
    public CareReviewsPart Part { get; private set; } = null!;

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct) =>
        Part = await CareReviewsPart.LoadAsync(records, Db, PersonId, Today, ct);

    [BindProperty] public PermanencePlanType? PlanType { get; set; }
    [BindProperty] public DateInput AgreedOn { get; set; } = new();
    [BindProperty] public string? Note { get; set; }

    public IActionResult OnGet()
    {
        AgreedOn = DateInput.From(Today);
        PlanType = Part.CurrentPermanencePlan?.PlanType;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var agreed = DateInputValidation.Validate(AgreedOn, "the date the plan was agreed", required: false, today: Today);
        agreed.AddTo(ModelState, nameof(AgreedOn));
        return await SaveAsync(() => reviews.AgreePermanencePlanAsync(PersonId, Part.Period.Id, PlanType, agreed.Date, Note, ct), "Permanence plan recorded", Part.ReviewsUrl);
    }
}
