namespace Haven.Web.Features.Safeguarding.Missing;

/// <summary>
/// What the pages that change a missing episode load: the episode (of this child, else not found), and the list they
/// return to. An episode from care is changed only while the child is still in care (else back to the list with the
/// reason); one from home at any time.
/// </summary>
public sealed record MissingEpisodePart(MissingEpisode Episode, string MissingUrl)
{
    public static string ListUrl(Guid personId) => $"/people/{personId}/missing";

    public static async Task<MissingEpisodePart> OpenAsync(RecordLoader records, Guid personId, Guid episodeId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(records);
        var url = ListUrl(personId);
        var episode = await records.MissingEpisodeAsync(personId, episodeId, ct);
        if (!episode.FromHome)
        {
            await records.OpenCarePeriodAsync(personId, null, url, ct);
        }
        return new MissingEpisodePart(episode, url);
    }
}
