namespace Haven.Web.Features.LookedAfter.Missing;

/// <summary>
/// What the pages that change a missing episode load: the episode (of this child, else not found) while the child is
/// still in care (else back to the list with the reason), and the list they return to.
/// </summary>
public sealed record MissingEpisodePart(MissingEpisode Episode, string MissingUrl)
{
    public static string ListUrl(Guid personId) => $"/people/{personId}/care/missing";

    public static async Task<MissingEpisodePart> OpenAsync(RecordLoader records, Guid personId, Guid episodeId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(records);
        var url = ListUrl(personId);
        await records.OpenCarePeriodAsync(personId, null, url, ct);
        return new MissingEpisodePart(await records.MissingEpisodeAsync(personId, episodeId, ct), url);
    }
}
