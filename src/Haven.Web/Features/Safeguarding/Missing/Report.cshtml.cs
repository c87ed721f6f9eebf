namespace Haven.Web.Features.Safeguarding.Missing;

/// <summary>
/// Reports a child missing: from home, or (in care now) from care or away from their placement without agreement.
/// </summary>
public sealed class ReportModel(HavenDbContext db, TimeProvider clock, MissingService missing) : PersonPageModel(db, clock)
{
    /// <summary>The child's open period of care; none when they are missing from home.</summary>
    public CarePeriod? Period { get; private set; }
    public string MissingUrl => MissingEpisodePart.ListUrl(PersonId);

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct) =>
        Period = CareRecordAddress.Used(HttpContext)
            ? await records.OpenCarePeriodAsync(PersonId, null, MissingUrl, ct)
            : (await records.CarePeriodsAsync(PersonId, ct)).LastOrDefault(p => p.IsOpen);

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
        // From home there is only one answer: "away from placement" is a care term.
        var code = Period is null ? "M" : MissingOrAway;
        return await SaveAsync(() => missing.ReportAsync(PersonId, new MissingReport(code, started, PoliceInformed, PoliceReference), ct),
            "Missing episode recorded. Record the return when the child comes back.", MissingUrl, Fields);
    }
}
