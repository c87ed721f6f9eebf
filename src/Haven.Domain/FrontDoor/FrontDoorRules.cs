namespace Haven.Domain.FrontDoor;

/// <summary>The front door's clocks and rules, as pure functions of dates and the bank-holiday calendar.</summary>
public static class FrontDoorRules
{
    /// <summary>A decision on a contact is due by the end of the next working day after it arrived.</summary>
    public static readonly TimescaleRule Decision = TimescaleRule.WorkingDays(1);

    public static DateOnly DecisionDueOn(DateOnly receivedOn, WorkingDayCalendar calendar) => Decision.DueFrom(receivedOn, calendar);

    /// <summary>
    /// Feedback to the referrer is due 48 hours after the decision. The seeds' "48 hours" is a working
    /// expectation of a front door that closes at weekends, so the clock counts working days: 48 hours is
    /// two working days, to the same time of day (Friday 3pm is due Tuesday 3pm; over Christmas longer).
    /// </summary>
    public static DateTime FeedbackDueAt(DateTime decidedAtLocal, WorkingDayCalendar calendar)
    {
        var date = DateOnly.FromDateTime(decidedAtLocal);
        // A decision made on a non-working day starts the clock from the next working day's start.
        if (!calendar.IsWorkingDay(date))
        {
            date = calendar.AddWorkingDays(date, 1);
            decidedAtLocal = date.ToDateTime(new TimeOnly(9, 0));
        }
        var due = calendar.AddWorkingDays(date, 2);
        return due.ToDateTime(TimeOnly.FromDateTime(decidedAtLocal));
    }

    /// <summary>
    /// How the referrer can be told the outcome: email if they gave an address, otherwise a letter if they
    /// gave a postal address; anonymous and unknown referrers, or ones with neither, cannot be told.
    /// </summary>
    public static FeedbackMethod FeedbackMethodFor(Contact contact) =>
        !FrontDoorCodes.ReferrerCanBeTold(contact.SourceCode) ? FeedbackMethod.NotPossible
        : contact.ReferrerEmail is not null ? FeedbackMethod.Email
        : contact.ReferrerAddress is not null ? FeedbackMethod.Letter
        : FeedbackMethod.NotPossible;

    /// <summary>A referral is a re-referral when the child had another referral within the 12 months before it (CIN census).</summary>
    public static bool IsReReferral(DateOnly referralDate, IEnumerable<DateOnly> earlierReferralDates) =>
        earlierReferralDates.Any(d => d < referralDate && d >= referralDate.AddMonths(-12));

    /// <summary>The outcomes that are a referral to children's social care, and so create a Referral record.</summary>
    public static bool IsReferralToSocialCare(ScreeningOutcome outcome) =>
        outcome is ScreeningOutcome.ReferralForAssessment or ScreeningOutcome.StrategyDiscussion;

    /// <summary>Checks a decision before it is recorded; returns field → message for each problem.</summary>
    public static IReadOnlyDictionary<string, string> ValidateDecision(
        ScreeningOutcome? outcome, ThresholdLevel? threshold, string? rationale, string? leadProfessional, string? leadAgency, string? primaryNeed)
    {
        var errors = new Dictionary<string, string>();
        if (outcome is null)
        {
            errors["Outcome"] = "Select the decision";
        }
        if (threshold is null)
        {
            errors["Threshold"] = "Select the level of need";
        }
        if (string.IsNullOrWhiteSpace(rationale))
        {
            errors["Rationale"] = "Enter the reasons for the decision";
        }
        else if (rationale.Trim().Length < 20)
        {
            errors["Rationale"] = "The reasons must say why this decision was made, in at least 20 characters";
        }
        if (outcome == ScreeningOutcome.EarlyHelp)
        {
            if (string.IsNullOrWhiteSpace(leadProfessional))
            {
                errors["LeadProfessional"] = "Enter the lead professional for early help";
            }
            if (string.IsNullOrWhiteSpace(leadAgency))
            {
                errors["LeadAgency"] = "Enter the lead professional's agency";
            }
        }
        if (outcome is { } o && IsReferralToSocialCare(o) && !FrontDoorCodes.IsPrimaryNeed(primaryNeed))
        {
            errors["PrimaryNeed"] = "Select the child's primary need";
        }
        if (outcome == ScreeningOutcome.StrategyDiscussion && threshold is not null && threshold != ThresholdLevel.Safeguarding)
        {
            errors["Threshold"] = "A strategy discussion means reasonable cause to suspect significant harm: select level 4, safeguarding";
        }
        return errors;
    }
}
