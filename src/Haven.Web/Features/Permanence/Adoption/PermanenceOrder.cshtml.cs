using Haven.Domain.Permanence;

namespace Haven.Web.Features.Permanence.Adoption;

/// <summary>A special guardianship or child arrangements order, with its support plan: the period of care ends with its REC code.</summary>
public sealed class PermanenceOrderModel(HavenDbContext db, TimeProvider clock, AdoptionService adoption) : PersonPageModel(db, clock)
{
    public CarePeriod Period { get; private set; } = null!;
    public string AdoptionUrl => $"/people/{PersonId}/adoption";

    [BindProperty] public PermanenceOrderKind? Kind { get; set; }
    [BindProperty] public DateInput MadeOn { get; set; } = new();
    [BindProperty] public string? Carers { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public DateInput SupportPlanAgreedOn { get; set; } = new();
    [BindProperty] public DateInput SupportPlanReviewOn { get; set; } = new();
    [BindProperty] public string? Note { get; set; }

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct) =>
        Period = await records.OpenCarePeriodAsync(PersonId, null, AdoptionUrl, ct);

    public IActionResult OnGet()
    {
        MadeOn = DateInput.From(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var made = DateInputValidation.Validate(MadeOn, "the date the order was made", required: true, today: Today);
        made.AddTo(ModelState, nameof(MadeOn));
        var agreed = DateInputValidation.Validate(SupportPlanAgreedOn, "the date the support plan was agreed", required: false, today: Today);
        agreed.AddTo(ModelState, nameof(SupportPlanAgreedOn));
        // The review is planned, so it may be in the future.
        var review = DateInputValidation.Validate(SupportPlanReviewOn, "the date of the support plan review", required: false, today: Today);
        review.AddTo(ModelState, nameof(SupportPlanReviewOn));
        return await SaveAsync(() => adoption.PermanenceOrderAsync(PersonId,
                new PermanenceOrderDetails(Kind, made.Date, Carers, Reason, agreed.Date, review.Date, Note), ct), "Order recorded", AdoptionUrl,
            new Dictionary<string, string>
            {
                [PermanenceRules.DateField] = nameof(MadeOn), [PermanenceRules.WhoField] = nameof(Carers), [PermanenceRules.ReasonField] = nameof(Reason),
                [PermanenceRules.SecondDateField] = nameof(SupportPlanReviewOn), [CareRules.EndField] = nameof(MadeOn), [CareRules.PlacementsField] = nameof(MadeOn),
            });
    }
}
