namespace Haven.Web.Infrastructure;

/// <summary>The addresses of the parts of a child's record that pages link back to and refusals return to.</summary>
public static class RecordUrls
{
    public static string SocialCareEpisode(this IUrlHelper url, Guid personId, Guid referralId) =>
        url.Page("/Casework/Episode", new { personId, referralId })!;

    /// <summary>The episode's address for services, which have no URL helper (the page's route: /Casework/Episode).</summary>
    public static string SocialCareEpisode(Guid personId, Guid referralId) => $"/people/{personId}/social-care/{referralId}";

    public static string ChildProtectionSummary(this IUrlHelper url, Guid personId, Guid referralId) =>
        url.Page("/ChildProtection/Index", new { personId, referralId })!;

    public static string ChildProtectionPlan(this IUrlHelper url, Guid personId, Guid referralId, Guid planId) =>
        url.Page("/ChildProtection/ProtectionPlans/Plan", new { personId, referralId, planId })!;

    public static string Assessment(this IUrlHelper url, Guid personId, Guid referralId, Guid assessmentId) =>
        url.Page("/Assessments/Details", new { personId, referralId, assessmentId })!;

    /// <summary>The dates recorded on an episode, where a manager corrects one; census refusals link here.</summary>
    public static string RecordedDates(Guid personId, Guid referralId) => $"/people/{personId}/social-care/{referralId}/dates";

    public static string EarlyHelpEpisode(this IUrlHelper url, Guid personId, Guid episodeId) =>
        url.Page("/EarlyHelp/Episode", new { personId, episodeId })!;
}
