using Haven.Domain.Permanence;

namespace Haven.Web.Features.Permanence.Court;

/// <summary>Records a family group conference offered to the family, and whether it was held or declined.</summary>
public sealed class FamilyGroupConferenceModel(HavenDbContext db, TimeProvider clock, CourtService court) : PersonPageModel(db, clock)
{
    public string CourtUrl => $"/people/{PersonId}/court";

    [BindProperty] public DateInput OfferedOn { get; set; } = new();
    /// <summary>"held", "declined" or "waiting".</summary>
    [BindProperty] public string? Outcome { get; set; }
    [BindProperty] public DateInput HeldOn { get; set; } = new();
    [BindProperty] public string? Note { get; set; }

    public IActionResult OnGet()
    {
        OfferedOn = DateInput.From(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var offered = DateInputValidation.Validate(OfferedOn, "the date the conference was offered", required: true, today: Today);
        offered.AddTo(ModelState, nameof(OfferedOn));
        if (Outcome is not ("held" or "declined" or "waiting"))
        {
            ModelState.AddModelError(nameof(Outcome), "Select whether the conference was held");
        }
        var held = DateInputValidation.Validate(HeldOn, "the date the conference was held", required: Outcome == "held", today: Today);
        held.AddTo(ModelState, nameof(HeldOn));
        return await SaveAsync(() => court.FamilyGroupConferenceAsync(PersonId, offered.Date, Outcome == "held" ? held.Date : null, Outcome == "declined", Note, ct),
            "Family group conference recorded", CourtUrl,
            new Dictionary<string, string> { [PermanenceRules.DateField] = nameof(OfferedOn), [PermanenceRules.SecondDateField] = nameof(HeldOn) });
    }
}
