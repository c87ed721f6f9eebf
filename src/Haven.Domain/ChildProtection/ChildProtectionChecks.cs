using Haven.Domain.Calendar;
using Haven.Domain.Formatting;

namespace Haven.Domain.ChildProtection;

/// <summary>
/// The checks each child protection form runs before anything is saved, and the clocks the pages show that are
/// worked out from more than one record. Keys are the form's field names; values are GOV.UK error messages.
/// </summary>
public static class ChildProtectionChecks
{
    /// <summary>One person who took part in a strategy discussion or came to a conference, as typed.</summary>
    public sealed record Participant(string? Name, string? Agency);

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

    /// <summary>The initial conference clock runs from the strategy discussion; an enquiry without one counts from its own start.</summary>
    public static DateOnly InitialConferenceDueOn(DateOnly? strategyDiscussionOn, DateOnly enquiryStart, WorkingDayCalendar calendar) =>
        ChildProtectionRules.InitialConferenceDueOn(strategyDiscussionOn ?? enquiryStart, calendar);

    /// <summary>
    /// Where a conference stands against the date it was due. The date it is booked for plays no part, so a
    /// conference re-arranged past its due date and held then is late.
    /// </summary>
    public static TimescaleStatus ConferenceStatus(ChildProtectionConference conference, DateOnly due, DateOnly today, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(conference);
        return TimescaleStatus.Against(due, conference.HeldOn, today, calendar);
    }

    /// <summary>A booking must be a working day, and not before the enquiry or the conference it follows.</summary>
    public static Dictionary<string, string> ValidateSchedule(DateOnly? date, DateOnly notBefore, string notBeforeWhat, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var errors = new Dictionary<string, string>();
        if (date is { } d)
        {
            if (d < notBefore)
            {
                errors["ScheduledFor"] = $"The conference cannot be before {notBeforeWhat} on {DateText.Date(notBefore)}";
            }
            else if (!calendar.IsWorkingDay(d))
            {
                errors["ScheduledFor"] = $"{DateText.WithDay(d)} is not a working day. Choose a working day for the conference";
            }
        }
        return errors;
    }

    public static Dictionary<string, string> ValidateRearrangement(DateOnly? date, DateOnly current, DateOnly notBefore, string notBeforeWhat, string? reason, WorkingDayCalendar calendar)
    {
        var errors = ValidateSchedule(date, notBefore, notBeforeWhat, calendar);
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

    public static Dictionary<string, string> ValidatePlanAction(string? need, string? action, string? owner, DateOnly? due, DateOnly planStart)
    {
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(need))
        {
            errors["Need"] = "Enter the need or risk: what must change for the child";
        }
        if (string.IsNullOrWhiteSpace(action))
        {
            errors["Action"] = "Enter what will be done";
        }
        if (string.IsNullOrWhiteSpace(owner))
        {
            errors["Owner"] = "Enter who will do it";
        }
        if (due is { } d && d < planStart)
        {
            errors["DueDate"] = $"The due date cannot be before the plan started on {DateText.Date(planStart)}";
        }
        return errors;
    }

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

    /// <summary>Blank rows are spare; a row with a name needs an agency and the other way round.</summary>
    private static void ValidateRows(IReadOnlyList<Participant> rows, string field, string who, Dictionary<string, string> errors)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var filled = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            var (name, agency) = (rows[i].Name, rows[i].Agency);
            if (string.IsNullOrWhiteSpace(name) && string.IsNullOrWhiteSpace(agency))
            {
                continue;
            }
            filled++;
            if (string.IsNullOrWhiteSpace(name))
            {
                errors[$"{field}[{i}].Name"] = $"Enter the name of person {i + 1}";
            }
            else if (string.IsNullOrWhiteSpace(agency))
            {
                errors[$"{field}[{i}].Agency"] = $"Select the agency of person {i + 1}";
            }
        }
        if (filled == 0)
        {
            errors[$"{field}[0].Name"] = $"Enter {who}: a name and agency for each person";
        }
    }
}
