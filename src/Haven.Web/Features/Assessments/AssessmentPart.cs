namespace Haven.Web.Features.Assessments;

/// <summary>
/// The assessment a page shows or changes, in its episode, with the two pages it links back to. The assessment's
/// pages (details, a section, authorisation) declare this one part rather than each repeating the loading; the key
/// is the child in the route, so another child's assessment is a 404.
/// </summary>
public sealed record AssessmentPart(Referral Referral, Assessment Assessment, string EpisodeUrl, string AssessmentUrl)
{
    /// <summary>Still with the social worker: neither waiting for a manager nor authorised.</summary>
    public bool IsDraft => !Assessment.IsAuthorised && Assessment.SubmittedOn is null;

    /// <summary>
    /// Loads the assessment. <paramref name="toChange"/>: the page will change it, so a closed episode sends the user
    /// back to the episode with the reason; reading a closed episode's assessment is fine.
    /// </summary>
    public static async Task<AssessmentPart> LoadAsync(RecordLoader records, IUrlHelper url, Guid personId, Guid referralId, Guid assessmentId, bool toChange, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(records);
        var episodeUrl = url.SocialCareEpisode(personId, referralId);
        var referral = toChange
            ? await records.OpenReferralAsync(personId, referralId, episodeUrl, ct)
            : await records.ReferralAsync(personId, referralId, ct);
        var assessment = await records.AssessmentAsync(personId, referralId, assessmentId, ct);
        return new AssessmentPart(referral, assessment, episodeUrl, url.Assessment(personId, referralId, assessmentId));
    }
}
