namespace Haven.Web.Features.ChildProtection.Conferences;

/// <summary>
/// What the pages that change a booked conference (hold it, re-arrange it) load: the open episode, the conference not
/// yet held, the day it is due (which re-arranging never moves), and the pages they return to. They declare this one
/// part rather than each repeating the loading; a held conference or a closed episode sends the user to the summary.
/// </summary>
public sealed record ConferencePart(Referral Referral, ChildProtectionConference Conference, DateOnly DueOn, string EpisodeUrl, string SummaryUrl)
{
    public string EpisodeName => EpisodeNames.Of(Referral);

    public static async Task<ConferencePart> OpenAsync(RecordLoader records, ChildProtectionQueries queries, Guid personId, Guid referralId, Guid conferenceId,
        string episodeUrl, string summaryUrl, DateOnly today, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(queries);
        var referral = await records.OpenReferralAsync(personId, referralId, summaryUrl, ct);
        var conference = await records.ConferenceBeforeItIsHeldAsync(personId, referralId, conferenceId, summaryUrl, ct);
        var work = await queries.ForEpisodeAsync(personId, referralId, today, ct);
        var dueOn = work.Conferences.Single(c => c.Conference.Id == conferenceId).Status.DueDate;
        return new ConferencePart(referral, conference, dueOn, episodeUrl, summaryUrl);
    }
}
