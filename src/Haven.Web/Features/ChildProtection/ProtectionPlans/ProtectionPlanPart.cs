namespace Haven.Web.Features.ChildProtection.ProtectionPlans;

/// <summary>
/// What every page that changes a child protection plan loads: the episode, the plan, and the plan page it returns
/// to. The plan's pages declare this one part rather than each repeating the loading; a closed episode or an ended
/// plan sends the user back to the plan with the reason.
/// </summary>
public sealed record ProtectionPlanPart(Referral Referral, ChildProtectionPlan Plan, string PlanUrl)
{
    public static async Task<ProtectionPlanPart> OpenAsync(RecordLoader records, Guid personId, Guid referralId, Guid planId, string planUrl, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(records);
        var referral = await records.ReferralAsync(personId, referralId, ct);
        var plan = await records.ChildProtectionPlanAsync(personId, referralId, planId, ct);
        RecordLoader.RefuseChangeToClosedPlan(referral, plan, planUrl);
        return new ProtectionPlanPart(referral, plan, planUrl);
    }
}
