namespace Haven.Domain.ChildProtection;

// What a strategy discussion must record, and the warning when only police and social care took part.
// The clocks are on ChildProtectionRules, the form checks on ChildProtectionChecks: both are split by journey step
// (StrategyDiscussions, Section47Enquiries, Conferences, ProtectionPlans, CoreGroups) so each step's rules sit in its folder.
public static partial class ChildProtectionChecks
{
    public static Dictionary<string, string> ValidateStrategyDiscussion(
        DateOnly? heldOn, DateOnly referralDate, DateOnly today, string? chair, IReadOnlyList<Participant> participants, StrategyDecision? decision, string? rationale)
    {
        ArgumentNullException.ThrowIfNull(participants);
        var errors = new Dictionary<string, string>();
        if (heldOn is { } held)
        {
            if (held < referralDate)
            {
                errors["HeldOn"] = $"The strategy discussion cannot be before the referral on {DateText.Date(referralDate)}";
            }
            else if (held > today)
            {
                errors["HeldOn"] = "The date of the strategy discussion must be today or in the past";
            }
        }
        if (string.IsNullOrWhiteSpace(chair))
        {
            errors["Chair"] = "Enter who chaired the strategy discussion";
        }
        ValidateRows(participants, "Participants", "who took part", errors);
        if (decision is null)
        {
            errors["Decision"] = "Select what the strategy discussion decided";
        }
        if (string.IsNullOrWhiteSpace(rationale))
        {
            errors["Rationale"] = "Enter the reasons for the decision";
        }
        return errors;
    }

    /// <summary>
    /// Police and social care alone is the combination Ofsted criticised; the worker is warned, not stopped,
    /// because an urgent discussion sometimes cannot wait for health or school.
    /// </summary>
    public static bool OnlyPoliceAndSocialCare(IEnumerable<Participant> participants)
    {
        var agencies = participants.Where(p => !string.IsNullOrWhiteSpace(p.Name)).Select(p => p.Agency).ToList();
        return agencies.Count > 0 && agencies.All(a => a is Agencies.Police or Agencies.SocialCare);
    }
}
