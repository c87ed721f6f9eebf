namespace Haven.Web.Features.ChildInNeed;

/// <summary>
/// What every page that changes an open child in need plan loads: the open episode, the plan with its reviews, and
/// the episode page it returns to. The plan's pages declare this one part rather than each repeating the loading;
/// a closed episode or an ended plan sends the user back to the episode with the reason.
/// </summary>
public sealed record ChildInNeedPlanPart(Referral Episode, ChildInNeedPlan Plan, string EpisodeUrl)
{
    public static async Task<ChildInNeedPlanPart> OpenAsync(RecordLoader records, Guid personId, Guid referralId, Guid planId, string episodeUrl, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(records);
        var episode = await records.OpenReferralAsync(personId, referralId, episodeUrl, ct);
        var plan = await records.OpenChildInNeedPlanAsync(personId, referralId, planId, episodeUrl, ct);
        return new ChildInNeedPlanPart(episode, plan, episodeUrl);
    }
}
