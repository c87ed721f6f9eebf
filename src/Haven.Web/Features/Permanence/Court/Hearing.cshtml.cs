using Haven.Domain.Permanence;

namespace Haven.Web.Features.Permanence.Court;

/// <summary>A hearing in the proceedings and the order made at it; a final hearing concludes them.</summary>
public sealed class HearingModel(HavenDbContext db, TimeProvider clock, CourtService court) : PersonPageModel(db, clock)
{
    [FromRoute] public Guid ProceedingsId { get; set; }
    public CareProceedings Proceedings { get; private set; } = null!;
    public string CourtUrl => $"/people/{PersonId}/court";

    [BindProperty] public DateInput HeldOn { get; set; } = new();
    [BindProperty] public HearingKind? Kind { get; set; }
    /// <summary>The order made, or empty for none.</summary>
    [BindProperty] public CourtOrderKind? Order { get; set; }
    [BindProperty] public string? Note { get; set; }

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct) =>
        Proceedings = await ProceedingsPart.OpenAsync(Db, PersonId, ProceedingsId, CourtUrl, ct, mustBeIssued: true);

    public IActionResult OnGet()
    {
        HeldOn = DateInput.From(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var held = DateInputValidation.Validate(HeldOn, "the date of the hearing", required: true, today: Today);
        held.AddTo(ModelState, nameof(HeldOn));
        return await SaveAsync(() => court.HearingAsync(PersonId, ProceedingsId, new HearingDetails(held.Date, Kind, Order, Note), ct), "Hearing recorded", CourtUrl,
            new Dictionary<string, string> { [PermanenceRules.DateField] = nameof(HeldOn) });
    }
}
