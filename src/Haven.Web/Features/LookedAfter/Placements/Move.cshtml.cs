namespace Haven.Web.Features.LookedAfter.Placements;

/// <summary>A move: the current placement ends and the next starts the same day, with the SSDA903 reason, whether it was planned, the placement plan and the matching.</summary>
public sealed class MoveModel(HavenDbContext db, TimeProvider clock, CarePeriodService care) : PersonPageModel(db, clock)
{
    [FromRoute] public Guid PeriodId { get; set; }
    public CarePeriod Period { get; private set; } = null!;
    public Placement Current => Period.Placements.Single(p => p.IsOpen);
    public string CareUrl => $"/people/{PersonId}/care";

    [BindProperty] public DateInput MovedOn { get; set; } = new();
    [BindProperty] public PlacementForm Placement { get; set; } = new();
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public bool? Planned { get; set; }
    [BindProperty] public string? Note { get; set; }
    [BindProperty] public DateInput PlanAgreedOn { get; set; } = new();
    [BindProperty] public string? MatchingNote { get; set; }

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct)
    {
        Period = await records.OpenCarePeriodAsync(PersonId, PeriodId, CareUrl, ct);
        Placement.Register = await PlacementForm.RegisterAsync(Db, ct);
    }

    public IActionResult OnGet()
    {
        MovedOn = DateInput.From(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var on = DateInputValidation.Validate(MovedOn, "the date of the move", required: true, today: Today);
        on.AddTo(ModelState, nameof(MovedOn));
        var agreed = DateInputValidation.Validate(PlanAgreedOn, "the date the placement plan was agreed", required: false, today: Today);
        agreed.AddTo(ModelState, nameof(PlanAgreedOn));
        var move = new PlacementMove(on.Date, Placement.ToChoice(), Typed.Clean(Reason), Planned, Note, agreed.Date, MatchingNote);
        var fields = PlacementForm.Fields(nameof(Placement));
        fields[CareEntryRules.DateField] = nameof(MovedOn);
        // The placement that would end before it began is the current one: its end is the day of the move.
        fields[CareRules.EndField] = nameof(MovedOn);
        fields[CareRules.ReasonForChangeField] = nameof(Reason);
        fields[CareEntryRules.MovePlannedField] = nameof(Planned);
        return await SaveAsync(() => care.MoveAsync(PersonId, PeriodId, move, ct), "Move recorded", CareUrl, fields);
    }
}
