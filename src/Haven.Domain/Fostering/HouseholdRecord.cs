using Haven.Domain.LookedAfter;

namespace Haven.Domain.Fostering;

/// <summary>
/// A household's journey to becoming, and being, the authority's foster carers or adopters: the enquiry, the initial
/// visit, the assessment (Form F for foster carers, stages one and two for adopters), the panel, the agency decision with
/// its terms, and the day it ended. The household itself is the <see cref="Carer"/> on the register (the one children
/// are placed with), so its approval there follows the decisions recorded here; this holds the steps, each recorded once
/// and never rewritten, so the household's history reads as it was at the time.
/// </summary>
public sealed class HouseholdJourney : IVersioned
{
    /// <summary>Goes up with every save; a step recorded from an older version is refused (<see cref="IVersioned"/>).</summary>
    public int Version { get; set; }

    public Guid Id { get; set; }

    /// <summary>The household on the carers register.</summary>
    public Guid CarerId { get; set; }

    public HouseholdRoute Route { get; set; }

    /// <summary>The first contact: the day the household asked about fostering or adopting (or, for connected persons, was put forward).</summary>
    public DateOnly EnquiryOn { get; set; }

    public DateOnly? InitialVisitOn { get; set; }

    /// <summary>
    /// The assessment began: for foster carers the application, from which the Form F assessment runs (8 months); for
    /// adopters stage one (2 months); for connected persons the full assessment.
    /// </summary>
    public DateOnly? AssessmentStartedOn { get; set; }
    public string? AssessingWorkerUserId { get; set; }

    /// <summary>Adopters only: stage two (the home study, 4 months) began.</summary>
    public DateOnly? StageTwoStartedOn { get; set; }

    /// <summary>Connected persons only: approved temporarily under regulation 24 for a named child, up to 16 weeks.</summary>
    public DateOnly? TemporaryApprovalOn { get; set; }
    public string? TemporaryApprovalChild { get; set; }

    /// <summary>Connected persons only: the temporary approval extended (regulation 25, once, by 1 to 8 weeks), decided on this day.</summary>
    public DateOnly? TemporaryApprovalExtendedOn { get; set; }
    public int? TemporaryApprovalExtensionWeeks { get; set; }

    /// <summary>The first day without temporary approval (<see cref="ConnectedPersonsApproval.EndsOn"/>), or null when there is none.</summary>
    public DateOnly? TemporaryApprovalEndsOn =>
        TemporaryApprovalOn is { } on ? ConnectedPersonsApproval.EndsOn(on, TemporaryApprovalExtensionWeeks ?? 0) : null;

    public DateOnly? PanelOn { get; set; }
    public bool? PanelRecommendedApproval { get; set; }

    /// <summary>The agency decision maker's decision, and whether it was to approve.</summary>
    public DateOnly? DecisionOn { get; set; }
    public bool? Approved { get; set; }

    /// <summary>The terms of approval: how many children, of what ages, for which kinds of care.</summary>
    public int? AgeFrom { get; set; }
    public int? AgeTo { get; set; }
    public FosteringCareTypes CareTypes { get; set; }

    /// <summary>The supervising social worker (foster carers) or the adopters' social worker after approval.</summary>
    public string? SupervisingWorkerUserId { get; set; }

    /// <summary>Adopters only: the child's adoption journey they were matched with (its match and placement are on the child's record).</summary>
    public Guid? MatchedAdoptionJourneyId { get; set; }
    public DateOnly? MatchedOn { get; set; }

    public DateOnly? EndedOn { get; set; }
    public HouseholdEndReason? EndReason { get; set; }
    public string? EndNote { get; set; }

    public List<HouseholdEntry> Entries { get; set; } = [];
    public List<HouseholdMember> Members { get; set; } = [];

    public bool IsApproved => Approved == true && EndedOn is null;

    public HouseholdStage Stage => this switch
    {
        { EndedOn: not null } => HouseholdStage.Ended,
        { Approved: true, MatchedOn: not null } => HouseholdStage.Matched,
        { Approved: true } => HouseholdStage.Approved,
        { PanelOn: not null } => HouseholdStage.AwaitingDecision,
        { TemporaryApprovalOn: not null } => HouseholdStage.TemporarilyApproved,
        { StageTwoStartedOn: not null } => HouseholdStage.StageTwo,
        { AssessmentStartedOn: not null } => HouseholdStage.Assessment,
        { InitialVisitOn: not null } => HouseholdStage.InitialVisit,
        _ => HouseholdStage.Enquiry,
    };
}

/// <summary>The ways a household comes to care for the authority's children. Adopters share the foster carers' journey where it is the same.</summary>
public enum HouseholdRoute
{
    Fostering,
    /// <summary>Family and friends of a particular child (connected persons), who may be approved temporarily first.</summary>
    ConnectedPersons,
    Adoption,
}

public enum HouseholdStage
{
    Enquiry,
    InitialVisit,
    /// <summary>Form F (foster carers), the full assessment (connected persons) or stage one (adopters).</summary>
    Assessment,
    StageTwo,
    TemporarilyApproved,
    AwaitingDecision,
    Approved,
    Matched,
    Ended,
}

/// <summary>The kinds of fostering a household is approved for (one or more).</summary>
[Flags]
public enum FosteringCareTypes
{
    None = 0,
    ShortTerm = 1,
    LongTerm = 2,
    Respite = 4,
    /// <summary>Approved only for a named child they are connected with.</summary>
    ConnectedPerson = 8,
}

public enum HouseholdEndReason
{
    /// <summary>The household withdrew before a decision.</summary>
    Withdrew,
    /// <summary>The agency decision maker decided not to approve.</summary>
    NotApproved,
    Resigned,
    Deregistered,
    /// <summary>Adopters whose child was adopted and who are not seeking another.</summary>
    AdoptionComplete,
}

/// <summary>Something recorded about a household over time: a review, a visit, training, a concern, support.</summary>
public sealed class HouseholdEntry
{
    public Guid Id { get; set; }
    public Guid JourneyId { get; set; }
    public HouseholdEntryKind Kind { get; set; }
    public DateOnly On { get; set; }

    /// <summary>What was reviewed, seen, learned or alleged, in a few words (a course's name, a concern's summary).</summary>
    public required string Summary { get; set; }

    /// <summary>An annual review that went back to the fostering panel (the first after approval always does).</summary>
    public DateOnly? PanelOn { get; set; }

    /// <summary>What came of it (a review's recommendation, a concern's outcome) and when.</summary>
    public string? Outcome { get; set; }
    public DateOnly? OutcomeOn { get; set; }

    public required string RecordedByUserId { get; set; }
    public required string RecordedByName { get; set; }
    public DateTime RecordedAtUtc { get; set; }
}

public enum HouseholdEntryKind
{
    AnnualReview,
    SupervisoryVisit,
    UnannouncedVisit,
    /// <summary>The training, support and development standards workbook, due within 12 months of approval (18 for connected persons).</summary>
    TrainingStandards,
    Training,
    Allegation,
    StandardsOfCareConcern,
    PostAdoptionSupport,
}

/// <summary>Someone who lives in the household: the applicants, their children, other adults (each needs checks).</summary>
public sealed class HouseholdMember
{
    public Guid Id { get; set; }
    public Guid JourneyId { get; set; }
    public required string Name { get; set; }
    public HouseholdMemberRole Role { get; set; }
    public DateOnly? BornOn { get; set; }
    public DateOnly? LeftOn { get; set; }
}

public enum HouseholdMemberRole
{
    Applicant,
    ChildOfTheFamily,
    OtherAdult,
}

/// <summary>The words for the household code sets, once (pages, CSV, demo, history).</summary>
public static class HouseholdText
{
    public static string Route(HouseholdRoute route) => route switch
    {
        HouseholdRoute.Fostering => "Foster carers",
        HouseholdRoute.ConnectedPersons => "Connected persons",
        _ => "Adopters",
    };

    public static CarerKind CarerKindFor(HouseholdRoute route) => route switch
    {
        HouseholdRoute.Fostering => CarerKind.FosteringHousehold,
        HouseholdRoute.ConnectedPersons => CarerKind.ConnectedPersons,
        _ => CarerKind.Adopters,
    };

    public static string Stage(HouseholdStage stage, HouseholdRoute route) => stage switch
    {
        HouseholdStage.Enquiry => "Enquiry",
        HouseholdStage.InitialVisit => "Initial visit done",
        HouseholdStage.Assessment => route switch
        {
            HouseholdRoute.Adoption => "Stage one",
            HouseholdRoute.ConnectedPersons => "Full assessment",
            _ => "Assessment (Form F)",
        },
        HouseholdStage.StageTwo => "Stage two",
        HouseholdStage.TemporarilyApproved => "Temporarily approved (regulation 24)",
        HouseholdStage.AwaitingDecision => "Panel held, awaiting decision",
        HouseholdStage.Approved => "Approved",
        HouseholdStage.Matched => "Matched with a child",
        _ => "Ended",
    };

    public static string CareTypes(FosteringCareTypes types) =>
        types == FosteringCareTypes.None ? "None recorded"
        : string.Join(", ", Enum.GetValues<FosteringCareTypes>().Where(t => t != FosteringCareTypes.None && types.HasFlag(t)).Select(CareType));

    public static string CareType(FosteringCareTypes type) => type switch
    {
        FosteringCareTypes.ShortTerm => "short-term",
        FosteringCareTypes.LongTerm => "long-term",
        FosteringCareTypes.Respite => "respite",
        FosteringCareTypes.ConnectedPerson => "connected person",
        _ => "none",
    };

    public static string EndReason(HouseholdEndReason reason) => reason switch
    {
        HouseholdEndReason.Withdrew => "Withdrew",
        HouseholdEndReason.NotApproved => "Not approved",
        HouseholdEndReason.Resigned => "Resigned",
        HouseholdEndReason.Deregistered => "Deregistered",
        _ => "Adoption complete",
    };

    public static string Entry(HouseholdEntryKind kind) => kind switch
    {
        HouseholdEntryKind.AnnualReview => "Annual review",
        HouseholdEntryKind.SupervisoryVisit => "Supervising social worker visit",
        HouseholdEntryKind.UnannouncedVisit => "Unannounced visit",
        HouseholdEntryKind.TrainingStandards => "Training, support and development standards completed",
        HouseholdEntryKind.Training => "Training",
        HouseholdEntryKind.Allegation => "Allegation",
        HouseholdEntryKind.StandardsOfCareConcern => "Standards of care concern",
        _ => "Post-adoption support",
    };

    public static string MemberRole(HouseholdMemberRole role) => role switch
    {
        HouseholdMemberRole.Applicant => "Applicant",
        HouseholdMemberRole.ChildOfTheFamily => "Child of the family",
        _ => "Other adult in the household",
    };

    public static string Slug(HouseholdEntryKind kind) => kind switch
    {
        HouseholdEntryKind.AnnualReview => "annual-review",
        HouseholdEntryKind.SupervisoryVisit => "supervisory-visit",
        HouseholdEntryKind.UnannouncedVisit => "unannounced-visit",
        HouseholdEntryKind.TrainingStandards => "training-standards",
        HouseholdEntryKind.Training => "training",
        HouseholdEntryKind.Allegation => "allegation",
        HouseholdEntryKind.StandardsOfCareConcern => "standards-of-care",
        _ => "post-adoption-support",
    };

    public static HouseholdEntryKind? EntryFromSlug(string? slug) =>
        Enum.GetValues<HouseholdEntryKind>().Cast<HouseholdEntryKind?>().FirstOrDefault(k => Slug(k!.Value) == slug);
}
