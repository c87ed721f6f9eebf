using Haven.Domain.Permanence;

namespace Haven.Web.Features.Permanence.Court;

/// <summary>Records a legal planning meeting: whether the threshold is met, what the authority will do, and why.</summary>
public sealed class LegalPlanningModel(HavenDbContext db, TimeProvider clock, CourtService court) : PersonPageModel(db, clock)
{
    public string CourtUrl => $"/people/{PersonId}/court";

    [BindProperty] public DateInput HeldOn { get; set; } = new();
    [BindProperty] public LegalPlanningDecision? Decision { get; set; }
    [BindProperty] public string? Rationale { get; set; }
    [BindProperty] public string? Chair { get; set; }

    public IActionResult OnGet()
    {
        HeldOn = DateInput.From(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var held = DateInputValidation.Validate(HeldOn, "the date of the meeting", required: true, today: Today);
        held.AddTo(ModelState, nameof(HeldOn));
        return await SaveAsync(() => court.LegalPlanningAsync(PersonId, held.Date, Decision, Rationale, Chair, ct), "Legal planning meeting recorded", CourtUrl,
            new Dictionary<string, string> { [PermanenceRules.DateField] = nameof(HeldOn), [PermanenceRules.KindField] = nameof(Decision) });
    }
}
