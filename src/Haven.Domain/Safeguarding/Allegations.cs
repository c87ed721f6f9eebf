namespace Haven.Domain.Safeguarding;

/// <summary>
/// An allegation that an adult who works with children (a teacher, a foster carer, a youth worker, a volunteer) has
/// harmed a child, behaved in a way that means they may, or is unsuitable to work with children: managed by the
/// local authority designated officer (LADO) under Working Together to Safeguard Children 2023 (chapter 2, "Local
/// authority designated officer") and, for schools and colleges, Part 4 of Keeping Children Safe in Education 2025.
/// The record is about the adult, not the child: it is kept apart from the children's records (Ofsted, seed F003:
/// "Records are kept separately from the main IT system and are not accessible to other managers"), so it is never on a
/// child's record or chronology, and only accounts with the designated officer duty may open it. Changes are audit
/// events, not case events. Edits carry a <see cref="Version"/> so a save over a newer one is refused (decision 0010).
/// </summary>
public sealed class Allegation : IVersioned
{
    public int Version { get; set; }

    public Guid Id { get; set; }

    /// <summary>The adult the allegation is about, their employer (or the agency, for a volunteer or foster carer) and their role there.</summary>
    public required string AdultName { get; set; }
    public required string Employer { get; set; }
    public required string AdultRole { get; set; }

    /// <summary>What is alleged, as it was reported.</summary>
    public required string Details { get; set; }

    /// <summary>Who made the referral to the designated officer (a head teacher, a parent, the police).</summary>
    public required string ReportedBy { get; set; }

    /// <summary>The day the designated officer received the referral: both clocks run from it.</summary>
    public DateOnly ReceivedOn { get; set; }

    /// <summary>The initial consideration with the employer (does the allegation meet the harm test?), and what was decided.</summary>
    public DateOnly? InitialConsiderationOn { get; set; }
    public string? InitialConsiderationDecision { get; set; }

    /// <summary>A strategy meeting or discussion (when a child may have suffered significant harm, with the police and children's social care).</summary>
    public DateOnly? StrategyMeetingOn { get; set; }

    /// <summary>The meeting that evaluated the enquiries and reached the outcome.</summary>
    public DateOnly? EvaluationMeetingOn { get; set; }

    public AllegationOutcome? Outcome { get; set; }
    public DateOnly? OutcomeOn { get; set; }

    /// <summary>What the employer did: no further action, training, a final warning, dismissal, a referral to the DBS or the TRA.</summary>
    public string? EmployerAction { get; set; }

    public DateOnly? ClosedOn { get; set; }

    /// <summary>The children the allegation concerns. Their records do not show it.</summary>
    public List<AllegationChild> Children { get; set; } = [];

    public required string RecordedByUserId { get; set; }
    public required string RecordedByName { get; set; }
    public DateTime RecordedAtUtc { get; set; }

    public bool IsOpen => ClosedOn is null;
}

/// <summary>A child the allegation concerns, linked by their Haven record. Nothing of the allegation is written to that record.</summary>
public sealed class AllegationChild
{
    public Guid Id { get; set; }
    public Guid AllegationId { get; set; }
    public Guid PersonId { get; set; }
}

/// <summary>
/// The outcome of an allegation, in the words of Keeping Children Safe in Education 2025 (Part 4, "Outcomes of
/// allegations"), which Working Together 2023 uses for every sector.
/// </summary>
public enum AllegationOutcome
{
    /// <summary>There is sufficient evidence to prove the allegation.</summary>
    Substantiated,

    /// <summary>There is sufficient evidence to disprove the allegation.</summary>
    False,

    /// <summary>There is sufficient evidence to disprove the allegation, and there has been a deliberate act to deceive.</summary>
    Malicious,

    /// <summary>There is insufficient evidence either to prove or disprove the allegation; no implication of guilt or innocence.</summary>
    Unsubstantiated,

    /// <summary>There is no evidence or proper basis which supports the allegation being made.</summary>
    Unfounded,
}

/// <summary>The words for each outcome, once, for the forms, the allegation, the list and its download.</summary>
public static class AllegationWording
{
    public static string Label(AllegationOutcome outcome) => outcome switch
    {
        AllegationOutcome.Substantiated => "Substantiated",
        AllegationOutcome.False => "False",
        AllegationOutcome.Malicious => "Malicious",
        AllegationOutcome.Unsubstantiated => "Unsubstantiated",
        AllegationOutcome.Unfounded => "Unfounded",
        _ => outcome.ToString(),
    };

    /// <summary>The definition from Keeping Children Safe in Education 2025, shown as the hint beside each choice.</summary>
    public static string Meaning(AllegationOutcome outcome) => outcome switch
    {
        AllegationOutcome.Substantiated => "There is enough evidence to prove the allegation",
        AllegationOutcome.False => "There is enough evidence to disprove the allegation",
        AllegationOutcome.Malicious => "There is enough evidence to disprove the allegation, and it was a deliberate act to deceive",
        AllegationOutcome.Unsubstantiated => "There is not enough evidence either to prove or disprove the allegation",
        AllegationOutcome.Unfounded => "There is no evidence or proper basis which supports the allegation being made",
        _ => outcome.ToString(),
    };
}

/// <summary>
/// The designated officer's two clocks, from the day the referral was received:
/// <list type="bullet">
/// <item>the initial consideration within one working day (Keeping Children Safe in Education 2025, Part 4: the
/// designated officer and the case manager "discuss the allegation" and consider the facts "within one working day";
/// the seed's "prompt referral and consideration of concerns");</item>
/// <item>the outcome within one calendar month: the first of the timeliness targets in Working Together 2010
/// (80% of allegations resolved within one month, 90% within three, all within twelve), which is the LADO
/// timeliness measure the kpis list gives (K60); later editions dropped the numbers but the annual LADO reports
/// still count against them.</item>
/// </list>
/// Working days skip weekends and bank holidays (<see cref="WorkingDayCalendar"/>); the month is a calendar month.
/// </summary>
public static class AllegationTimescales
{
    public static readonly TimescaleRule InitialConsideration = TimescaleRule.WorkingDays(1);
    public static readonly TimescaleRule Outcome = TimescaleRule.Months(1);

    public static TimescaleStatus InitialConsiderationStatus(Allegation allegation, DateOnly today, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(allegation);
        return InitialConsideration.Evaluate(allegation.ReceivedOn, allegation.InitialConsiderationOn, today, calendar);
    }

    public static TimescaleStatus OutcomeStatus(Allegation allegation, DateOnly today, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(allegation);
        return Outcome.Evaluate(allegation.ReceivedOn, allegation.OutcomeOn, today, calendar);
    }

    /// <summary>Whether either clock has run out with its step not done.</summary>
    public static bool IsOverdue(Allegation allegation, DateOnly today, WorkingDayCalendar calendar) =>
        InitialConsiderationStatus(allegation, today, calendar).State == TimescaleState.Overdue
        || OutcomeStatus(allegation, today, calendar).State == TimescaleState.Overdue;
}

/// <summary>What a designated officer enters when a referral comes in.</summary>
public sealed record AllegationReferral(string? AdultName, string? Employer, string? AdultRole, string? Details, string? ReportedBy, DateOnly? ReceivedOn);

/// <summary>What happened since: the initial consideration, the meetings, the outcome, the employer's action and the closure.</summary>
public sealed record AllegationProgress(DateOnly? InitialConsiderationOn, string? InitialConsiderationDecision, DateOnly? StrategyMeetingOn,
    DateOnly? EvaluationMeetingOn, AllegationOutcome? Outcome, DateOnly? OutcomeOn, string? EmployerAction, DateOnly? ClosedOn);

/// <summary>What is refused when an allegation is recorded or moved on. Field names are the domain's; pages map them.</summary>
public static class AllegationRules
{
    public const string AdultName = nameof(AdultName);
    public const string Employer = nameof(Employer);
    public const string AdultRole = nameof(AdultRole);
    public const string Details = nameof(Details);
    public const string ReportedBy = nameof(ReportedBy);
    public const string ReceivedOn = nameof(ReceivedOn);
    public const string InitialConsiderationOn = nameof(InitialConsiderationOn);
    public const string StrategyMeetingOn = nameof(StrategyMeetingOn);
    public const string EvaluationMeetingOn = nameof(EvaluationMeetingOn);
    public const string Outcome = nameof(Outcome);
    public const string OutcomeOn = nameof(OutcomeOn);
    public const string ClosedOn = nameof(ClosedOn);
    public const string Child = nameof(Child);

    public static RuleResult CheckReferral(AllegationReferral referral, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(referral);
        return new RuleResult()
            .AddIf(string.IsNullOrWhiteSpace(referral.AdultName), AdultName, "Enter the name of the adult the allegation is about")
            .AddIf(string.IsNullOrWhiteSpace(referral.Employer), Employer, "Enter who employs them, or the organisation they volunteer for")
            .AddIf(string.IsNullOrWhiteSpace(referral.AdultRole), AdultRole, "Enter their role, for example teaching assistant")
            .AddIf(string.IsNullOrWhiteSpace(referral.Details), Details, "Enter what is alleged")
            .AddIf(string.IsNullOrWhiteSpace(referral.ReportedBy), ReportedBy, "Enter who reported the allegation")
            .AddIf(referral.ReceivedOn is null, ReceivedOn, "Enter the date the referral was received")
            .AddIf(referral.ReceivedOn > today, ReceivedOn, "The date the referral was received must be today or in the past");
    }

    /// <summary>
    /// Each step is a date on or after the referral and not in the future; the evaluation follows the strategy meeting;
    /// an outcome needs its date (and the other way round) and the initial consideration before it; closing needs the
    /// outcome first and is on or after it.
    /// </summary>
    public static RuleResult CheckProgress(Allegation allegation, AllegationProgress progress, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(allegation);
        ArgumentNullException.ThrowIfNull(progress);
        var received = allegation.ReceivedOn;
        var result = new RuleResult();
        void Dated(DateOnly? on, string field, string what)
        {
            result.AddIf(on < received, field, $"The {what} cannot be before the referral was received on {DateText.Date(received)}")
                .AddIf(on > today, field, $"The {what} must be today or in the past");
        }
        Dated(progress.InitialConsiderationOn, InitialConsiderationOn, "initial consideration");
        Dated(progress.StrategyMeetingOn, StrategyMeetingOn, "strategy meeting");
        Dated(progress.EvaluationMeetingOn, EvaluationMeetingOn, "evaluation meeting");
        Dated(progress.OutcomeOn, OutcomeOn, "outcome");
        Dated(progress.ClosedOn, ClosedOn, "closing date");
        result.AddIf(progress.EvaluationMeetingOn < progress.StrategyMeetingOn, EvaluationMeetingOn,
                "The evaluation meeting cannot be before the strategy meeting")
            .AddIf(progress.Outcome is null && progress.OutcomeOn is not null, Outcome, "Select the outcome, or remove the outcome date")
            .AddIf(progress.Outcome is not null && progress.OutcomeOn is null, OutcomeOn, "Enter the date the outcome was reached")
            .AddIf(progress.Outcome is not null && progress.InitialConsiderationOn is null, InitialConsiderationOn,
                "Enter the date of the initial consideration before the outcome")
            .AddIf(progress.OutcomeOn < progress.InitialConsiderationOn, OutcomeOn, "The outcome cannot be before the initial consideration")
            .AddIf(progress.ClosedOn is not null && progress.Outcome is null, ClosedOn, "Record the outcome before closing the allegation")
            .AddIf(progress.ClosedOn < progress.OutcomeOn, ClosedOn, "The allegation cannot be closed before its outcome was reached");
        return result;
    }

    public static RuleResult CheckChild(Allegation allegation, Guid? personId, bool found)
    {
        ArgumentNullException.ThrowIfNull(allegation);
        return new RuleResult()
            .AddIf(!found, Child, "Enter the Haven number of a child on Haven, for example H0001234")
            .AddIf(found && allegation.Children.Any(c => c.PersonId == personId), Child, "This child is already linked to the allegation");
    }
}
