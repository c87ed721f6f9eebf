namespace Haven.Web.Features.EarlyHelp;

public sealed class CompleteActionModel(HavenDbContext db, TimeProvider clock, EarlyHelpService earlyHelp) : PersonPageModel(db, clock)
{
    public EarlyHelpPart EarlyHelp { get; private set; } = null!;

    [FromRoute] public Guid ActionId { get; set; }
    [BindProperty] public DateInput CompletedOn { get; set; } = new();

    public EarlyHelpAction PlanAction { get; private set; } = null!;

    public IActionResult OnGet()
    {
        if (PlanAction.CompletedOn is not null)
        {
            return Refuse(RecordLoader.EarlyHelpClosed, EarlyHelp.EpisodeUrl);
        }
        CompletedOn = DateInput.From(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (PlanAction.CompletedOn is not null)
        {
            TempData["Success"] = "That action was already marked as done";
            return Redirect(EarlyHelp.EpisodeUrl + "#plan");
        }
        var done = DateInputValidation.Validate(CompletedOn, "the date it was done", required: true, notAfter: Today, notBefore: EarlyHelp.Episode.StartDate, today: Today);
        done.AddTo(ModelState, nameof(CompletedOn));
        if (!ModelState.IsValid)
        {
            return this.InvalidPage();
        }
        await earlyHelp.CompleteActionAsync(EarlyHelp.EpisodeId, ActionId, done.Date!.Value, ct);
        TempData["Success"] = "Action marked as done";
        return Redirect(EarlyHelp.EpisodeUrl + "#plan");
    }

    /// <summary>The action is looked for before the episode is refused as closed, so another episode's action is a 404 either way.</summary>
    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct)
    {
        EarlyHelp = await EarlyHelpPart.LoadAsync(this, records, ct);
        PlanAction = EarlyHelp.Episode.Actions.SingleOrDefault(a => a.Id == ActionId) ?? throw RecordStopException.NotFound();
        RecordStopException.ThrowIf(!EarlyHelp.Episode.IsOpen, RecordLoader.EarlyHelpClosed, EarlyHelp.EpisodeUrl);
    }
}
