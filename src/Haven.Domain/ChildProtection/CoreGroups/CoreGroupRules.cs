namespace Haven.Domain.ChildProtection;

// What a core group meeting must record.
// The clocks are on ChildProtectionRules, the form checks on ChildProtectionChecks: both are split by journey step
// (StrategyDiscussions, Section47Enquiries, Conferences, ProtectionPlans, CoreGroups) so each step's rules sit in its folder.
public static partial class ChildProtectionChecks
{
    public static Dictionary<string, string> ValidateCoreGroupMeeting(DateOnly? heldOn, DateOnly planStart, DateOnly today, string? attendees, string? progress)
    {
        var errors = new Dictionary<string, string>();
        if (heldOn is { } held)
        {
            if (held < planStart)
            {
                errors["HeldOn"] = $"A core group meets after the plan started on {DateText.Date(planStart)}";
            }
            else if (held > today)
            {
                errors["HeldOn"] = "The date of the core group must be today or in the past";
            }
        }
        if (string.IsNullOrWhiteSpace(attendees))
        {
            errors["Attendees"] = "Enter who came to the core group";
        }
        if (string.IsNullOrWhiteSpace(progress))
        {
            errors["Progress"] = "Enter the progress against the plan, including what has not changed";
        }
        return errors;
    }
}
