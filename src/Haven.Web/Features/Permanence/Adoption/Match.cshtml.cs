using Haven.Domain.Permanence;

namespace Haven.Web.Features.Permanence.Adoption;

/// <summary>The match: the adoption panel's recommendation and the agency decision maker's decision, with the adopters.</summary>
public sealed class MatchModel(HavenDbContext db, TimeProvider clock, AdoptionService adoption) : PersonPageModel(db, clock)
{
    [FromRoute] public Guid JourneyId { get; set; }
    public AdoptionJourney Journey { get; private set; } = null!;
    public string AdoptionUrl => $"/people/{PersonId}/adoption";

    [BindProperty] public DateInput PanelOn { get; set; } = new();
    [BindProperty] public DateInput MatchedOn { get; set; } = new();
    [BindProperty] public string? Adopters { get; set; }
    [BindProperty] public bool? FosterCarers { get; set; }
    [BindProperty] public int? Number { get; set; }
    [BindProperty] public string? Sex { get; set; }
    [BindProperty] public string? LegalStatus { get; set; }

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct) =>
        Journey = await JourneyPart.OpenAsync(Db, PersonId, JourneyId, AdoptionUrl, ct);

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var panel = DateInputValidation.Validate(PanelOn, "the date of the adoption panel", required: true, today: Today);
        panel.AddTo(ModelState, nameof(PanelOn));
        var matched = DateInputValidation.Validate(MatchedOn, "the date of the agency decision maker's match decision", required: true, today: Today);
        matched.AddTo(ModelState, nameof(MatchedOn));
        return await SaveAsync(() => adoption.MatchAsync(PersonId, JourneyId, new MatchDetails(panel.Date, matched.Date, Adopters, FosterCarers, Number, Sex, LegalStatus), ct),
            "Match recorded", AdoptionUrl,
            new Dictionary<string, string>
            {
                [PermanenceRules.DateField] = nameof(PanelOn), [PermanenceRules.SecondDateField] = nameof(MatchedOn), [PermanenceRules.WhoField] = nameof(Adopters),
            });
    }
}
