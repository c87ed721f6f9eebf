using Haven.Domain.LookedAfter;

namespace Haven.Domain.Permanence;

/// <summary>
/// Care proceedings for one child, from the pre-proceedings (PLO) letter to the final order. A row starts either at
/// the letter before proceedings or, in an emergency, at issue; the 26-week clock runs from issue
/// (<see cref="CourtTimescales"/>), moved on by each extension the court grants.
/// </summary>
public sealed class CareProceedings : IVersioned
{
    /// <summary>Goes up with every save; an edit made from an older version is refused (<see cref="IVersioned"/>).</summary>
    public int Version { get; set; }

    public Guid Id { get; set; }
    public Guid PersonId { get; set; }

    /// <summary>The day the letter before proceedings (the PLO letter) was sent to the parents; none when proceedings were issued without one.</summary>
    public DateOnly? LetterBeforeProceedingsOn { get; set; }

    /// <summary>The day the application was issued by the court, which court, and its case number.</summary>
    public DateOnly? IssuedOn { get; set; }
    public string? Court { get; set; }
    public string? CaseNumber { get; set; }

    /// <summary>The day proceedings ended (the final hearing, or the application withdrawn) and the order made.</summary>
    public DateOnly? ConcludedOn { get; set; }
    public CourtOrderKind? FinalOrder { get; set; }

    public required string RecordedByUserId { get; set; }
    public required string RecordedByName { get; set; }
    public DateTime RecordedAtUtc { get; set; }

    public List<PreProceedingsMeeting> Meetings { get; set; } = [];
    public List<CourtHearing> Hearings { get; set; } = [];
    public List<ProceedingsExtension> Extensions { get; set; } = [];

    public bool IsIssued => IssuedOn is not null;
    public bool IsOpen => ConcludedOn is null;

    /// <summary>The day the case should be finished by: 26 weeks from issue plus every extension, or none before issue.</summary>
    public DateOnly? ConcludeBy => IssuedOn is { } issued ? CourtTimescales.ConcludeBy(issued, Extensions.Select(e => e.Weeks)) : null;
}

/// <summary>A meeting with the parents and their lawyers under the pre-proceedings part of the Public Law Outline.</summary>
public sealed class PreProceedingsMeeting
{
    public Guid Id { get; set; }
    public Guid ProceedingsId { get; set; }
    public Guid PersonId { get; set; }
    public DateOnly HeldOn { get; set; }
    public string? Outcome { get; set; }
    public required string RecordedByName { get; set; }
    public DateTime RecordedAtUtc { get; set; }
}

/// <summary>A hearing in the proceedings, and the order the court made at it (an interim or final order), if any.</summary>
public sealed class CourtHearing
{
    public Guid Id { get; set; }
    public Guid ProceedingsId { get; set; }
    public Guid PersonId { get; set; }
    public DateOnly HeldOn { get; set; }
    public HearingKind Kind { get; set; }
    public CourtOrderKind? OrderMade { get; set; }
    public string? Note { get; set; }
    public required string RecordedByName { get; set; }
    public DateTime RecordedAtUtc { get; set; }
}

/// <summary>An extension of the 26 weeks granted by the court (Children Act 1989 s32(5): up to 8 weeks at a time), with its reason.</summary>
public sealed class ProceedingsExtension
{
    public Guid Id { get; set; }
    public Guid ProceedingsId { get; set; }
    public Guid PersonId { get; set; }
    public DateOnly GrantedOn { get; set; }
    public int Weeks { get; set; }
    public required string Reason { get; set; }
    public required string RecordedByName { get; set; }
    public DateTime RecordedAtUtc { get; set; }
}

/// <summary>The legal planning meeting (legal gateway): whether the threshold is met and what the authority will do, and why.</summary>
public sealed class LegalPlanningMeeting
{
    public Guid Id { get; set; }
    public Guid PersonId { get; set; }
    public DateOnly HeldOn { get; set; }
    public LegalPlanningDecision Decision { get; set; }
    public required string Rationale { get; set; }
    public string? Chair { get; set; }
    public required string RecordedByUserId { get; set; }
    public required string RecordedByName { get; set; }
    public DateTime RecordedAtUtc { get; set; }
}

/// <summary>A family group conference offered to the family, and whether and when it was held.</summary>
public sealed class FamilyGroupConference
{
    public Guid Id { get; set; }
    public Guid PersonId { get; set; }
    public DateOnly OfferedOn { get; set; }
    public DateOnly? HeldOn { get; set; }
    public bool Declined { get; set; }
    public string? Note { get; set; }
    public required string RecordedByUserId { get; set; }
    public required string RecordedByName { get; set; }
    public DateTime RecordedAtUtc { get; set; }
}

public enum HearingKind
{
    FirstHearing,
    CaseManagement,
    IssuesResolution,
    Interim,
    Final,
    Other,
}

/// <summary>The orders a court can make in care and related proceedings; those that are an SSDA903 legal status say which.</summary>
public enum CourtOrderKind
{
    InterimCareOrder,
    CareOrder,
    PlacementOrder,
    EmergencyProtectionOrder,
    InterimSupervisionOrder,
    SupervisionOrder,
    SpecialGuardianshipOrder,
    ChildArrangementsOrder,
    NoOrder,
    Withdrawn,
}

public enum LegalPlanningDecision
{
    /// <summary>Threshold not met: continue under the child's plan.</summary>
    ThresholdNotMet,
    /// <summary>Threshold met: send the letter before proceedings and work under pre-proceedings.</summary>
    PreProceedings,
    /// <summary>Threshold met and the child's safety needs the court now: issue proceedings.</summary>
    IssueProceedings,
    /// <summary>Pre-proceedings has run its course: end it, without proceedings.</summary>
    EndPreProceedings,
}

/// <summary>The words for the court record's code sets, once, for forms, the record and the chronology.</summary>
public static class CourtText
{
    public static string Label(HearingKind kind) => kind switch
    {
        HearingKind.FirstHearing => "First hearing",
        HearingKind.CaseManagement => "Case management hearing",
        HearingKind.IssuesResolution => "Issues resolution hearing",
        HearingKind.Interim => "Interim hearing",
        HearingKind.Final => "Final hearing",
        _ => "Other hearing",
    };

    public static string Label(CourtOrderKind order) => order switch
    {
        CourtOrderKind.InterimCareOrder => "Interim care order",
        CourtOrderKind.CareOrder => "Care order",
        CourtOrderKind.PlacementOrder => "Placement order",
        CourtOrderKind.EmergencyProtectionOrder => "Emergency protection order",
        CourtOrderKind.InterimSupervisionOrder => "Interim supervision order",
        CourtOrderKind.SupervisionOrder => "Supervision order",
        CourtOrderKind.SpecialGuardianshipOrder => "Special guardianship order",
        CourtOrderKind.ChildArrangementsOrder => "Child arrangements order",
        CourtOrderKind.NoOrder => "No order",
        _ => "Application withdrawn",
    };

    public static string Label(LegalPlanningDecision decision) => decision switch
    {
        LegalPlanningDecision.ThresholdNotMet => "Threshold not met: continue with the child's plan",
        LegalPlanningDecision.PreProceedings => "Start pre-proceedings (letter before proceedings)",
        LegalPlanningDecision.IssueProceedings => "Issue care proceedings",
        _ => "End pre-proceedings without issuing",
    };

    /// <summary>
    /// The SSDA903 legal status an order gives a child in care (C1, C2, E1, L2), from <see cref="LookedAfterCodes.LegalStatuses"/>;
    /// none for orders that are not a looked-after legal status (supervision, SGO, CAO: the last two end the period of care).
    /// </summary>
    public static string? LegalStatus(CourtOrderKind order) => order switch
    {
        CourtOrderKind.InterimCareOrder => "C1",
        CourtOrderKind.CareOrder => "C2",
        CourtOrderKind.PlacementOrder => LookedAfterCodes.PlacementOrder,
        CourtOrderKind.EmergencyProtectionOrder => "L2",
        _ => null,
    };

    /// <summary>Orders that end proceedings: made at the final hearing, or the application ending without one.</summary>
    public static bool IsFinal(CourtOrderKind order) =>
        order is not (CourtOrderKind.InterimCareOrder or CourtOrderKind.InterimSupervisionOrder or CourtOrderKind.EmergencyProtectionOrder);
}
