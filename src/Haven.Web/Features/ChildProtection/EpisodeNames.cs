namespace Haven.Web.Features.ChildProtection;

/// <summary>How the child protection pages name the episode they belong to, in their back links.</summary>
public static class EpisodeNames
{
    /// <summary>"social care from 4 December 2026".</summary>
    public static string Of(Referral referral) => $"social care from {ChildProtectionText.Date(referral.ReferralDate)}";
}
