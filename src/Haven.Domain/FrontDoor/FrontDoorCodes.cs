namespace Haven.Domain.FrontDoor;

/// <summary>DfE CIN census code sets used at the front door, kept as the DfE publishes them.</summary>
public static class FrontDoorCodes
{
    public static readonly IReadOnlyList<(string Code, string Label)> ReferralSources =
    [
        ("1A", "Individual: family member, relative or carer"),
        ("1B", "Individual: acquaintance (including neighbours and child minders)"),
        ("1C", "Individual: self"),
        ("1D", "Individual: other (including strangers)"),
        ("2A", "Schools"),
        ("2B", "Education services"),
        ("3A", "Health services: GP"),
        ("3B", "Health services: health visitor"),
        ("3C", "Health services: school nurse"),
        ("3D", "Health services: other primary health services"),
        ("3E", "Health services: A&E"),
        ("3F", "Health services: other (for example hospice)"),
        ("4", "Housing"),
        ("5A", "LA services: social care (for example adult social care)"),
        ("5B", "LA services: other internal (for example youth offending)"),
        ("5C", "LA services: external (for example another LA's adult social care)"),
        ("5D", "LA services: early help"),
        ("6", "Police"),
        ("7", "Other legal agency (courts, probation, immigration, Cafcass, prison)"),
        ("8", "Other (children's centres, independent providers, voluntary organisations)"),
        ("9", "Anonymous"),
        ("10", "Unknown"),
    ];

    public static readonly IReadOnlyList<(string Code, string Label)> PrimaryNeeds =
    [
        ("N1", "Abuse or neglect"),
        ("N2", "Child's disability"),
        ("N3", "Parental disability or illness"),
        ("N4", "Family in acute stress"),
        ("N5", "Family dysfunction"),
        ("N6", "Socially unacceptable behaviour"),
        ("N7", "Low income"),
        ("N8", "Absent parenting"),
        ("N9", "Cases other than children in need"),
        ("N0", "Not stated"),
    ];

    /// <summary>The police as the referral source (a police notification, with a DASH risk level when it is domestic abuse).</summary>
    public const string PoliceSource = "6";

    public static bool IsReferralSource(string? code) => ReferralSources.Any(s => s.Code == code);

    public static bool IsPrimaryNeed(string? code) => PrimaryNeeds.Any(s => s.Code == code);

    public static string ReferralSourceLabel(string? code) => ReferralSources.FirstOrDefault(s => s.Code == code).Label ?? "Not recorded";

    public static string PrimaryNeedLabel(string? code) => PrimaryNeeds.FirstOrDefault(s => s.Code == code).Label ?? "Not recorded";

    /// <summary>Anonymous and unknown referrers cannot be told the outcome.</summary>
    public static bool ReferrerCanBeTold(string? sourceCode) => sourceCode is not ("9" or "10");
}
