namespace Haven.Domain.Access;

/// <summary>
/// Why someone outside the child's allocation opens the record (break-glass): one of a short list, so managers can
/// see at a glance which openings were routine, and the worker's own words beside it.
/// </summary>
public static class BreakGlassReasons
{
    public const string ChoiceField = "ReasonChoice";
    public const string DetailsField = "Reason";

    public static readonly IReadOnlyList<(string Code, string Label)> All =
    [
        ("urgent", "An urgent call or visit, including out of hours"),
        ("enquiry", "A safeguarding enquiry from the police, health or a school"),
        ("covering", "Covering for the allocated worker or their team"),
        ("front-door", "A new contact or referral about the child or their family"),
        ("other", "Another reason"),
    ];

    public static string? Label(string? code) => All.FirstOrDefault(r => r.Code == code).Label;

    /// <summary>A reason from the list and, in at least 10 characters, what it is about.</summary>
    public static RuleResult Check(string? code, string? details) => new RuleResult()
        .AddIf(Label(code) is null, ChoiceField, "Select why you need to open this record")
        .AddIf(string.IsNullOrWhiteSpace(details) || details.Trim().Length < 10, DetailsField, "Enter why you need to open this record, in at least 10 characters");
}
