namespace Haven.Web.Infrastructure;

/// <summary>The addresses of the parts of a child's record that pages link back to and refusals return to.</summary>
public static class RecordUrls
{
    public static string SocialCareEpisode(this IUrlHelper url, Guid personId, Guid referralId) =>
        url.Page("/Casework/Episode", new { personId, referralId })!;

    public static string ChildProtectionSummary(this IUrlHelper url, Guid personId, Guid referralId) =>
        url.Page("/ChildProtection/Index", new { personId, referralId })!;

    public static string ChildProtectionPlan(this IUrlHelper url, Guid personId, Guid referralId, Guid planId) =>
        url.Page("/ChildProtection/ProtectionPlans/Plan", new { personId, referralId, planId })!;

    public static string Assessment(this IUrlHelper url, Guid personId, Guid referralId, Guid assessmentId) =>
        url.Page("/Assessments/Details", new { personId, referralId, assessmentId })!;

    public static string EarlyHelpEpisode(this IUrlHelper url, Guid personId, Guid episodeId) =>
        url.Page("/EarlyHelp/Episode", new { personId, episodeId })!;
}
