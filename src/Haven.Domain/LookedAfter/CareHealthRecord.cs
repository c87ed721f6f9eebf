namespace Haven.Domain.LookedAfter;

/// <summary>
/// One health check of a child in care, as the health team or carer reports it: an initial or review health
/// assessment, a dental check, immunisations checked, a strengths and difficulties questionnaire score, or CAMHS
/// involvement. One plain table for all of them: what differs is which of the few answers the kind needs.
/// </summary>
public sealed class HealthCheck
{
    public Guid Id { get; set; }
    public Guid PersonId { get; set; }
    public Guid CarePeriodId { get; set; }
    public HealthCheckKind Kind { get; set; }

    /// <summary>The day of the assessment or check, or the day the immunisations, SDQ or CAMHS position was checked.</summary>
    public DateOnly DoneOn { get; set; }

    /// <summary>Immunisations only: whether they are up to date on <see cref="DoneOn"/> (SSDA903 IMMUNISATIONS).</summary>
    public bool? UpToDate { get; set; }

    /// <summary>SDQ only: the total difficulties score, 0 to 40 (SSDA903 SDQ_SCORE).</summary>
    public int? Score { get; set; }

    /// <summary>CAMHS only: where the child stands with child and adolescent mental health services.</summary>
    public CamhsInvolvement? Camhs { get; set; }

    /// <summary>Who did it (a paediatrician, the looked-after children's nurse, the dentist's practice).</summary>
    public string? DoneBy { get; set; }

    public string? Note { get; set; }

    public required string RecordedByUserId { get; set; }
    public required string RecordedByName { get; set; }
    public DateTime RecordedAtUtc { get; set; }
}

public enum HealthCheckKind
{
    /// <summary>The initial health assessment by a doctor, due 20 working days after coming into care.</summary>
    InitialHealthAssessment,
    /// <summary>Review health assessments: every 6 months under 5, yearly from 5.</summary>
    ReviewHealthAssessment,
    DentalCheck,
    Immunisations,
    /// <summary>The strengths and difficulties questionnaire the carer fills in each year (4 to 16).</summary>
    StrengthsAndDifficulties,
    Camhs,
}

public enum CamhsInvolvement
{
    NotInvolved,
    Referred,
    Receiving,
    Ended,
}

/// <summary>
/// A personal education plan meeting, with the picture of the child's schooling it recorded: the school, the virtual
/// school contact, attendance so far this year and special educational needs. The latest PEP is the child's current
/// education; earlier ones are its history.
/// </summary>
public sealed class EducationPlan
{
    public Guid Id { get; set; }
    public Guid PersonId { get; set; }
    public Guid CarePeriodId { get; set; }
    public DateOnly HeldOn { get; set; }
    public required string SchoolName { get; set; }

    /// <summary>The school's DfE unique reference number, when known.</summary>
    public string? SchoolUrn { get; set; }

    /// <summary>The virtual school's named contact for this child.</summary>
    public required string VirtualSchoolContact { get; set; }

    /// <summary>Attendance this school year as a percentage, 0 to 100, to one decimal place.</summary>
    public decimal? AttendancePercent { get; set; }

    public SenStatus Sen { get; set; }
    public string? Note { get; set; }

    public required string RecordedByUserId { get; set; }
    public required string RecordedByName { get; set; }
    public DateTime RecordedAtUtc { get; set; }
}

public enum SenStatus
{
    None,
    SenSupport,
    EhcPlan,
}

/// <summary>A suspension (fixed-term exclusion) or permanent exclusion from school.</summary>
public sealed class SchoolExclusion
{
    public Guid Id { get; set; }
    public Guid PersonId { get; set; }
    public Guid CarePeriodId { get; set; }
    public ExclusionKind Kind { get; set; }
    public DateOnly StartDate { get; set; }

    /// <summary>The last day of a suspension; none for a permanent exclusion.</summary>
    public DateOnly? EndDate { get; set; }

    public string? SchoolName { get; set; }
    public string? Reason { get; set; }

    public required string RecordedByUserId { get; set; }
    public required string RecordedByName { get; set; }
    public DateTime RecordedAtUtc { get; set; }
}

public enum ExclusionKind
{
    Suspension,
    Permanent,
}

/// <summary>
/// A time a child was missing from home or from care, or (in care) away from placement without agreement (SSDA903
/// MISSING: M or A), from when it was noticed to when they came back, with where they were found, the return home
/// interview the authority must offer (held within 72 hours of the return), the exploitation screening and the police
/// contact. One table for every child, so a child who goes missing from home and later from care has one history of
/// it (and one repeat-missing pattern). Instants are UTC, shown in UK time.
/// </summary>
public sealed class MissingEpisode : IVersioned
{
    /// <summary>Goes up with every save; the return and interview are added to the episode later, as edits.</summary>
    public int Version { get; set; }

    public Guid Id { get; set; }
    public Guid PersonId { get; set; }

    /// <summary>The period of care the child went missing from; none when they went missing from home (not in care).</summary>
    public Guid? CarePeriodId { get; set; }

    /// <summary>
    /// From <see cref="LookedAfterCodes.MissingOrAway"/>: M missing, A away from placement without authorisation.
    /// Always M for a child missing from home: "away from placement" is a care term.
    /// </summary>
    public required string MissingOrAway { get; set; }

    public DateTime StartedAtUtc { get; set; }
    public DateTime? ReturnedAtUtc { get; set; }
    public string? WhereFound { get; set; }

    public bool PoliceInformed { get; set; }
    public string? PoliceReference { get; set; }

    public DateTime? InterviewOfferedAtUtc { get; set; }
    public string? InterviewOfferedBy { get; set; }
    public DateTime? InterviewHeldAtUtc { get; set; }
    public string? InterviewHeldBy { get; set; }
    public string? InterviewOutcome { get; set; }

    /// <summary>The screening for child sexual or criminal exploitation after the return, and what it found.</summary>
    public ExploitationScreening? Screening { get; set; }
    public string? ScreeningOutcome { get; set; }

    public required string RecordedByUserId { get; set; }
    public required string RecordedByName { get; set; }
    public DateTime RecordedAtUtc { get; set; }

    public bool HasReturned => ReturnedAtUtc is not null;

    public bool FromHome => CarePeriodId is null;
}

public enum ExploitationScreening
{
    NoConcerns,
    SexualExploitationRisk,
    CriminalExploitationRisk,
    BothRisks,
}

/// <summary>An independent visitor or an advocate offered to the child, and what they said.</summary>
public sealed class AdvocacyOffer
{
    public Guid Id { get; set; }
    public Guid PersonId { get; set; }
    public Guid CarePeriodId { get; set; }
    public AdvocacyKind Kind { get; set; }
    public DateOnly OfferedOn { get; set; }
    public AdvocacyResponse Response { get; set; }

    /// <summary>The visitor or advocate (or the service providing them), when the child accepted.</summary>
    public string? Who { get; set; }

    public string? Note { get; set; }

    public required string RecordedByUserId { get; set; }
    public required string RecordedByName { get; set; }
    public DateTime RecordedAtUtc { get; set; }
}

public enum AdvocacyKind
{
    IndependentVisitor,
    Advocate,
}

public enum AdvocacyResponse
{
    Accepted,
    Declined,
    Considering,
}

/// <summary>The words for each answer above, once, for forms, the record, the history and the demo alike.</summary>
public static class CareHealthWording
{
    public static string Label(HealthCheckKind kind) => kind switch
    {
        HealthCheckKind.InitialHealthAssessment => "Initial health assessment",
        HealthCheckKind.ReviewHealthAssessment => "Review health assessment",
        HealthCheckKind.DentalCheck => "Dental check",
        HealthCheckKind.Immunisations => "Immunisations checked",
        HealthCheckKind.StrengthsAndDifficulties => "SDQ score",
        HealthCheckKind.Camhs => "CAMHS involvement",
        _ => kind.ToString(),
    };

    public static string Label(CamhsInvolvement camhs) => camhs switch
    {
        CamhsInvolvement.NotInvolved => "Not involved",
        CamhsInvolvement.Referred => "Referred, waiting to be seen",
        CamhsInvolvement.Receiving => "Receiving support from CAMHS",
        CamhsInvolvement.Ended => "CAMHS support has ended",
        _ => camhs.ToString(),
    };

    public static string Label(SenStatus sen) => sen switch
    {
        SenStatus.None => "No special educational needs",
        SenStatus.SenSupport => "SEN support",
        SenStatus.EhcPlan => "Education, health and care plan",
        _ => sen.ToString(),
    };

    public static string Label(ExclusionKind kind) => kind == ExclusionKind.Permanent ? "Permanent exclusion" : "Suspension";

    public static string Label(ExploitationScreening screening) => screening switch
    {
        ExploitationScreening.NoConcerns => "No exploitation concerns",
        ExploitationScreening.SexualExploitationRisk => "Risk of child sexual exploitation (CSE)",
        ExploitationScreening.CriminalExploitationRisk => "Risk of child criminal exploitation (CCE)",
        ExploitationScreening.BothRisks => "Risk of both sexual and criminal exploitation",
        _ => screening.ToString(),
    };

    public static string Label(AdvocacyKind kind) => kind == AdvocacyKind.Advocate ? "Advocate" : "Independent visitor";

    public static string Label(AdvocacyResponse response) => response switch
    {
        AdvocacyResponse.Accepted => "Accepted",
        AdvocacyResponse.Declined => "Declined",
        _ => "Thinking about it",
    };

    /// <summary>"Yes", "No", or null when not answered: how a yes/no reads in the record and its history.</summary>
    public static string? YesNo(bool? answer) => answer switch { true => "Yes", false => "No", null => null };
}
