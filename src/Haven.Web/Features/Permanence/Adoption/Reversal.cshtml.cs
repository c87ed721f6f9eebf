using Haven.Domain.Permanence;

namespace Haven.Web.Features.Permanence.Adoption;

/// <summary>The decision that the child should be placed for adoption is reversed, with the SSDA903 reason (RD1–RD4).</summary>
public sealed class ReversalModel(HavenDbContext db, TimeProvider clock, AdoptionService adoption) : PersonPageModel(db, clock)
{
    [FromRoute] public Guid JourneyId { get; set; }
    public AdoptionJourney Journey { get; private set; } = null!;
    public string AdoptionUrl => $"/people/{PersonId}/adoption";

    [BindProperty] public DateInput ReversedOn { get; set; } = new();
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public string? Note { get; set; }

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct) =>
        Journey = await JourneyPart.OpenAsync(Db, PersonId, JourneyId, AdoptionUrl, ct);

    public IActionResult OnGet()
    {
        ReversedOn = DateInput.From(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var on = DateInputValidation.Validate(ReversedOn, "the date of the decision", required: true, today: Today);
        on.AddTo(ModelState, nameof(ReversedOn));
        return await SaveAsync(() => adoption.ReverseAsync(PersonId, JourneyId, on.Date, Reason, Note, ct), "Reversal recorded", AdoptionUrl,
            new Dictionary<string, string> { [PermanenceRules.DateField] = nameof(ReversedOn) });
    }
}
