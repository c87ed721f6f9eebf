namespace Haven.Domain.Safeguarding;

/// <summary>
/// The risk a victim of domestic abuse faces, as the DASH risk checklist (Domestic Abuse, Stalking and Harassment and
/// Honour Based Violence, SafeLives and ACPO 2009) grades it: the level the police give on a notification and the
/// level a case goes to MARAC at (high risk, or the referrer's professional judgement).
/// </summary>
public enum DashRiskLevel
{
    Standard,
    Medium,
    High,
}

/// <summary>The words for each level, once, for the contact form, the record, the chronology and the demo.</summary>
public static class DashWording
{
    public static string Label(DashRiskLevel level) => level switch
    {
        DashRiskLevel.Standard => "Standard",
        DashRiskLevel.Medium => "Medium",
        DashRiskLevel.High => "High",
        _ => level.ToString(),
    };

    public static string InSentence(DashRiskLevel level) => $"{Label(level).ToLowerInvariant()} risk";
}

/// <summary>
/// A referral of a child's family to the multi-agency risk assessment conference (MARAC), where agencies share what they
/// know of a high-risk domestic abuse victim and agree actions; children's services record it on each child's record with
/// the meeting date and the actions that fall to children's services (seed F000: MARAC referrals "clearly made and
/// decisions recorded"; K61). Edits carry a <see cref="Version"/> (decision 0010).
/// </summary>
public sealed class MaracReferral : IVersioned
{
    public int Version { get; set; }

    public Guid Id { get; set; }
    public Guid PersonId { get; set; }

    public DateOnly ReferredOn { get; set; }

    /// <summary>The agency or worker who referred the family (the police, an IDVA, a health visitor, children's services).</summary>
    public required string ReferredBy { get; set; }

    public DashRiskLevel RiskLevel { get; set; }

    public DateOnly? MeetingOn { get; set; }

    /// <summary>The actions the conference agreed for children's services.</summary>
    public string? Actions { get; set; }

    public required string RecordedByUserId { get; set; }
    public required string RecordedByName { get; set; }
    public DateTime RecordedAtUtc { get; set; }
}

/// <summary>
/// A repeat MARAC referral (SafeLives' definition, used in the MARAC data every area returns): a case referred again
/// within 12 months of its last referral. The 12 months are calendar months, not 365 days, so a referral on the
/// anniversary is a repeat in a leap year (366 days) as in any other, and the day after is not.
/// </summary>
public static class MaracRepeat
{
    public const int RepeatWindowMonths = 12;

    /// <summary>Whether a referral on <paramref name="referredOn"/> is a repeat of any of <paramref name="earlier"/> (other referrals of the same child).</summary>
    public static bool IsRepeat(DateOnly referredOn, IEnumerable<DateOnly> earlier)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        var from = referredOn.AddMonths(-RepeatWindowMonths);
        return earlier.Any(e => e >= from && e < referredOn);
    }

    /// <summary>Each referral with whether it was a repeat, oldest first.</summary>
    public static IReadOnlyList<(MaracReferral Referral, bool Repeat)> Flag(IEnumerable<MaracReferral> referrals)
    {
        ArgumentNullException.ThrowIfNull(referrals);
        var all = referrals.OrderBy(r => r.ReferredOn).ThenBy(r => r.RecordedAtUtc).ToList();
        return [.. all.Select((r, i) => (r, IsRepeat(r.ReferredOn, all.Take(i).Select(e => e.ReferredOn))))];
    }
}

/// <summary>What is refused when a MARAC referral or its meeting is recorded.</summary>
public static class MaracRules
{
    public const string ReferredOn = nameof(ReferredOn);
    public const string ReferredBy = nameof(ReferredBy);
    public const string RiskLevel = nameof(RiskLevel);
    public const string MeetingOn = nameof(MeetingOn);

    public static RuleResult CheckReferral(DateOnly? referredOn, string? referredBy, DashRiskLevel? riskLevel, DateOnly today) =>
        new RuleResult()
            .AddIf(referredOn is null, ReferredOn, "Enter the date of the referral to MARAC")
            .AddIf(referredOn > today, ReferredOn, "The date of the referral must be today or in the past")
            .AddIf(string.IsNullOrWhiteSpace(referredBy), ReferredBy, "Enter who made the referral")
            .AddIf(riskLevel is null, RiskLevel, "Select the DASH risk level");

    public static RuleResult CheckMeeting(MaracReferral referral, DateOnly? meetingOn, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(referral);
        return new RuleResult()
            .AddIf(meetingOn is null, MeetingOn, "Enter the date of the MARAC meeting")
            .AddIf(meetingOn < referral.ReferredOn, MeetingOn, $"The meeting cannot be before the referral on {DateText.Date(referral.ReferredOn)}")
            .AddIf(meetingOn > today, MeetingOn, "The meeting date must be today or in the past");
    }
}
