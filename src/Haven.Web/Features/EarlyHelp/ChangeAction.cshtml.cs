namespace Haven.Web.Features.EarlyHelp;

/// <summary>
/// One action still to do in the plan: change what it says, who does it or when it is due; or stop it, with the day and
/// why, when it is no longer needed. Done and stopped actions are history and are not offered here.
/// </summary>
public sealed class ChangeActionModel(HavenDbContext db, TimeProvider clock, EarlyHelpService earlyHelp) : PersonPageModel(db, clock)
{
    public EarlyHelpPart EarlyHelp { get; private set; } = null!;

    public EarlyHelpAction PlanAction { get; private set; } = null!;

    [FromRoute] public Guid ActionId { get; set; }

    [BindProperty] public string? Action { get; set; }
    [BindProperty] public string? Owner { get; set; }
    [BindProperty] public DateInput DueDate { get; set; } = new();
    [BindProperty] public DateInput StoppedOn { get; set; } = new();
    [BindProperty] public string? EndReason { get; set; }

    public IActionResult OnGet()
    {
        (Action, Owner, DueDate, StoppedOn) = (PlanAction.Action, PlanAction.Owner, DateInput.From(PlanAction.DueDate), DateInput.From(Today));
        return Page();
    }

    public async Task<IActionResult> OnPostChangeAsync(CancellationToken ct)
    {
        var due = DateInputValidation.Validate(DueDate, "the due date", required: true, today: Today);
        due.AddTo(ModelState, nameof(DueDate));
        return await SaveAsync(() => earlyHelp.ChangeActionAsync(EarlyHelp.EpisodeId, ActionId, Action, Owner, due.Date, ct), "Action changed", EarlyHelp.EpisodeUrl + "#plan");
    }

    public async Task<IActionResult> OnPostStopAsync(CancellationToken ct)
    {
        var stopped = DateInputValidation.Validate(StoppedOn, "the date the action was stopped", required: true, notAfter: Today, today: Today);
        stopped.AddTo(ModelState, nameof(StoppedOn));
        return await SaveAsync(() => earlyHelp.StopActionAsync(EarlyHelp.EpisodeId, ActionId, stopped.Date, EndReason, ct), "Action stopped", EarlyHelp.EpisodeUrl + "#plan");
    }

    /// <summary>The action is looked for before the episode is refused as closed, so another episode's action is a 404 either way.</summary>
    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct)
    {
        EarlyHelp = await EarlyHelpPart.LoadAsync(this, records, ct);
        PlanAction = EarlyHelp.Episode.Actions.SingleOrDefault(a => a.Id == ActionId) ?? throw RecordStopException.NotFound();
        RecordStopException.ThrowIf(!EarlyHelp.Episode.IsOpen, RecordLoader.EarlyHelpClosed, EarlyHelp.EpisodeUrl);
        RecordStopException.ThrowIf(!PlanAction.IsOutstanding, "This action is done or stopped, so it cannot be changed.", EarlyHelp.EpisodeUrl + "#plan");
    }
}
