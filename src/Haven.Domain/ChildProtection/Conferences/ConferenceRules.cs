namespace Haven.Domain.ChildProtection;

// What a conference booking, re-arrangement and a held conference must record.
// The clocks are on ChildProtectionRules, the form checks on ChildProtectionChecks: both are split by journey step
// (StrategyDiscussions, Section47Enquiries, Conferences, ProtectionPlans, CoreGroups) so each step's rules sit in its folder.
public static partial class ChildProtectionRules
{
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
}

/// <summary>
/// The earliest a conference can be: an initial conference on or after the day its section 47 enquiry started, a
/// review after the day of the conference before it. Messages name the day that happened, not the first day allowed.
/// </summary>
public sealed record ConferenceEarliest(DateOnly Since, string What, bool SameDayAllowed)
{
    public static ConferenceEarliest Initial(DateOnly enquiryStarted) => new(enquiryStarted, "the section 47 enquiry started", true);

    public static ConferenceEarliest Review(DateOnly lastConference) => new(lastConference, "the last conference", false);

    public bool Allows(DateOnly date) => SameDayAllowed ? date >= Since : date > Since;

    public string Refusal => SameDayAllowed
        ? $"The conference cannot be before {What} on {DateText.Date(Since)}"
        : $"The conference must be after {What} on {DateText.Date(Since)}";
}

public static partial class ChildProtectionChecks
{
    /// <summary>A booking must be a working day, and not before the enquiry or the conference it follows.</summary>
    public static Dictionary<string, string> ValidateSchedule(DateOnly? date, ConferenceEarliest earliest, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(earliest);
        ArgumentNullException.ThrowIfNull(calendar);
        var errors = new Dictionary<string, string>();
        if (date is { } d)
        {
            if (!earliest.Allows(d))
            {
                errors["ScheduledFor"] = earliest.Refusal;
            }
            else if (!calendar.IsWorkingDay(d))
            {
                errors["ScheduledFor"] = $"{DateText.WithDay(d)} is not a working day. Choose a working day for the conference";
            }
        }
        return errors;
    }

    public static Dictionary<string, string> ValidateRearrangement(DateOnly? date, DateOnly current, ConferenceEarliest earliest, string? reason, WorkingDayCalendar calendar)
    {
        var errors = ValidateSchedule(date, earliest, calendar);
        if (date == current && !errors.ContainsKey("ScheduledFor"))
        {
            errors["ScheduledFor"] = $"The conference is already booked for {DateText.Date(current)}. Enter the new date";
        }
        if (string.IsNullOrWhiteSpace(reason))
        {
            errors["Reason"] = "Enter why the conference is being re-arranged";
        }
        return errors;
    }

    /// <summary>The checks for recording an initial conference as held, on top of <see cref="ChildProtectionRules.ValidateInitialConference"/>.</summary>
    public static Dictionary<string, string> ValidateInitialConferenceHeld(
        DateOnly? heldOn, DateOnly? section47Start, DateOnly referralDate, ConferenceDecision? decision, string? category, string? rationale,
        string? chair, IReadOnlyList<Participant> attendees, int? previousPlans, int previousPlansInHaven, DateOnly today, WorkingDayCalendar calendar)
    {
        var errors = ChildProtectionRules.ValidateInitialConference(heldOn, section47Start, referralDate, decision, category, today, calendar);
        if (decision is ConferenceDecision.PlanContinues or ConferenceDecision.PlanEnds)
        {
            errors["Decision"] = "Select whether the conference made a child protection plan, a child in need plan or no further action";
        }
        if (decision == ConferenceDecision.ChildProtectionPlan)
        {
            if (previousPlans is null)
            {
                errors["PreviousPlans"] = "Enter the number of earlier child protection plans, or 0";
            }
            else if (previousPlans < previousPlansInHaven)
            {
                errors["PreviousPlans"] = $"Haven holds {previousPlansInHaven} earlier plan{(previousPlansInHaven == 1 ? "" : "s")} for this child, so the number cannot be less than {previousPlansInHaven}";
            }
            else if (previousPlans > 50)
            {
                errors["PreviousPlans"] = "Enter a number of earlier plans from 0 to 50";
            }
        }
        ValidateMeeting(chair, attendees, rationale, errors);
        return errors;
    }

    /// <summary>A review is held after the conference before it, on a working day, and continues or ends the plan.</summary>
    public static Dictionary<string, string> ValidateReviewConferenceHeld(
        DateOnly? heldOn, DateOnly previousConferenceOn, ConferenceDecision? decision, string? category, PlanEndReason? endReason, string? rationale,
        string? chair, IReadOnlyList<Participant> attendees, DateOnly today, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var errors = new Dictionary<string, string>();
        if (heldOn is not { } held)
        {
            errors["HeldOn"] = "Enter the date the conference was held";
        }
        else if (held <= previousConferenceOn)
        {
            errors["HeldOn"] = $"The review must be after the last conference on {DateText.Date(previousConferenceOn)}";
        }
        else if (held > today)
        {
            errors["HeldOn"] = "The date the conference was held must be today or in the past";
        }
        else if (!calendar.IsWorkingDay(held))
        {
            errors["HeldOn"] = $"{DateText.WithDay(held)} is not a working day. Check the date the conference was held";
        }
        if (decision is not (null or ConferenceDecision.PlanContinues or ConferenceDecision.PlanEnds))
        {
            errors["Decision"] = "Select whether the plan continues or ends";
        }
        else
        {
            ChildProtectionRules.ValidateDecision(decision, category, errors);
        }
        if (decision == ConferenceDecision.PlanEnds && endReason is null)
        {
            errors["EndReason"] = "Select why the plan is ending";
        }
        ValidateMeeting(chair, attendees, rationale, errors);
        return errors;
    }

    /// <summary>A core group member has a name, and is either family (the child, a parent or carer, a relative) or from an agency.</summary>
    public static Dictionary<string, string> ValidateCoreGroupMember(string? name, string? agency)
    {
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(name))
        {
            errors["Name"] = "Enter the member's name";
        }
        if (!CoreGroupRoles.IsKnown(agency?.Trim()))
        {
            errors["Agency"] = "Select the member's agency, or how they are related to the child";
        }
        return errors;
    }

    /// <summary>Minutes are sent after the conference they record, never before it.</summary>
    public static Dictionary<string, string> ValidateMinutes(DateOnly? heldOn, DateOnly? minutesSentOn)
    {
        var errors = new Dictionary<string, string>();
        if (heldOn is { } held && minutesSentOn < held)
        {
            errors["MinutesSentOn"] = $"The minutes cannot have been sent before the conference was held on {DateText.Date(held)}";
        }
        return errors;
    }

    private static void ValidateMeeting(string? chair, IReadOnlyList<Participant> attendees, string? rationale, Dictionary<string, string> errors)
    {
        if (string.IsNullOrWhiteSpace(chair))
        {
            errors["Chair"] = "Enter who chaired the conference";
        }
        ValidateRows(attendees, "Attendees", "who was invited", errors);
        if (string.IsNullOrWhiteSpace(rationale))
        {
            errors["Rationale"] = "Enter the reasons for the decision";
        }
    }
}
