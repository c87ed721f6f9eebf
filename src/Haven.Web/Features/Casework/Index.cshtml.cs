namespace Haven.Web.Features.Casework;

/// <summary>The child's episodes of social care, newest first, each with where the child now is in it.</summary>
public sealed class IndexModel(HavenDbContext db, TimeProvider clock, CaseworkService casework, LocalTimescales local) : PersonPageModel(db, clock)
{
    public IReadOnlyList<EpisodeWork> Episodes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Episodes = await casework.EpisodesAsync(PersonId, ct);
        return Page();
    }

    /// <summary>The clock of the assessment still in progress on an episode, if there is one.</summary>
    public TimescaleStatus? AssessmentClock(EpisodeWork episode) =>
        episode.Assessments.FirstOrDefault(a => !a.IsAuthorised) is { } a
            ? AssessmentRules.Status(a, episode.Referral.ReferralDate, UkClock.Today(Clock), WorkingDayCalendar.EnglandAndWales, local)
            : null;
}
