namespace Haven.Web.Features.LookedAfter.Missing;

/// <summary>Reports a child in care missing, or away from their placement without agreement.</summary>
public sealed class ReportModel(HavenDbContext db, TimeProvider clock, MissingService missing) : PersonPageModel(db, clock)
{
    public CarePeriod Period { get; private set; } = null!;
    public string MissingUrl => MissingEpisodePart.ListUrl(PersonId);

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct) =>
        Period = await records.OpenCarePeriodAsync(PersonId, null, MissingUrl, ct);

    [BindProperty] public string? MissingOrAway { get; set; }
    [BindProperty] public DateInput StartedOn { get; set; } = new();
    [BindProperty] public string? StartedTime { get; set; }
    [BindProperty] public bool PoliceInformed { get; set; }
    [BindProperty] public string? PoliceReference { get; set; }

    private static readonly Dictionary<string, string> Fields = new() { [CareHealthRules.StartedAt] = nameof(StartedTime) };

    public IActionResult OnGet()
    {
        (StartedOn, StartedTime) = MomentField.Show(Clock.GetUtcNow().UtcDateTime);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var started = MomentField.Read(ModelState, StartedOn, nameof(StartedOn), StartedTime, nameof(StartedTime), "the child went missing", Today, required: true);
        return await SaveAsync(() => missing.ReportAsync(PersonId, new MissingReport(MissingOrAway, started, PoliceInformed, PoliceReference), ct),
            "Missing episode recorded. Record the return when the child comes back.", MissingUrl, Fields);
    }
}
