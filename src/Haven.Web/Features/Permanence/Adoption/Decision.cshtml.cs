using Haven.Domain.Permanence;

namespace Haven.Web.Features.Permanence.Adoption;

/// <summary>The agency decision maker's decision that the child should be placed for adoption.</summary>
public sealed class DecisionModel(HavenDbContext db, TimeProvider clock, AdoptionService adoption) : PersonPageModel(db, clock)
{
    public CarePeriod Period { get; private set; } = null!;
    public string AdoptionUrl => $"/people/{PersonId}/adoption";

    [BindProperty] public DateInput DecisionOn { get; set; } = new();
    [BindProperty] public string? DecisionBy { get; set; }
    [BindProperty] public string? Rationale { get; set; }

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct) =>
        Period = await records.OpenCarePeriodAsync(PersonId, null, AdoptionUrl, ct);

    public IActionResult OnGet()
    {
        DecisionOn = DateInput.From(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var on = DateInputValidation.Validate(DecisionOn, "the date of the decision", required: true, today: Today);
        on.AddTo(ModelState, nameof(DecisionOn));
        return await SaveAsync(() => adoption.DecideAsync(PersonId, on.Date, DecisionBy, Rationale, ct), "Decision recorded", AdoptionUrl,
            new Dictionary<string, string> { [PermanenceRules.DateField] = nameof(DecisionOn), [PermanenceRules.WhoField] = nameof(DecisionBy) });
    }
}
