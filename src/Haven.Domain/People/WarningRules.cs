namespace Haven.Domain.People;

/// <summary>
/// A warning's life as rules: it starts no later than today, ends with a date and a reason, is reviewed after it
/// starts, and a trafficking warning says whether a National Referral Mechanism referral was made and when.
/// </summary>
public static class WarningRules
{
    public static RuleResult ValidateStart(FlagType? type, string? note, DateOnly? from, DateOnly? reviewDate, bool? nrmReferralMade, DateOnly? nrmReferralDate, DateOnly today) =>
        new RuleResult()
            .AddIf(type is null, WarningFields.Type, "Select the kind of warning")
            .AddIf(type is FlagType.RiskToStaff or FlagType.Other && string.IsNullOrWhiteSpace(note), WarningFields.Note, "Describe the risk so colleagues know what to do")
            .Include(ValidateDetails(type, from, reviewDate, nrmReferralMade, nrmReferralDate, today));

    /// <summary>What can be changed once a warning is on the record; its kind cannot (remove it and add the right one).</summary>
    public static RuleResult ValidateDetails(FlagType? type, DateOnly? from, DateOnly? reviewDate, bool? nrmReferralMade, DateOnly? nrmReferralDate, DateOnly today) =>
        new RuleResult()
            .AddIf(from is null, WarningFields.From, "Enter the date the warning starts")
            .AddIf(from > today, WarningFields.From, "The date the warning starts must be today or in the past")
            .AddIf(from is not null && reviewDate is not null && reviewDate <= from, WarningFields.ReviewDate, "The review date must be after the warning starts")
            .AddIf(type == FlagType.Trafficking && nrmReferralMade is null, WarningFields.NrmReferralMade, "Select whether a National Referral Mechanism referral was made")
            .AddIf(type == FlagType.Trafficking && nrmReferralMade == true && nrmReferralDate is null, WarningFields.NrmReferralDate, "Enter the date of the National Referral Mechanism referral")
            .AddIf(nrmReferralDate > today, WarningFields.NrmReferralDate, "The date of the National Referral Mechanism referral must be today or in the past");

    public static RuleResult ValidateEnd(PersonFlag flag, DateOnly? endDate, string? reason, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(flag);
        return new RuleResult()
            .AddIf(flag.To is not null, WarningFields.EndDate, "This warning has already ended")
            .AddIf(endDate is null, WarningFields.EndDate, "Enter the date the warning ended")
            .AddIf(endDate > today, WarningFields.EndDate, "The date the warning ended must be today or in the past")
            .AddIf(endDate < flag.From, WarningFields.EndDate, $"The date the warning ended must be the same as or after it started on {DateText.Date(flag.From)}")
            .AddIf(string.IsNullOrWhiteSpace(reason), WarningFields.Reason, "Enter why the warning has ended");
    }

    /// <summary>Removing is for a warning added in error, so the reason is required: the history keeps what was removed and why.</summary>
    public static RuleResult ValidateRemoval(string? reason) =>
        new RuleResult().AddIf(string.IsNullOrWhiteSpace(reason), WarningFields.Reason, "Enter why the warning is being removed");

    /// <summary>Due once the review date is reached, overdue after it; only while the warning applies.</summary>
    public static bool IsReviewDue(PersonFlag flag, DateOnly today) =>
        flag is { To: null, ReviewDate: { } review } && review <= today;

    public static bool IsReviewOverdue(PersonFlag flag, DateOnly today) =>
        flag is { To: null, ReviewDate: { } review } && review < today;

    /// <summary>
    /// Each warning still in force with a review date, as work: due on its review date and overdue after it (as the
    /// warnings page tags it), leading to the page where it is reviewed (changed or ended). A warning applies whether or
    /// not the child has an open social care episode, so the item carries no referral.
    /// </summary>
    public static IEnumerable<Casework.WorkItem> ReviewWork(IEnumerable<PersonFlag> flags, DateOnly today, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(flags);
        foreach (var flag in flags.Where(f => f.To is null && f.ReviewDate is not null))
        {
            yield return new Casework.WorkItem(flag.PersonId, Guid.Empty, Casework.WorkKind.WarningReview,
                Casework.DueWork.StatusOn(flag.ReviewDate!.Value, today, calendar), $"/people/{flag.PersonId}/warnings/{flag.Id}/edit");
        }
    }
}

/// <summary>The warning rules' names for what was entered; the pages use the same names.</summary>
public static class WarningFields
{
    public const string Type = "Type";
    public const string Note = "Note";
    public const string From = "From";
    public const string ReviewDate = "ReviewDate";
    public const string NrmReferralMade = "NrmReferralMade";
    public const string NrmReferralDate = "NrmReferralDate";
    public const string EndDate = "EndDate";
    public const string Reason = "Reason";
}
