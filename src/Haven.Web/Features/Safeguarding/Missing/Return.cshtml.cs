namespace Haven.Web.Features.Safeguarding.Missing;

/// <summary>
/// Records when a missing child came back, where they were found and what the exploitation screening found; the
/// return starts the 72 hours for the return home interview. Saved again, it corrects the return.
/// </summary>
public sealed class ReturnModel(HavenDbContext db, TimeProvider clock, MissingService missing) : PersonPageModel(db, clock)
{
    [FromRoute] public Guid EpisodeId { get; set; }
    public MissingEpisodePart Part { get; private set; } = null!;
    public MissingEpisode Episode => Part.Episode;
    public string MissingUrl => MissingEpisodePart.ListUrl(PersonId);

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct) =>
        Part = await MissingEpisodePart.OpenAsync(records, PersonId, EpisodeId, ct);

    [BindProperty] public DateInput ReturnedOn { get; set; } = new();
    [BindProperty] public string? ReturnedTime { get; set; }
    [BindProperty] public string? WhereFound { get; set; }
    [BindProperty] public ExploitationScreening? Screening { get; set; }
    [BindProperty] public string? ScreeningOutcome { get; set; }

    private static readonly Dictionary<string, string> Fields = new() { [CareHealthRules.ReturnedAt] = nameof(ReturnedTime) };

    public IActionResult OnGet()
    {
        (ReturnedOn, ReturnedTime) = MomentField.Show(Episode.ReturnedAtUtc ?? Clock.GetUtcNow().UtcDateTime);
        WhereFound = Episode.WhereFound;
        Screening = Episode.Screening;
        ScreeningOutcome = Episode.ScreeningOutcome;
        Version = Episode.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var returned = MomentField.Read(ModelState, ReturnedOn, nameof(ReturnedOn), ReturnedTime, nameof(ReturnedTime), "the child came back", Today, required: true);
        return await SaveAsync(() => missing.RecordReturnAsync(PersonId, EpisodeId, new ReturnDetails(returned, WhereFound, Screening, ScreeningOutcome), Version, ct),
            "Return recorded. Offer the return home interview: it is due within 72 hours.", MissingUrl, Fields);
    }
}
