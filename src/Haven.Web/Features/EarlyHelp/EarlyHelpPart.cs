namespace Haven.Web.Features.EarlyHelp;

/// <summary>
/// The early help episode a page is about, taken from the route's <c>{episodeId}</c> and keyed on the child, with
/// the address its forms return to. Every early help page declares this one property instead of repeating the
/// episode id, the episode, its URL and the loading step.
/// </summary>
public sealed record EarlyHelpPart(EarlyHelpEpisode Episode, string EpisodeUrl)
{
    public Guid EpisodeId => Episode.Id;

    /// <summary>The episode to show, open or closed.</summary>
    public static Task<EarlyHelpPart> LoadAsync(PersonPageModel page, RecordLoader records, CancellationToken ct) =>
        LoadAsync(page, records, open: false, ct);

    /// <summary>The episode a form changes: a closed one sends the user back to it with the reason.</summary>
    public static Task<EarlyHelpPart> LoadOpenAsync(PersonPageModel page, RecordLoader records, CancellationToken ct) =>
        LoadAsync(page, records, open: true, ct);

    private static async Task<EarlyHelpPart> LoadAsync(PersonPageModel page, RecordLoader records, bool open, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(records);
        // The route constrains the id to a guid, so anything else is not an episode of this child.
        var episodeId = Guid.TryParse(page.RouteData.Values["episodeId"]?.ToString(), out var id) ? id : throw RecordStopException.NotFound();
        var url = page.Url.EarlyHelpEpisode(page.PersonId, episodeId);
        var episode = open
            ? await records.OpenEarlyHelpEpisodeAsync(page.PersonId, episodeId, url, ct)
            : await records.EarlyHelpEpisodeAsync(page.PersonId, episodeId, ct);
        return new EarlyHelpPart(episode, url);
    }
}
