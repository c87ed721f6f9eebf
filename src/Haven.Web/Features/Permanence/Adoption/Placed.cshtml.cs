using Haven.Domain.Permanence;

namespace Haven.Web.Features.Permanence.Adoption;

/// <summary>The child placed for adoption: moved in with the adopters (for foster carers adopting, the day the child first lived with them).</summary>
public sealed class PlacedModel(HavenDbContext db, TimeProvider clock, AdoptionService adoption) : PersonPageModel(db, clock)
{
    [FromRoute] public Guid JourneyId { get; set; }
    public AdoptionJourney Journey { get; private set; } = null!;
    public string AdoptionUrl => $"/people/{PersonId}/adoption";

    [BindProperty] public DateInput PlacedOn { get; set; } = new();

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct) =>
        Journey = await JourneyPart.OpenAsync(Db, PersonId, JourneyId, AdoptionUrl, ct);

    public IActionResult OnGet()
    {
        PlacedOn = DateInput.From(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var placed = DateInputValidation.Validate(PlacedOn, "the date the child was placed", required: true, today: Today);
        placed.AddTo(ModelState, nameof(PlacedOn));
        return await SaveAsync(() => adoption.PlaceAsync(PersonId, JourneyId, placed.Date, ct), "Placed for adoption recorded", AdoptionUrl,
            new Dictionary<string, string> { [PermanenceRules.DateField] = nameof(PlacedOn) });
    }
}
