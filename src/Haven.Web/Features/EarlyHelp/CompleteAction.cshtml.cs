namespace Haven.Web.Features.EarlyHelp;

public sealed class CompleteActionModel(HavenDbContext db, TimeProvider clock, EarlyHelpService earlyHelp) : PersonPageModel(db, clock)
{
    public EarlyHelpPart EarlyHelp { get; private set; } = null!;

    [FromRoute] public Guid ActionId { get; set; }
    [BindProperty] public DateInput CompletedOn { get; set; } = new();

    public EarlyHelpAction PlanAction { get; private set; } = null!;

    public IActionResult OnGet()
    {
        if (!PlanAction.IsOutstanding)
        {
            return Refuse(RecordLoader.EarlyHelpClosed, EarlyHelp.EpisodeUrl);
        }
        CompletedOn = DateInput.From(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!PlanAction.IsOutstanding)
        {
            // Done or stopped in another tab since this form was opened: say which, rather than fail.
            TempData["Success"] = PlanAction.CompletedOn is null ? "That action was stopped, so it was not marked as done" : "That action was already marked as done";
            return Redirect(EarlyHelp.EpisodeUrl + "#plan");
        }
        var done = DateInputValidation.Validate(CompletedOn, "the date it was done", required: true, notAfter: Today, notBefore: EarlyHelp.Episode.StartDate, today: Today);
        done.AddTo(ModelState, nameof(CompletedOn));
        if (!ModelState.IsValid)
        {
            return this.InvalidPage();
        }
        return await SaveAsync(() => earlyHelp.CompleteActionAsync(EarlyHelp.EpisodeId, ActionId, done.Date!.Value, ct),
            "Action marked as done", EarlyHelp.EpisodeUrl + "#plan");
    }

    /// <summary>The action is looked for before the episode is refused as closed, so another episode's action is a 404 either way.</summary>
    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct)
    {
        EarlyHelp = await EarlyHelpPart.LoadAsync(this, records, ct);
        PlanAction = EarlyHelp.Episode.Actions.SingleOrDefault(a => a.Id == ActionId) ?? throw RecordStopException.NotFound();
        RecordStopException.ThrowIf(!EarlyHelp.Episode.IsOpen, RecordLoader.EarlyHelpClosed, EarlyHelp.EpisodeUrl);
    }
}
