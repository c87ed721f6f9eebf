using Haven.Domain.Formatting;

namespace Haven.Domain.EarlyHelp;

/// <summary>
/// Early help's counts, clocks and checks, as pure functions of an episode and today's date, so the pages,
/// the service and later the performance reports agree on what "overdue" and "changes of lead" mean.
/// </summary>
public static class EarlyHelpRules
{
    /// <summary>
    /// How many times the lead professional changed. Families tell inspectors that having to retell their story
    /// to a new lead is what hurts, so the count is reported on its own rather than left to be read off a history.
    /// </summary>
    public static int LeadChangeCount(EarlyHelpEpisode episode) => episode.LeadChanges.Count;

    /// <summary>The next review date set at the most recent review; none before the first review.</summary>
    public static DateOnly? NextReviewDue(EarlyHelpEpisode episode) =>
        episode.Reviews.OrderBy(r => r.ReviewDate).LastOrDefault()?.NextReviewDate;

    /// <summary>Overdue once the next review date has passed (due today is not late), and only while help is still open.</summary>
    public static bool IsReviewOverdue(EarlyHelpEpisode episode, DateOnly today) =>
        episode.IsOpen && NextReviewDue(episode) is { } due && due < today;

    /// <summary>An action is overdue when it is not done by its due date. A closed episode has nothing left to chase.</summary>
    public static bool IsActionOverdue(EarlyHelpEpisode episode, EarlyHelpAction action, DateOnly today) =>
        episode.IsOpen && action.CompletedOn is null && action.DueDate < today;

    public static IReadOnlyList<EarlyHelpAction> OverdueActions(EarlyHelpEpisode episode, DateOnly today) =>
        episode.Actions.Where(a => IsActionOverdue(episode, a, today)).OrderBy(a => a.DueDate).ToList();

    /// <summary>
    /// Days from the start to the end (or to today while open), counted as the DfE counts episode lengths:
    /// the difference between the dates, so an episode that starts and ends on the same day is 0 days long.
    /// </summary>
    public static int LengthInDays(EarlyHelpEpisode episode, DateOnly today) =>
        Math.Max(0, (episode.EndDate ?? today).DayNumber - episode.StartDate.DayNumber);

    public static IReadOnlyDictionary<string, string> ValidateStart(EarlyHelpStart? startedBy, string? leadProfessional, string? leadAgency)
    {
        var errors = new Dictionary<string, string>();
        if (startedBy is null)
        {
            errors["StartedBy"] = "Select how early help started";
        }
        if (string.IsNullOrWhiteSpace(leadProfessional))
        {
            errors["LeadProfessional"] = "Enter the lead professional";
        }
        if (string.IsNullOrWhiteSpace(leadAgency))
        {
            errors["LeadAgency"] = "Enter the lead professional's agency";
        }
        return errors;
    }

    public static IReadOnlyDictionary<string, string> ValidateLeadChange(
        string currentLead, string currentAgency, string? newLead, string? newAgency, string? reason)
    {
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(newLead))
        {
            errors["LeadProfessional"] = "Enter the new lead professional";
        }
        else if (Same(newLead, currentLead) && Same(newAgency, currentAgency))
        {
            errors["LeadProfessional"] = $"{currentLead} is already the lead professional";
        }
        if (string.IsNullOrWhiteSpace(newAgency))
        {
            errors["LeadAgency"] = "Enter the new lead professional's agency";
        }
        if (string.IsNullOrWhiteSpace(reason))
        {
            errors["Reason"] = "Enter why the lead professional is changing";
        }
        return errors;
    }

    /// <summary>All four sections are required: an assessment without the child's voice is the gap inspectors most often find.</summary>
    public static IReadOnlyDictionary<string, string> ValidateAssessment(string? childsVoice, string? parentsViews, string? strengths, string? needs)
    {
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(childsVoice))
        {
            errors["ChildsVoice"] = "Enter the child's voice: what they said, or how their wishes and feelings were found out";
        }
        if (string.IsNullOrWhiteSpace(parentsViews))
        {
            errors["ParentsViews"] = "Enter the parents' or carers' views";
        }
        if (string.IsNullOrWhiteSpace(strengths))
        {
            errors["Strengths"] = "Enter the family's strengths";
        }
        if (string.IsNullOrWhiteSpace(needs))
        {
            errors["Needs"] = "Enter the needs the plan must meet";
        }
        return errors;
    }

    /// <summary>An action must say what, who and by when; a due date on or before the start cannot be part of this plan.</summary>
    public static IReadOnlyDictionary<string, string> ValidateAction(string? action, string? owner, DateOnly? dueDate, DateOnly episodeStart)
    {
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(action))
        {
            errors["Action"] = "Enter what will be done";
        }
        if (string.IsNullOrWhiteSpace(owner))
        {
            errors["Owner"] = "Enter who will do it";
        }
        if (dueDate is { } due && due <= episodeStart)
        {
            errors["DueDate"] = $"The due date must be after early help started on {EarlyHelpText.Date(episodeStart)}";
        }
        return errors;
    }

    public static IReadOnlyDictionary<string, string> ValidateReview(string? progress, string? childsViews, DateOnly? reviewDate, DateOnly? nextReviewDate, DateOnly episodeStart)
    {
        var errors = new Dictionary<string, string>();
        if (reviewDate is { } held && held < episodeStart)
        {
            errors["ReviewDate"] = $"The review date must be the same as or after early help started on {EarlyHelpText.Date(episodeStart)}";
        }
        if (string.IsNullOrWhiteSpace(progress))
        {
            errors["Progress"] = "Enter the progress against the plan";
        }
        if (string.IsNullOrWhiteSpace(childsViews))
        {
            errors["ChildsViews"] = "Enter the child's views on how things are going";
        }
        if (reviewDate is { } r && nextReviewDate is { } next && next <= r)
        {
            errors["NextReviewDate"] = "The next review date must be after this review";
        }
        return errors;
    }

    /// <summary>A step-up becomes a contact at the front door, so the closing note must say what the concern is.</summary>
    public static IReadOnlyDictionary<string, string> ValidateClosure(EarlyHelpClosure? outcome, string? note, DateOnly? endDate, DateOnly episodeStart)
    {
        var errors = new Dictionary<string, string>();
        if (outcome is null)
        {
            errors["Outcome"] = "Select the outcome";
        }
        if (outcome == EarlyHelpClosure.SteppedUpToSocialCare && string.IsNullOrWhiteSpace(note))
        {
            errors["Note"] = "Enter the concern for children's social care: it becomes the contact the front door reads";
        }
        if (endDate is { } end && end < episodeStart)
        {
            errors["EndDate"] = $"The end date must be the same as or after early help started on {EarlyHelpText.Date(episodeStart)}";
        }
        return errors;
    }

    private static bool Same(string? a, string? b) =>
        string.Equals(a?.Trim(), b?.Trim(), StringComparison.OrdinalIgnoreCase);
}

/// <summary>Early help words as people say them.</summary>
public static class EarlyHelpText
{
    public static string StartedBy(EarlyHelpStart start) => start switch
    {
        EarlyHelpStart.FrontDoorDecision => "Front door decision",
        EarlyHelpStart.SteppedDownFromSocialCare => "Step-down from children's social care",
        _ => "Request from an agency",
    };

    public static string Closure(EarlyHelpClosure outcome) => outcome switch
    {
        EarlyHelpClosure.NeedsMet => "Needs met",
        EarlyHelpClosure.SteppedUpToSocialCare => "Stepped up to children's social care",
        EarlyHelpClosure.FamilyDeclined => "Family declined further help",
        EarlyHelpClosure.MovedAway => "Family moved away",
        _ => "Family no longer engaging",
    };

    public static string Lead(string professional, string agency) => $"{professional} ({agency})";

    public static string Date(DateOnly date) => DateText.Date(date);
}
