namespace Haven.Web.Features.EarlyHelp;

/// <summary>Closes early help; stepping up sends the closing note to the front door as a new contact.</summary>
public sealed class CloseModel(HavenDbContext db, TimeProvider clock, EarlyHelpService earlyHelp) : PersonPageModel(db, clock)
{
    public EarlyHelpPart EarlyHelp { get; private set; } = null!;

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct) => EarlyHelp = await EarlyHelpPart.LoadOpenAsync(this, records, ct);

    [BindProperty] public EarlyHelpClosure? Outcome { get; set; }
    [BindProperty] public string? Note { get; set; }
    [BindProperty] public DateInput EndDate { get; set; } = new();

    /// <summary>What became of the actions still to do; asked only when there are some.</summary>
    [BindProperty] public string? OutstandingActions { get; set; }

    public IReadOnlyList<EarlyHelpAction> ActionsToDo => EarlyHelpRules.OutstandingActions(EarlyHelp.Episode);

    public IActionResult OnGet()
    {
        EndDate = DateInput.From(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var end = DateInputValidation.Validate(EndDate, "the date early help ended", required: true, notAfter: Today, today: Today);
        end.AddTo(ModelState, nameof(EndDate));
        Contact? steppedUp = null;
        return await SaveAsync(async () => steppedUp = await earlyHelp.CloseAsync(EarlyHelp.EpisodeId, Outcome, Note, end.Date, OutstandingActions, ct),
            () => steppedUp is null
                ? "Early help closed"
                : $"Early help closed and stepped up: contact {steppedUp.Reference} is with the front door",
            EarlyHelp.EpisodeUrl);
    }
}
