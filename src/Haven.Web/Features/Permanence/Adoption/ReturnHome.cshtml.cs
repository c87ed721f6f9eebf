using Haven.Domain.Permanence;

namespace Haven.Web.Features.Permanence.Adoption;

/// <summary>A plan for the child to go home: the assessment of the parents and the support plan.</summary>
public sealed class ReturnHomeModel(HavenDbContext db, TimeProvider clock, PermanenceFollowUpService service) : PersonPageModel(db, clock)
{
    public string AdoptionUrl => $"/people/{PersonId}/adoption";

    [BindProperty] public DateInput AssessedOn { get; set; } = new();
    [BindProperty] public string? Assessment { get; set; }
    [BindProperty] public DateInput SupportOn { get; set; } = new();
    [BindProperty] public string? Support { get; set; }

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct) => await records.LatestCarePeriodAsync(PersonId, ct);

    public IActionResult OnGet() => Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var assessed = DateInputValidation.Validate(AssessedOn, "the date the assessment of the parents was completed", required: true, today: Today);
        assessed.AddTo(ModelState, nameof(AssessedOn));
        var support = DateInputValidation.Validate(SupportOn, "the date the support plan was agreed", required: true, today: Today);
        support.AddTo(ModelState, nameof(SupportOn));
        return await SaveAsync(() => service.PlanReturnHomeAsync(PersonId, assessed.Date, Assessment, support.Date, Support, ct), "Plan to return home recorded", AdoptionUrl,
            new Dictionary<string, string>
            {
                [PermanenceRules.DateField] = nameof(AssessedOn), [PermanenceRules.RationaleField] = nameof(Assessment),
                [PermanenceRules.SecondDateField] = nameof(SupportOn), [PermanenceRules.ReasonField] = nameof(Support),
            });
    }
}
