namespace Haven.Domain.Casework;

/// <summary>
/// The dates of a social care episode that the census is built from and that a team manager may correct after they
/// were recorded: a mistyped start or end date otherwise stays wrong for ever, and can stop the case closing (a child
/// in need plan recorded as starting the day before the protection plan ended breaks census rule 4016).
/// </summary>
public enum CorrectableDate
{
    ReferralDate,
    AssessmentStarted,
    AssessmentAuthorised,
    Section47Started,
    ChildInNeedPlanStarted,
    ChildInNeedPlanEnded,
    ProtectionPlanStarted,
    ProtectionPlanEnded,
    CaseClosed,
}

/// <summary>A recorded date as it stands, with the dates it must stay between (the other dates of the same thing).</summary>
public sealed record RecordedDate(CorrectableDate What, Guid ItemId, DateOnly Date, DateBound? Earliest = null, DateBound? Latest = null)
{
    public string Label => DateCorrections.Label(What);
}

/// <summary>A date another part of the record fixes, named as the message says it ("the referral", "the plan's end").</summary>
public sealed record DateBound(DateOnly Date, string What);

public static class DateCorrections
{
    /// <summary>The correction form's answers, as <see cref="Validate"/> names them.</summary>
    public static class Fields
    {
        public const string NewDate = "NewDate";
        public const string Reason = "Reason";
    }

    public static string Label(CorrectableDate what) => what switch
    {
        CorrectableDate.ReferralDate => "Referral date",
        CorrectableDate.AssessmentStarted => "Assessment started",
        CorrectableDate.AssessmentAuthorised => "Assessment authorised",
        CorrectableDate.Section47Started => "Section 47 enquiry started",
        CorrectableDate.ChildInNeedPlanStarted => "Child in need plan started",
        CorrectableDate.ChildInNeedPlanEnded => "Child in need plan ended",
        CorrectableDate.ProtectionPlanStarted => "Child protection plan started",
        CorrectableDate.ProtectionPlanEnded => "Child protection plan ended",
        CorrectableDate.CaseClosed => "Case closed",
        _ => throw new ArgumentOutOfRangeException(nameof(what), what, null),
    };

    /// <summary>
    /// Checks a correction: a new date, not in the future, different from the one recorded, within the dates the rest
    /// of the record fixes, and a reason (the audit keeps why a recorded fact changed, not only that it did).
    /// The census rules run afterwards on the whole episode, as for any save.
    /// </summary>
    public static RuleResult Validate(RecordedDate recorded, DateOnly? newDate, string? reason, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        var result = new RuleResult();
        if (newDate is not { } date)
        {
            result.Add(Fields.NewDate, "Enter the correct date");
        }
        else if (date > today)
        {
            result.Add(Fields.NewDate, "The correct date must be today or in the past");
        }
        else if (date == recorded.Date)
        {
            result.Add(Fields.NewDate, $"The date recorded is already {DateText.Date(date)}: enter the correct date");
        }
        else if (recorded.Earliest is { } earliest && date < earliest.Date)
        {
            result.Add(Fields.NewDate, $"The date cannot be before {earliest.What} on {DateText.Date(earliest.Date)}");
        }
        else if (recorded.Latest is { } latest && date > latest.Date)
        {
            result.Add(Fields.NewDate, $"The date cannot be after {latest.What} on {DateText.Date(latest.Date)}");
        }
        if (string.IsNullOrWhiteSpace(reason))
        {
            result.Add(Fields.Reason, "Enter why the date is being corrected");
        }
        return result;
    }
}
