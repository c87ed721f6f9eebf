namespace Haven.Web.Features.EarlyHelp;

public sealed class AddActionModel(HavenDbContext db, TimeProvider clock, EarlyHelpService earlyHelp) : PersonPageModel(db, clock)
{
    public EarlyHelpPart EarlyHelp { get; private set; } = null!;

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct) => EarlyHelp = await EarlyHelpPart.LoadOpenAsync(this, records, ct);

    [BindProperty] public string? Action { get; set; }
    [BindProperty] public string? Owner { get; set; }
    [BindProperty] public DateInput DueDate { get; set; } = new();

    public IActionResult OnGet() => Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var due = DateInputValidation.Validate(DueDate, "the due date", required: true, today: Today);
        due.AddTo(ModelState, nameof(DueDate));
        return await SaveAsync(() => earlyHelp.AddActionAsync(EarlyHelp.EpisodeId, Action, Owner, due.Date, ct), "Action added to the plan", EarlyHelp.EpisodeUrl + "#plan");
    }
}
