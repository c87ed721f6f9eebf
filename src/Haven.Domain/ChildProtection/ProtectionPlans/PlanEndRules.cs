namespace Haven.Domain.ChildProtection;

// When a child protection plan may end.
// The clocks are on ChildProtectionRules, the form checks on ChildProtectionChecks: both are split by journey step
// (StrategyDiscussions, Section47Enquiries, Conferences, ProtectionPlans, CoreGroups) so each step's rules sit in its folder.
public static partial class ChildProtectionRules
{
    /// <summary>A plan cannot end before it started or in the future.</summary>
    public static string? ValidatePlanEnd(DateOnly start, DateOnly? end, DateOnly today) => end switch
    {
        null => "Enter the date the plan ended",
        { } e when e < start => $"The plan cannot end before it started on {DateText.Date(start)}",
        { } e when e > today => "The end date must be today or in the past",
        _ => null,
    };
}
