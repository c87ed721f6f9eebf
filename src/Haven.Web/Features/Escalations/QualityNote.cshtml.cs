using Haven.Domain.Escalations;

namespace Haven.Web.Features.Escalations;

/// <summary>A conference chair's or IRO's note on the quality of a child's plan.</summary>
public sealed class QualityNoteModel(HavenDbContext db, TimeProvider clock, EscalationService escalations) : PersonPageModel(db, clock)
{
    [FromQuery(Name = "kind")] public PlanKind Kind { get; set; }
    [FromQuery(Name = "plan")] public Guid PlanId { get; set; }
    public PlanSummary Plan { get; private set; } = null!;

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct) =>
        Plan = await escalations.PlanAsync(PersonId, Kind, PlanId, ct) ?? throw RecordStopException.NotFound();

    [BindProperty] public PlanQuality? Quality { get; set; }
    [BindProperty] public DateInput WrittenOn { get; set; } = new();
    [BindProperty] public string? Note { get; set; }

    public IActionResult OnGet()
    {
        WrittenOn = DateInput.From(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var on = DateInputValidation.Validate(WrittenOn, "the date", required: true, today: Today);
        on.AddTo(ModelState, nameof(WrittenOn));
        return await SaveAsync(() => escalations.AddQualityNoteAsync(Plan, Quality, on.Date, Note, ct), "Quality note saved", Plan.Url,
            new Dictionary<string, string> { [EscalationRules.OnField] = nameof(WrittenOn) });
    }
}
