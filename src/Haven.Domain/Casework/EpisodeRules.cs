namespace Haven.Domain.Casework;

/// <summary>
/// Closing a child's episode of social care (the referral and all that followed): CIN census CINclosureDate and
/// ReasonForClosure. A case cannot be closed with a plan, an enquiry or an assessment still open.
/// </summary>
public static class EpisodeRules
{
    /// <summary>DfE reason for closure codes.</summary>
    public static readonly IReadOnlyDictionary<string, string> ReasonsForClosure = new Dictionary<string, string>
    {
        ["RC1"] = "Adopted",
        ["RC2"] = "Died",
        ["RC3"] = "Child arrangements order",
        ["RC4"] = "Special guardianship order",
        ["RC5"] = "Transferred to services of another local authority",
        ["RC6"] = "Transferred to adult social care services",
        ["RC7"] = "Services ceased for any other reason, including child no longer in need",
        ["RC8"] = "Case closed after assessment, no further action",
        ["RC9"] = "Case closed after assessment, referred to early help",
    };

    /// <summary>What is still open on the episode, as the caller found it.</summary>
    public sealed record OpenWork(int ChildProtectionPlans, int ChildInNeedPlans, int Section47Enquiries, int AssessmentsNotAuthorised, DateOnly? LatestActivity);

    /// <summary>The closure form's answers, as <see cref="ValidateClosure"/> names them.</summary>
    public static class ClosureFields
    {
        public const string ClosedOn = "ClosedOn";
        public const string Reason = "Reason";
        public const string Note = "Note";
    }

    /// <summary>
    /// Checks a closure. Work still open is a problem with the reason for closure: no reason can close a case that
    /// still has a plan, an enquiry or an unauthorised assessment.
    /// </summary>
    public static RuleResult ValidateClosure(DateOnly? closedOn, string? reason, string? note, DateOnly referralDate, OpenWork open, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(open);
        var result = new RuleResult();
        if (closedOn is not { } date)
        {
            result.Add(ClosureFields.ClosedOn, "Enter the date the case closed");
        }
        else if (date < referralDate)
        {
            result.Add(ClosureFields.ClosedOn, $"The case cannot close before the referral on {DateText.Date(referralDate)}");
        }
        else if (date > today)
        {
            result.Add(ClosureFields.ClosedOn, "The closure date must be today or in the past");
        }
        else if (open.LatestActivity is { } latest && date < latest)
        {
            result.Add(ClosureFields.ClosedOn, $"The case cannot close before its last recorded activity on {DateText.Date(latest)}");
        }
        var stillOpen = new List<string>();
        if (open.ChildProtectionPlans > 0)
        {
            stillOpen.Add("a child protection plan");
        }
        if (open.ChildInNeedPlans > 0)
        {
            stillOpen.Add("a child in need plan");
        }
        if (open.Section47Enquiries > 0)
        {
            stillOpen.Add("a section 47 enquiry");
        }
        if (open.AssessmentsNotAuthorised > 0)
        {
            stillOpen.Add("an assessment that is not authorised");
        }
        if (stillOpen.Count > 0)
        {
            result.Add(ClosureFields.Reason, $"The case still has {string.Join(" and ", stillOpen)}. End or complete {(stillOpen.Count == 1 ? "it" : "them")} before closing the case");
        }
        else if (string.IsNullOrEmpty(reason))
        {
            result.Add(ClosureFields.Reason, "Select the reason for closure");
        }
        else if (!ReasonsForClosure.ContainsKey(reason))
        {
            result.Add(ClosureFields.Reason, "Select a reason for closure from the list");
        }
        result.AddIf(string.IsNullOrWhiteSpace(note), ClosureFields.Note, "Enter the reasons for closing the case");
        return result;
    }
}
