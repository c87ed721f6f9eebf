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
        episode.IsOpen && action.IsOutstanding && action.DueDate < today;

    /// <summary>Actions neither done nor stopped: what closing the plan must account for.</summary>
    public static IReadOnlyList<EarlyHelpAction> OutstandingActions(EarlyHelpEpisode episode) =>
        episode.Actions.Where(a => a.IsOutstanding).OrderBy(a => a.DueDate).ToList();

    public static IReadOnlyList<EarlyHelpAction> OverdueActions(EarlyHelpEpisode episode, DateOnly today) =>
        episode.Actions.Where(a => IsActionOverdue(episode, a, today)).OrderBy(a => a.DueDate).ToList();

    /// <summary>
    /// Days from the start to the end (or to today while open), counted as the DfE counts episode lengths:
    /// the difference between the dates, so an episode that starts and ends on the same day is 0 days long.
    /// </summary>
    public static int LengthInDays(EarlyHelpEpisode episode, DateOnly today) =>
        Math.Max(0, (episode.EndDate ?? today).DayNumber - episode.StartDate.DayNumber);

    public static RuleResult ValidateStart(EarlyHelpStart? startedBy, string? leadProfessional, string? leadAgency) =>
        new RuleResult()
            .AddIf(startedBy is null, EarlyHelpFields.StartedBy, "Select how early help started")
            .AddIf(string.IsNullOrWhiteSpace(leadProfessional), EarlyHelpFields.LeadProfessional, "Enter the lead professional")
            .AddIf(string.IsNullOrWhiteSpace(leadAgency), EarlyHelpFields.LeadAgency, "Enter the lead professional's agency");

    public static RuleResult ValidateLeadChange(string currentLead, string currentAgency, string? newLead, string? newAgency, string? reason) =>
        new RuleResult()
            .AddIf(string.IsNullOrWhiteSpace(newLead), EarlyHelpFields.LeadProfessional, "Enter the new lead professional")
            .AddIf(Same(newLead, currentLead) && Same(newAgency, currentAgency), EarlyHelpFields.LeadProfessional, $"{currentLead} is already the lead professional")
            .AddIf(string.IsNullOrWhiteSpace(newAgency), EarlyHelpFields.LeadAgency, "Enter the new lead professional's agency")
            .AddIf(string.IsNullOrWhiteSpace(reason), EarlyHelpFields.Reason, "Enter why the lead professional is changing");

    /// <summary>
    /// A lead change is dated when it happened, which may be before it was typed in, but never in the future, before
    /// early help started, or before the change already recorded last, so the chronology reads in the order things happened.
    /// </summary>
    public static RuleResult ValidateLeadChangeDate(DateOnly? changedOn, DateOnly episodeStart, DateOnly? lastChange, DateOnly today) =>
        new RuleResult()
            .AddIf(changedOn is null, EarlyHelpFields.ChangedOn, "Enter the date the lead professional changed")
            .AddIf(changedOn > today, EarlyHelpFields.ChangedOn, "The date the lead professional changed must be today or in the past")
            .AddIf(changedOn < episodeStart, EarlyHelpFields.ChangedOn, $"The date the lead professional changed must be the same as or after early help started on {EarlyHelpText.Date(episodeStart)}")
            .AddIf(changedOn >= episodeStart && lastChange is { } last && changedOn < last, EarlyHelpFields.ChangedOn, $"The date the lead professional changed must be the same as or after the last change, on {(lastChange is { } l ? EarlyHelpText.Date(l) : "")}");

    /// <summary>
    /// Closing with actions still to do must say what became of them (passed to another service, no longer needed...),
    /// or the closed plan would leave work looking forgotten.
    /// </summary>
    public static RuleResult ValidateOutstandingActions(int outstanding, string? whatHappened) =>
        new RuleResult()
            .AddIf(outstanding > 0 && string.IsNullOrWhiteSpace(whatHappened), EarlyHelpFields.OutstandingActions,
                outstanding == 1 ? "Say what happened to the action not done" : $"Say what happened to the {outstanding} actions not done");

    /// <summary>Everyone in the team around the family is named with the agency they come from.</summary>
    public static RuleResult ValidateTeamMember(string? name, string? agency) =>
        new RuleResult()
            .AddIf(string.IsNullOrWhiteSpace(name), EarlyHelpFields.Name, "Enter the team member's name")
            .AddIf(string.IsNullOrWhiteSpace(agency), EarlyHelpFields.Agency, "Enter the team member's agency");

    /// <summary>All four sections are required: an assessment without the child's voice is the gap inspectors most often find.</summary>
    public static RuleResult ValidateAssessment(DateOnly? completedOn, string? childsVoice, string? parentsViews, string? strengths, string? needs) =>
        new RuleResult()
            .AddIf(completedOn is null, EarlyHelpFields.CompletedOn, "Enter the date the assessment was completed")
            .AddIf(string.IsNullOrWhiteSpace(childsVoice), EarlyHelpFields.ChildsVoice, "Enter the child's voice: what they said, or how their wishes and feelings were found out")
            .AddIf(string.IsNullOrWhiteSpace(parentsViews), EarlyHelpFields.ParentsViews, "Enter the parents' or carers' views")
            .AddIf(string.IsNullOrWhiteSpace(strengths), EarlyHelpFields.Strengths, "Enter the family's strengths")
            .AddIf(string.IsNullOrWhiteSpace(needs), EarlyHelpFields.Needs, "Enter the needs the plan must meet");

    /// <summary>An action must say what, who and by when; a due date on or before the start cannot be part of this plan.</summary>
    public static RuleResult ValidateAction(string? action, string? owner, DateOnly? dueDate, DateOnly episodeStart) =>
        new RuleResult()
            .AddIf(string.IsNullOrWhiteSpace(action), EarlyHelpFields.Action, "Enter what will be done")
            .AddIf(string.IsNullOrWhiteSpace(owner), EarlyHelpFields.Owner, "Enter who will do it")
            .AddIf(dueDate is null, EarlyHelpFields.DueDate, "Enter the due date")
            .AddIf(dueDate is { } due && due <= episodeStart, EarlyHelpFields.DueDate, $"The due date must be after early help started on {EarlyHelpText.Date(episodeStart)}");

    public static RuleResult ValidateReview(string? progress, string? childsViews, DateOnly? reviewDate, DateOnly? nextReviewDate, DateOnly episodeStart) =>
        new RuleResult()
            .AddIf(reviewDate is null, EarlyHelpFields.ReviewDate, "Enter the review date")
            .AddIf(reviewDate is { } held && held < episodeStart, EarlyHelpFields.ReviewDate, $"The review date must be the same as or after early help started on {EarlyHelpText.Date(episodeStart)}")
            .AddIf(string.IsNullOrWhiteSpace(progress), EarlyHelpFields.Progress, "Enter the progress against the plan")
            .AddIf(string.IsNullOrWhiteSpace(childsViews), EarlyHelpFields.ChildsViews, "Enter the child's views on how things are going")
            .AddIf(nextReviewDate is null, EarlyHelpFields.NextReviewDate, "Enter the next review date")
            .AddIf(reviewDate is { } r && nextReviewDate is { } next && next <= r, EarlyHelpFields.NextReviewDate, "The next review date must be after this review");

    /// <summary>
    /// Only an action still to do can be changed (a done or stopped action is history), and a change must change
    /// something, so the plan's history never shows a change that was not one.
    /// </summary>
    public static RuleResult ValidateActionChange(EarlyHelpAction current, string? action, string? owner, DateOnly? dueDate, DateOnly episodeStart)
    {
        ArgumentNullException.ThrowIfNull(current);
        var result = new RuleResult().AddIf(!current.IsOutstanding, "", "This action is done or stopped, so it cannot be changed");
        return result.IsValid
            ? ValidateAction(action, owner, dueDate, episodeStart)
                .AddIf(Same(action, current.Action) && Same(owner, current.Owner) && dueDate == current.DueDate, EarlyHelpFields.Action, "Change what will be done, who will do it or when: nothing was changed")
            : result;
    }

    /// <summary>An action stopped without being done says when and why, never in the future or before early help started.</summary>
    public static RuleResult ValidateActionStop(EarlyHelpAction current, DateOnly? stoppedOn, string? reason, DateOnly episodeStart, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(current);
        return new RuleResult()
            .AddIf(!current.IsOutstanding, "", "This action is already done or stopped")
            .AddIf(stoppedOn is null, EarlyHelpFields.StoppedOn, "Enter the date the action was stopped")
            .AddIf(stoppedOn > today, EarlyHelpFields.StoppedOn, "The date the action was stopped must be today or in the past")
            .AddIf(stoppedOn < episodeStart, EarlyHelpFields.StoppedOn, $"The date the action was stopped must be the same as or after early help started on {EarlyHelpText.Date(episodeStart)}")
            .AddIf(string.IsNullOrWhiteSpace(reason), EarlyHelpFields.EndReason, "Enter why the action is no longer needed");
    }

    /// <summary>A team member who has left is history and is not changed; a change must change something.</summary>
    public static RuleResult ValidateTeamMemberChange(TeamAroundFamilyMember current, string? name, string? agency, string? role)
    {
        ArgumentNullException.ThrowIfNull(current);
        if (current.LeftOn is not null)
        {
            return new RuleResult().Add("", "This team member has left the team, so their details are not changed");
        }
        return ValidateTeamMember(name, agency)
            .AddIf(Same(name, current.Name) && Same(agency, current.Agency) && Same(role ?? "", current.Role ?? ""), EarlyHelpFields.Name, "Change the name, agency or role: nothing was changed");
    }

    /// <summary>A member leaves once, on a day between the start of early help and today.</summary>
    public static RuleResult ValidateTeamMemberLeft(TeamAroundFamilyMember current, DateOnly? leftOn, DateOnly episodeStart, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(current);
        return new RuleResult()
            .AddIf(current.LeftOn is not null, "", "This team member has already left the team")
            .AddIf(leftOn is null, EarlyHelpFields.LeftOn, "Enter the date they left the team")
            .AddIf(leftOn > today, EarlyHelpFields.LeftOn, "The date they left the team must be today or in the past")
            .AddIf(leftOn < episodeStart, EarlyHelpFields.LeftOn, $"The date they left the team must be the same as or after early help started on {EarlyHelpText.Date(episodeStart)}");
    }

    /// <summary>A step-up becomes a contact at the front door, so the closing note must say what the concern is.</summary>
    public static RuleResult ValidateClosure(EarlyHelpClosure? outcome, string? note, DateOnly? endDate, DateOnly episodeStart) =>
        new RuleResult()
            .AddIf(outcome is null, EarlyHelpFields.Outcome, "Select the outcome")
            .AddIf(outcome == EarlyHelpClosure.SteppedUpToSocialCare && string.IsNullOrWhiteSpace(note), EarlyHelpFields.Note, "Enter the concern for children's social care: it becomes the contact the front door reads")
            .AddIf(endDate is null, EarlyHelpFields.EndDate, "Enter the date early help ended")
            .AddIf(endDate is { } end && end < episodeStart, EarlyHelpFields.EndDate, $"The end date must be the same as or after early help started on {EarlyHelpText.Date(episodeStart)}");

    private static bool Same(string? a, string? b) =>
        string.Equals(a?.Trim(), b?.Trim(), StringComparison.OrdinalIgnoreCase);
}

/// <summary>The early help rules' names for what was entered; pages map them to their own fields.</summary>
public static class EarlyHelpFields
{
    public const string StartedBy = "StartedBy";
    public const string LeadProfessional = "LeadProfessional";
    public const string LeadAgency = "LeadAgency";
    public const string Reason = "Reason";
    public const string Name = "Name";
    public const string Agency = "Agency";
    public const string CompletedOn = "CompletedOn";
    public const string ChildsVoice = "ChildsVoice";
    public const string ParentsViews = "ParentsViews";
    public const string Strengths = "Strengths";
    public const string Needs = "Needs";
    public const string Action = "Action";
    public const string Owner = "Owner";
    public const string DueDate = "DueDate";
    public const string ReviewDate = "ReviewDate";
    public const string Progress = "Progress";
    public const string ChildsViews = "ChildsViews";
    public const string NextReviewDate = "NextReviewDate";
    public const string Outcome = "Outcome";
    public const string Note = "Note";
    public const string EndDate = "EndDate";
    public const string ContactId = "ContactId";
    public const string ChangedOn = "ChangedOn";
    public const string OutstandingActions = "OutstandingActions";
    public const string Role = "Role";
    public const string LeftOn = "LeftOn";
    public const string StoppedOn = "StoppedOn";
    public const string EndReason = "EndReason";
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

    /// <summary>A plan action in one line, as the chronology and a change's before and after give it.</summary>
    public static string ActionLine(string action, string owner, DateOnly due) => $"{action} ({owner}), due {Date(due)}";

    /// <summary>A team member in one line: name, role if given, and agency.</summary>
    public static string Member(string name, string agency, string? role) => role is { Length: > 0 } r ? $"{name}, {r} ({agency})" : $"{name} ({agency})";

    public static string Date(DateOnly date) => DateText.Date(date);
}
