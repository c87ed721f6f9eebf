using Haven.Domain.Calendar;
using Haven.Domain.Formatting;

namespace Haven.Domain.ChildProtection;

/// <summary>
/// The child protection clocks (Working Together) and the checks that stop unsafe or impossible records.
/// Every due date is counted from the event that actually happened, so re-arranging a conference never
/// restarts a clock: an initial conference is due 15 working days after the strategy discussion whatever date
/// it is booked for, and the next review is counted from the day the last conference was actually held.
/// </summary>
public static class ChildProtectionRules
{
    public static readonly TimescaleRule InitialConference = TimescaleRule.WorkingDays(15);
    public static readonly TimescaleRule FirstCoreGroup = TimescaleRule.WorkingDays(10);
    public static readonly TimescaleRule FirstReviewConference = TimescaleRule.Months(3);
    public static readonly TimescaleRule LaterReviewConference = TimescaleRule.Months(6);

    public static DateOnly InitialConferenceDueOn(DateOnly strategyDiscussionOn, WorkingDayCalendar calendar) =>
        InitialConference.DueFrom(strategyDiscussionOn, calendar);

    /// <summary>The first review is due 3 months after the initial conference, later ones 6 months after the last review.</summary>
    public static DateOnly NextReviewDueOn(DateOnly initialConferenceOn, IEnumerable<DateOnly> reviewsHeld, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(reviewsHeld);
        var last = reviewsHeld.Where(d => d >= initialConferenceOn).DefaultIfEmpty().Max();
        return last == default
            ? FirstReviewConference.DueFrom(initialConferenceOn, calendar)
            : LaterReviewConference.DueFrom(last, calendar);
    }

    /// <summary>The first core group is due 10 working days after the initial conference, then at the local interval.</summary>
    public static DateOnly NextCoreGroupDueOn(DateOnly initialConferenceOn, IEnumerable<DateOnly> meetingsHeld, TimescaleRule interval, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(meetingsHeld);
        ArgumentNullException.ThrowIfNull(interval);
        var last = meetingsHeld.Where(d => d >= initialConferenceOn).DefaultIfEmpty().Max();
        return last == default
            ? FirstCoreGroup.DueFrom(initialConferenceOn, calendar)
            : interval.DueFrom(last, calendar);
    }

    /// <summary>
    /// The next statutory visit is due the local number of working days after the last visit at which the child
    /// was seen, or after the plan started. A failed visit does not stop the clock.
    /// </summary>
    public static DateOnly NextVisitDueOn(DateOnly planStart, IEnumerable<DateOnly> visitsChildSeen, int frequencyWorkingDays, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(visitsChildSeen);
        var last = visitsChildSeen.Where(d => d >= planStart).DefaultIfEmpty(planStart).Max();
        return TimescaleRule.WorkingDays(frequencyWorkingDays).DueFrom(last, calendar);
    }

    /// <summary>Checks an initial conference before it is recorded as held; returns field → message.</summary>
    public static Dictionary<string, string> ValidateInitialConference(
        DateOnly? heldOn, DateOnly? section47Start, DateOnly referralDate, ConferenceDecision? decision, string? category, DateOnly today, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var errors = new Dictionary<string, string>();
        if (heldOn is not { } held)
        {
            errors["HeldOn"] = "Enter the date the conference was held";
        }
        else if (section47Start is null)
        {
            errors["HeldOn"] = "An initial child protection conference needs a section 47 enquiry. Start the enquiry first";
        }
        else if (held < section47Start)
        {
            errors["HeldOn"] = $"The conference cannot be before the section 47 enquiry started on {DateText.Date(section47Start)}";
        }
        else if (held < referralDate)
        {
            errors["HeldOn"] = $"The conference cannot be before the referral on {DateText.Date(referralDate)}";
        }
        else if (held > today)
        {
            errors["HeldOn"] = "The date the conference was held must be today or in the past";
        }
        else if (!calendar.IsWorkingDay(held))
        {
            errors["HeldOn"] = $"{DateText.WithDay(held)} is not a working day. Check the date the conference was held";
        }
        ValidateDecision(decision, category, errors);
        return errors;
    }

    public static void ValidateDecision(ConferenceDecision? decision, string? category, Dictionary<string, string> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (decision is null)
        {
            errors["Decision"] = "Select the conference's decision";
        }
        else if (decision is ConferenceDecision.ChildProtectionPlan or ConferenceDecision.PlanContinues)
        {
            if (string.IsNullOrEmpty(category))
            {
                errors["Category"] = "Select the category of abuse";
            }
            else if (!CategoryOfAbuse.Codes.ContainsKey(category))
            {
                errors["Category"] = "Select a category of abuse from the list";
            }
        }
    }

    /// <summary>A plan cannot end before it started or in the future.</summary>
    public static string? ValidatePlanEnd(DateOnly start, DateOnly? end, DateOnly today) => end switch
    {
        null => "Enter the date the plan ended",
        { } e when e < start => $"The plan cannot end before it started on {DateText.Date(start)}",
        { } e when e > today => "The end date must be today or in the past",
        _ => null,
    };

    /// <summary>
    /// A decision not to hold a conference after harm was substantiated needs a senior manager's agreement.
    /// </summary>
    public static bool NeedsSeniorManagerAgreement(Section47Outcome outcome) => outcome == Section47Outcome.SubstantiatedNoConference;
}
