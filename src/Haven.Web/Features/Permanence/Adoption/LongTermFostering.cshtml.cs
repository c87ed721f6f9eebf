using Haven.Domain.Permanence;

namespace Haven.Web.Features.Permanence.Adoption;

/// <summary>The agency decision maker's confirmation that the child's current foster placement is their long-term foster placement.</summary>
public sealed class LongTermFosteringModel(HavenDbContext db, TimeProvider clock, PermanenceFollowUpService service) : PersonPageModel(db, clock)
{
    public CarePeriod Period { get; private set; } = null!;
    public Placement? Placement { get; private set; }
    public string AdoptionUrl => $"/people/{PersonId}/adoption";

    [BindProperty] public DateInput PanelOn { get; set; } = new();
    [BindProperty] public DateInput DecidedOn { get; set; } = new();
    [BindProperty] public string? DecidedBy { get; set; }
    [BindProperty] public string? Note { get; set; }

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct)
    {
        Period = await records.OpenCarePeriodAsync(PersonId, null, AdoptionUrl, ct);
        Placement = Period.Placements.Where(p => p.IsOpen).MaxBy(p => p.StartDate);
    }

    public IActionResult OnGet()
    {
        DecidedOn = DateInput.From(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var panel = DateInputValidation.Validate(PanelOn, "the date of the fostering panel", required: false, today: Today);
        panel.AddTo(ModelState, nameof(PanelOn));
        var decided = DateInputValidation.Validate(DecidedOn, "the date of the agency decision maker's decision", required: true, today: Today);
        decided.AddTo(ModelState, nameof(DecidedOn));
        return await SaveAsync(() => service.MatchLongTermAsync(PersonId, panel.Date, decided.Date, DecidedBy, Note, ct), "Long-term fostering match recorded", AdoptionUrl,
            new Dictionary<string, string>
            {
                [PermanenceRules.DateField] = nameof(PanelOn), [PermanenceRules.SecondDateField] = nameof(DecidedOn), [PermanenceRules.WhoField] = nameof(DecidedBy),
            });
    }
}
