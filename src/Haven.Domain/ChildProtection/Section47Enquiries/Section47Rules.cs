namespace Haven.Domain.ChildProtection;

// What starting, seeing the child in and completing a section 47 enquiry must record, and which outcomes need a
// service manager's agreement.
// The clocks are on ChildProtectionRules, the form checks on ChildProtectionChecks: both are split by journey step
// (StrategyDiscussions, Section47Enquiries, Conferences, ProtectionPlans, CoreGroups) so each step's rules sit in its folder.
public static partial class ChildProtectionRules
{
    /// <summary>
    /// A decision not to hold a conference after harm was substantiated needs a senior manager's agreement.
    /// </summary>
    public static bool NeedsSeniorManagerAgreement(Section47Outcome outcome) => outcome == Section47Outcome.SubstantiatedNoConference;

}

public static partial class ChildProtectionChecks
{
    /// <summary>An enquiry cannot start before the referral, nor before the discussion that decided on it.</summary>
    public static Dictionary<string, string> ValidateSection47Start(DateOnly? start, DateOnly referralDate, DateOnly? strategyDiscussionOn, DateOnly today, bool? jointWithPolice)
    {
        var errors = new Dictionary<string, string>();
        if (start is { } s)
        {
            if (s < referralDate)
            {
                errors["StartDate"] = $"The enquiry cannot start before the referral on {DateText.Date(referralDate)}";
            }
            else if (strategyDiscussionOn is { } discussed && s < discussed)
            {
                errors["StartDate"] = $"The enquiry cannot start before the strategy discussion on {DateText.Date(discussed)}";
            }
            else if (s > today)
            {
                errors["StartDate"] = "The start date must be today or in the past";
            }
        }
        if (jointWithPolice is null)
        {
            errors["JointWithPolice"] = "Select whether the enquiry is joint with the police";
        }
        return errors;
    }

    public static Dictionary<string, string> ValidateChildSeen(DateOnly? seenOn, bool? seenAlone, DateOnly enquiryStart, DateOnly today)
    {
        var errors = new Dictionary<string, string>();
        if (seenOn is { } seen)
        {
            if (seen < enquiryStart)
            {
                errors["SeenOn"] = $"The child must be seen on or after the enquiry started on {DateText.Date(enquiryStart)}";
            }
            else if (seen > today)
            {
                errors["SeenOn"] = "The date the child was seen must be today or in the past";
            }
        }
        if (seenAlone is null)
        {
            errors["SeenAlone"] = "Select whether the child was seen alone";
        }
        return errors;
    }

    public static Dictionary<string, string> ValidateSection47Completion(DateOnly? completedOn, DateOnly enquiryStart, DateOnly today, Section47Outcome? outcome, string? rationale)
    {
        var errors = new Dictionary<string, string>();
        if (completedOn is { } done)
        {
            if (done < enquiryStart)
            {
                errors["CompletedOn"] = $"The enquiry cannot end before it started on {DateText.Date(enquiryStart)}";
            }
            else if (done > today)
            {
                errors["CompletedOn"] = "The date the enquiry ended must be today or in the past";
            }
        }
        if (outcome is null)
        {
            errors["Outcome"] = "Select the outcome of the enquiry";
        }
        if (string.IsNullOrWhiteSpace(rationale))
        {
            errors["Rationale"] = "Enter the reasons for the outcome, including what was found about significant harm";
        }
        return errors;
    }

    /// <summary>An outcome that still needs a senior manager's agreement does not count as the end of the enquiry.</summary>
    public static bool AwaitsSeniorManager(Section47Enquiry enquiry)
    {
        ArgumentNullException.ThrowIfNull(enquiry);
        return enquiry.Outcome is { } outcome && ChildProtectionRules.NeedsSeniorManagerAgreement(outcome) && enquiry.SeniorManagerAgreedOn is null;
    }
}
