using Haven.Domain.Escalations;

namespace Haven.Web.Features.Escalations;

/// <summary>Moves an escalation to a later stage with the date it got there, or records that it is resolved and how.</summary>
public sealed class NextStageModel(HavenDbContext db, TimeProvider clock, EscalationService escalations) : PersonPageModel(db, clock)
{
    [FromRoute] public Guid EscalationId { get; set; }
    public Escalation Escalation { get; private set; } = null!;

    public string EscalationUrl => $"/people/{PersonId}/escalations/{EscalationId}";

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct)
    {
        Escalation = await Db.Escalations.AsNoTracking().Include(e => e.Steps)
            .SingleOrDefaultAsync(e => e.Id == EscalationId && e.PersonId == PersonId, ct) ?? throw RecordStopException.NotFound();
        RecordStopException.ThrowIf(Escalation.IsResolved, "This escalation is resolved.", EscalationUrl);
    }

    [BindProperty] public EscalationStage? Stage { get; set; }
    [BindProperty] public DateInput On { get; set; } = new();
    [BindProperty] public string? RaisedWith { get; set; }
    [BindProperty] public string? Note { get; set; }

    /// <summary>Only later stages: an escalation never goes back.</summary>
    public IEnumerable<EscalationStage> Stages => Enum.GetValues<EscalationStage>().Where(s => s > Escalation.Stage);

    public IActionResult OnGet()
    {
        On = DateInput.From(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var on = DateInputValidation.Validate(On, "the date", required: true, today: Today);
        on.AddTo(ModelState, nameof(On));
        return await SaveAsync(() => escalations.MoveOnAsync(PersonId, EscalationId, new EscalationEntry(Stage, on.Date, RaisedWith, Note), ct),
            () => Stage == EscalationStage.Resolved ? "Escalation resolved" : $"Escalation moved to {EscalationStages.Label(Stage!.Value).ToLowerInvariant()}",
            EscalationUrl);
    }
}
