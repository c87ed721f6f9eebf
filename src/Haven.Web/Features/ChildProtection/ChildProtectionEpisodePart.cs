namespace Haven.Web.Features.ChildProtection;

/// <summary>
/// The episode a child protection page works in, with the two pages it links back to: the episode and its child
/// protection summary. The summary, and the pages that start a step (a strategy discussion, an enquiry, a
/// conference), declare this one part rather than each repeating the loading.
/// </summary>
public sealed record ChildProtectionEpisodePart(Referral Referral, string EpisodeUrl, string SummaryUrl)
{
    public string EpisodeName => EpisodeNames.Of(Referral);

    /// <summary>The episode to show, open or closed.</summary>
    public static async Task<ChildProtectionEpisodePart> LoadAsync(RecordLoader records, IUrlHelper url, Guid personId, Guid referralId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(records);
        return new(await records.ReferralAsync(personId, referralId, ct), url.SocialCareEpisode(personId, referralId), url.ChildProtectionSummary(personId, referralId));
    }

    /// <summary>The episode a form adds to: a closed one sends the user back to the summary with the reason.</summary>
    public static async Task<ChildProtectionEpisodePart> OpenAsync(RecordLoader records, IUrlHelper url, Guid personId, Guid referralId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(records);
        var summaryUrl = url.ChildProtectionSummary(personId, referralId);
        return new(await records.OpenReferralAsync(personId, referralId, summaryUrl, ct), url.SocialCareEpisode(personId, referralId), summaryUrl);
    }
}
