using Haven.Domain.Permanence;

namespace Haven.Web.Features.Permanence.Court;

/// <summary>A pre-proceedings meeting with the parents and their lawyers.</summary>
public sealed class MeetingModel(HavenDbContext db, TimeProvider clock, CourtService court) : PersonPageModel(db, clock)
{
    [FromRoute] public Guid ProceedingsId { get; set; }
    public CareProceedings Proceedings { get; private set; } = null!;
    public string CourtUrl => $"/people/{PersonId}/court";

    [BindProperty] public DateInput HeldOn { get; set; } = new();
    [BindProperty] public string? Outcome { get; set; }

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct) =>
        Proceedings = await ProceedingsPart.OpenAsync(Db, PersonId, ProceedingsId, CourtUrl, ct);

    public IActionResult OnGet()
    {
        HeldOn = DateInput.From(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var held = DateInputValidation.Validate(HeldOn, "the date of the meeting", required: true, today: Today);
        held.AddTo(ModelState, nameof(HeldOn));
        return await SaveAsync(() => court.MeetingAsync(PersonId, ProceedingsId, held.Date, Outcome, ct), "Pre-proceedings meeting recorded", CourtUrl,
            new Dictionary<string, string> { [PermanenceRules.DateField] = nameof(HeldOn) });
    }
}
