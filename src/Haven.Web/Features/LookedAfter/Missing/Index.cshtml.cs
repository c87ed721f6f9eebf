namespace Haven.Web.Features.LookedAfter.Missing;

/// <summary>
/// A child in care's missing and away episodes, latest first: when, for how long, where they were found, the return
/// home interview against its 72 hours, the exploitation screening and the police contact.
/// </summary>
public sealed class IndexModel(HavenDbContext db, TimeProvider clock) : PersonPageModel(db, clock)
{
    public HealthEducationAndMissing? Care { get; private set; }

    public bool InCareNow => Care?.Periods.Any(p => p.IsOpen) == true;

    public IReadOnlyList<MissingEpisode> Episodes => Care?.MissingEpisodes ?? [];

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct) =>
        Care = await records.HealthEducationAndMissingAsync(PersonId, ct);

    /// <summary>"Missing from 20 November 2026 at 9pm", "Away from their placement without agreement from …".</summary>
    public static string Title(MissingEpisode episode)
    {
        ArgumentNullException.ThrowIfNull(episode);
        var words = LookedAfterCodes.MissingOrAway.InPlainWords(episode.MissingOrAway);
        return $"{char.ToUpperInvariant(words[0])}{words[1..]} from {DateText.DateAndTime(episode.StartedAtUtc)}";
    }

    public TimescaleStatus? Interview(MissingEpisode episode) => CareHealthTimescales.ReturnInterview(episode, Today, Calendar);

    public IActionResult OnGet() => Page();
}
