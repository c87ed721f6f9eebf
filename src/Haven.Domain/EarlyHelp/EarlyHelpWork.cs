using Haven.Domain.Casework;

namespace Haven.Domain.EarlyHelp;

/// <summary>
/// The next review of each open early help episode as work: due on the next review date the last review set
/// (<see cref="EarlyHelpRules.NextReviewDue"/>, the date the episode page shows), overdue the day after. Early help
/// runs without a social care episode, so the item carries the early help episode's id where other work carries
/// the referral's, and is added to a tray beside <see cref="DueWork"/> rather than inside it.
/// </summary>
public static class EarlyHelpWork
{
    public static IEnumerable<WorkItem> For(IEnumerable<EarlyHelpEpisode> episodes, DateOnly today, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(episodes);
        foreach (var episode in episodes.Where(e => e.IsOpen))
        {
            if (EarlyHelpRules.NextReviewDue(episode) is { } due)
            {
                yield return new WorkItem(episode.PersonId, episode.Id, WorkKind.EarlyHelpReview, DueWork.StatusOn(due, today, calendar),
                    $"/people/{episode.PersonId}/early-help/{episode.Id}/reviews/new");
            }
        }
    }
}
