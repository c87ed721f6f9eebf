namespace Haven.Web.Features.ChildProtection.Section47Enquiries;

/// <summary>
/// What every page that changes a section 47 enquiry in progress loads: the open episode, the enquiry, the episode
/// page it returns to and the child protection summary a refusal sends the user to. The enquiry's pages declare this
/// one part rather than each repeating the loading.
/// </summary>
public sealed record EnquiryPart(Referral Referral, Section47Enquiry Enquiry, string EpisodeUrl, string SummaryUrl)
{
    public string EpisodeName => EpisodeNames.Of(Referral);

    public static async Task<EnquiryPart> OpenAsync(RecordLoader records, Guid personId, Guid referralId, Guid enquiryId, string episodeUrl, string summaryUrl, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(records);
        var referral = await records.OpenReferralAsync(personId, referralId, summaryUrl, ct);
        var enquiry = await records.EnquiryInProgressAsync(personId, referralId, enquiryId, summaryUrl, ct);
        return new EnquiryPart(referral, enquiry, episodeUrl, summaryUrl);
    }
}
