using Haven.Domain.Casework;
using Haven.Domain.FrontDoor;
using Haven.Domain.LookedAfter;

namespace Haven.Domain.Safeguarding;

/// <summary>
/// Repeat missing: a child who has gone missing <see cref="RepeatThreshold"/> or more times in
/// <see cref="RepeatWindowDays"/> days is a repeat missing child (the statutory guidance on children who run away or go
/// missing asks authorities to notice the pattern, not each episode alone). Counted over every episode, from home and
/// from care alike, by the day each one started.
/// </summary>
public static class RepeatMissing
{
    public const int RepeatThreshold = 3;
    public const int RepeatWindowDays = 90;

    /// <summary>The episodes that started in the <see cref="RepeatWindowDays"/> days up to and including <paramref name="today"/>.</summary>
    public static int EpisodesInWindow(IEnumerable<MissingEpisode> episodes, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(episodes);
        var from = today.AddDays(-(RepeatWindowDays - 1));
        return episodes.Count(e => UkClock.DateOf(e.StartedAtUtc) is var day && day >= from && day <= today);
    }

    public static bool IsRepeat(IEnumerable<MissingEpisode> episodes, DateOnly today) => EpisodesInWindow(episodes, today) >= RepeatThreshold;
}

/// <summary>
/// The return home interview clock of a child missing from home (not in care): the same 72 hours as a child in care
/// (<see cref="CareHealthTimescales.ReturnInterview"/>), on the work tray of whoever holds the child's open episode.
/// A child in care's interviews come with the rest of their care clocks (<see cref="HealthEducationAndMissingWork"/>).
/// </summary>
public static class MissingFromHomeWork
{
    public static IEnumerable<WorkItem> For(ChildCaseSnapshot child, Referral episode, DateOnly today, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(child);
        ArgumentNullException.ThrowIfNull(episode);
        foreach (var missing in child.MissingFromHome.Where(m => m.FromHome && m.InterviewHeldAtUtc is null))
        {
            if (CareHealthTimescales.ReturnInterview(missing, today, calendar) is { } status)
            {
                yield return new WorkItem(child.PersonId, episode.Id, WorkKind.ReturnInterview, status, Link(child.PersonId, missing.Id));
            }
        }
    }

    public static string Link(Guid person, Guid episode) => $"/people/{person}/missing/{episode}/interview";
}
