using Haven.Domain.Permanence;

namespace Haven.Web.Features.Permanence.Adoption;

/// <summary>The adoption order: the child stops being looked after that day, with REC E11 (unopposed) or E12 (consent dispensed with).</summary>
public sealed class OrderModel(HavenDbContext db, TimeProvider clock, AdoptionService adoption) : PersonPageModel(db, clock)
{
    [FromRoute] public Guid JourneyId { get; set; }
    public AdoptionJourney Journey { get; private set; } = null!;
    public string AdoptionUrl => $"/people/{PersonId}/adoption";

    [BindProperty] public DateInput MadeOn { get; set; } = new();
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public string? Note { get; set; }

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct) =>
        Journey = await JourneyPart.OpenAsync(Db, PersonId, JourneyId, AdoptionUrl, ct);

    public IActionResult OnGet()
    {
        MadeOn = DateInput.From(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var made = DateInputValidation.Validate(MadeOn, "the date of the adoption order", required: true, today: Today);
        made.AddTo(ModelState, nameof(MadeOn));
        return await SaveAsync(() => adoption.AdoptionOrderAsync(PersonId, JourneyId, made.Date, Reason, Note, ct), "Adoption order recorded", AdoptionUrl,
            new Dictionary<string, string>
            {
                [PermanenceRules.DateField] = nameof(MadeOn), [CareRules.EndField] = nameof(MadeOn), [CareRules.ReasonCeasedField] = nameof(Reason), [CareRules.PlacementsField] = nameof(MadeOn),
            });
    }
}
