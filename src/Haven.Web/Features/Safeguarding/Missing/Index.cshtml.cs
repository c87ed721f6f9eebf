using Haven.Domain.Safeguarding;

namespace Haven.Web.Features.Safeguarding.Missing;

/// <summary>
/// A child's missing episodes, from home and from care, latest first: when, for how long, where they were found, the
/// return home interview against its 72 hours, the exploitation screening and the police contact, and whether the
/// episodes make a repeat-missing pattern.
/// </summary>
public sealed class IndexModel(HavenDbContext db, TimeProvider clock) : PersonPageModel(db, clock)
{
    public IReadOnlyList<CarePeriod> Periods { get; private set; } = [];
    public IReadOnlyList<MissingEpisode> Episodes { get; private set; } = [];

    public bool InCareNow => Periods.Any(p => p.IsOpen);

    /// <summary>An episode from care can be changed while the child is in care; one from home at any time.</summary>
    public bool CanChange(MissingEpisode episode) => Access.CanEdit && (episode.FromHome || InCareNow);

    public int InLast90Days => RepeatMissing.EpisodesInWindow(Episodes, Today);

    public bool IsRepeatMissing => RepeatMissing.IsRepeat(Episodes, Today);

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct)
    {
        Periods = await records.CarePeriodsAsync(PersonId, ct);
        Episodes = await records.MissingEpisodesAsync(PersonId, ct);
    }

    /// <summary>"Missing from 20 November 2026 at 9pm", "Away from their placement without agreement from …", "Missing from home on …".</summary>
    public static string Title(MissingEpisode episode)
    {
        ArgumentNullException.ThrowIfNull(episode);
        if (episode.FromHome)
        {
            return $"Missing from home on {DateText.DateAndTime(episode.StartedAtUtc)}";
        }
        var words = LookedAfterCodes.MissingOrAway.InPlainWords(episode.MissingOrAway);
        return $"{char.ToUpperInvariant(words[0])}{words[1..]} from {DateText.DateAndTime(episode.StartedAtUtc)}";
    }

    /// <summary>"Missing from home", "Missing from care", "Away from placement without authorisation".</summary>
    public static string Where(MissingEpisode episode)
    {
        ArgumentNullException.ThrowIfNull(episode);
        return episode.FromHome ? "Missing from home" : LookedAfterCodes.MissingOrAway.Label(episode.MissingOrAway);
    }

    public TimescaleStatus? Interview(MissingEpisode episode) => CareHealthTimescales.ReturnInterview(episode, Today, Calendar);

    public IActionResult OnGet() => Page();
}
