namespace Haven.Web.Features.Safeguarding.Missing;

/// <summary>
/// Records the return home interview after a missing episode: when it was offered and by whom, then (on the same form,
/// later if need be) when it was held, by whom and what came of it. Due within 72 hours of the child's return.
/// </summary>
public sealed class InterviewModel(HavenDbContext db, TimeProvider clock, MissingService missing) : PersonPageModel(db, clock)
{
    [FromRoute] public Guid EpisodeId { get; set; }
    public MissingEpisodePart Part { get; private set; } = null!;
    public MissingEpisode Episode => Part.Episode;
    public string MissingUrl => MissingEpisodePart.ListUrl(PersonId);

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct)
    {
        Part = await MissingEpisodePart.OpenAsync(records, PersonId, EpisodeId, ct);
        RecordStopException.ThrowIf(!Episode.HasReturned, "Record the child's return first: the return home interview is offered after they come back.", MissingUrl);
    }

    [BindProperty] public DateInput OfferedOn { get; set; } = new();
    [BindProperty] public string? OfferedTime { get; set; }
    [BindProperty] public string? OfferedBy { get; set; }
    [BindProperty] public DateInput HeldOn { get; set; } = new();
    [BindProperty] public string? HeldTime { get; set; }
    [BindProperty] public string? HeldBy { get; set; }
    [BindProperty] public string? Outcome { get; set; }

    private static readonly Dictionary<string, string> Fields = new()
    {
        [CareHealthRules.InterviewOfferedAt] = nameof(OfferedTime),
        [CareHealthRules.InterviewOfferedBy] = nameof(OfferedBy),
        [CareHealthRules.InterviewHeldAt] = nameof(HeldTime),
        [CareHealthRules.InterviewHeldBy] = nameof(HeldBy),
        [CareHealthRules.InterviewOutcome] = nameof(Outcome),
    };

    public DateTime DueBy => CareTimescales.ReturnInterviewDueBy(Episode.ReturnedAtUtc!.Value);

    public IActionResult OnGet()
    {
        (OfferedOn, OfferedTime) = MomentField.Show(Episode.InterviewOfferedAtUtc);
        (HeldOn, HeldTime) = MomentField.Show(Episode.InterviewHeldAtUtc);
        OfferedBy = Episode.InterviewOfferedBy;
        HeldBy = Episode.InterviewHeldBy;
        Outcome = Episode.InterviewOutcome;
        Version = Episode.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var offered = MomentField.Read(ModelState, OfferedOn, nameof(OfferedOn), OfferedTime, nameof(OfferedTime), "the interview was offered", Today, required: true);
        var held = MomentField.Read(ModelState, HeldOn, nameof(HeldOn), HeldTime, nameof(HeldTime), "the interview was held", Today, required: false);
        return await SaveAsync(() => missing.RecordInterviewAsync(PersonId, EpisodeId, new InterviewDetails(offered, OfferedBy, held, HeldBy, Outcome), Version, ct),
            "Return home interview recorded", MissingUrl, Fields);
    }
}
