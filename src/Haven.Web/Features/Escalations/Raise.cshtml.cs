using Haven.Domain.Escalations;

namespace Haven.Web.Features.Escalations;

/// <summary>An IRO or conference chair raises an escalation about a child's plan (dispute resolution).</summary>
public sealed class RaiseModel(HavenDbContext db, TimeProvider clock, EscalationService escalations) : PersonPageModel(db, clock)
{
    [FromQuery(Name = "kind")] public PlanKind Kind { get; set; }
    [FromQuery(Name = "plan")] public Guid PlanId { get; set; }
    public PlanSummary Plan { get; private set; } = null!;

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct) =>
        Plan = await escalations.PlanAsync(PersonId, Kind, PlanId, ct) ?? throw RecordStopException.NotFound();

    [BindProperty] public EscalationStage? Stage { get; set; }
    [BindProperty] public DateInput RaisedOn { get; set; } = new();
    [BindProperty] public string? RaisedWith { get; set; }
    [BindProperty] public string? Concern { get; set; }

    public static readonly IReadOnlyList<EscalationStage> Stages = [EscalationStage.Informal, EscalationStage.Stage1, EscalationStage.Stage2, EscalationStage.Stage3];

    public IActionResult OnGet()
    {
        RaisedOn = DateInput.From(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var on = DateInputValidation.Validate(RaisedOn, "the date it was raised", required: true, today: Today);
        on.AddTo(ModelState, nameof(RaisedOn));
        return await SaveAsync(() => escalations.RaiseAsync(Plan, new EscalationEntry(Stage, on.Date, RaisedWith, Concern), ct),
            "Escalation raised", Plan.Url,
            new Dictionary<string, string> { [EscalationRules.OnField] = nameof(RaisedOn), [EscalationRules.ConcernField] = nameof(Concern) });
    }
}
