namespace Haven.Domain.LookedAfter;

/// <summary>
/// A period of care as recorded: the day the child came into care, how and on whose decision, and (later) the day and
/// reason they left. Legal statuses and placements hang off it as they happen; the SSDA903 episodes are worked out from
/// them (<see cref="ToPeriodOfCare"/> then <see cref="CareEpisodes.From"/>), so nobody types an episode row.
/// </summary>
public sealed class CarePeriod : IVersioned
{
    /// <summary>Goes up with every save; an edit made from an older version is refused (<see cref="IVersioned"/>).</summary>
    public int Version { get; set; }

    public Guid Id { get; set; }
    public Guid PersonId { get; set; }

    /// <summary>
    /// The social care episode the period belongs to. A looked-after child is a child in need, so the episode stays open
    /// while they are in care (the CIN census counts them); a direct entry (police protection, an emergency) opens one.
    /// </summary>
    public Guid ReferralId { get; set; }

    /// <summary>The day the child started to be looked after (SSDA903 DECOM of the first episode).</summary>
    public DateOnly StartDate { get; set; }

    public CareEntryRoute EntryRoute { get; set; }

    /// <summary>Who decided the child should come into care (usually a head of service), when, and why.</summary>
    public required string DecisionBy { get; set; }
    public DateOnly DecisionOn { get; set; }
    public required string DecisionRationale { get; set; }

    /// <summary>SSDA903 CIN: the main category of need (N1–N8), from <see cref="LookedAfterCodes.CategoriesOfNeed"/>.</summary>
    public required string CategoryOfNeed { get; set; }

    /// <summary>The child's home postcode when they came into care (SSDA903 HOME_POST), for the distance to each placement.</summary>
    public string? HomePostcode { get; set; }

    /// <summary>Unaccompanied asylum-seeking child, and the day that status ended (SSDA903 UASC and DUC).</summary>
    public bool Unaccompanied { get; set; }
    public DateOnly? UnaccompaniedEndedOn { get; set; }

    /// <summary>
    /// Whether the child had been adopted, or left an earlier care under a special guardianship or child arrangements
    /// order, before this period began (SSDA903 PREV_PERM, from <see cref="LookedAfterCodes.PreviousPermanence"/>), and
    /// the date of that order when known (DATE_PERM). Asked at entry: only the family knows it, and the DfE asks it of
    /// every child who started to be looked after since 1 April 2016.
    /// </summary>
    public string? PreviousPermanence { get; set; }
    public DateOnly? PreviousPermanenceOn { get; set; }

    /// <summary>The care plan must be in place before the first placement or within 10 working days of it (statutory guidance); the date chosen at entry.</summary>
    public DateOnly CarePlanDueOn { get; set; }

    /// <summary>The independent reviewing officer allocated to the child for this period.</summary>
    public string? IroUserId { get; set; }
    public string? IroName { get; set; }

    /// <summary>The day the child stopped being looked after and the SSDA903 reason (REC), from <see cref="LookedAfterCodes.ReasonsCeased"/>.</summary>
    public DateOnly? EndDate { get; set; }
    public string? ReasonCeased { get; set; }
    public string? EndNote { get; set; }

    public required string RecordedByUserId { get; set; }
    public required string RecordedByName { get; set; }
    public DateTime RecordedAtUtc { get; set; }

    public List<CareLegalStatus> LegalStatuses { get; set; } = [];
    public List<Placement> Placements { get; set; } = [];

    public bool IsOpen => EndDate is null;

    /// <summary>The period as the care rules and the return read it.</summary>
    public PeriodOfCare ToPeriodOfCare() => new(
        StartDate,
        CategoryOfNeed,
        [.. LegalStatuses.OrderBy(s => s.From).Select(s => new LegalStatusFrom(s.From, s.Code))],
        [.. Placements.OrderBy(p => p.StartDate).Select(p => p.ToCarePlacement())],
        EndDate,
        ReasonCeased);
}

/// <summary>How a child came into care: the route decides who must have agreed and which legal status can apply.</summary>
public enum CareEntryRoute
{
    /// <summary>From a child protection plan (the child's plan could not keep them safe at home).</summary>
    FromChildProtectionPlan,
    FromChildInNeedPlan,
    FromAssessment,
    /// <summary>Police protection (Children Act 1989 s46), up to 72 hours, usually followed by an order or s20.</summary>
    PoliceProtection,
    EmergencyProtectionOrder,
    /// <summary>Accommodated in an emergency by agreement under section 20.</summary>
    EmergencyAccommodation,
    /// <summary>Accommodated by agreement under section 20, planned.</summary>
    Accommodation,
    CourtOrder,
    /// <summary>Remanded to local authority accommodation or youth detention.</summary>
    Remand,
    ShortBreaks,
}

/// <summary>A legal status (SSDA903 LS) from a date until the next one or the end of the period of care.</summary>
public sealed class CareLegalStatus
{
    public Guid Id { get; set; }
    public Guid CarePeriodId { get; set; }
    public DateOnly From { get; set; }

    /// <summary>From <see cref="LookedAfterCodes.LegalStatuses"/> (C1, C2, D1, E1, J1–J3, L1–L3, V2–V4).</summary>
    public required string Code { get; set; }

    public string? Note { get; set; }
    public required string RecordedByUserId { get; set; }
    public required string RecordedByName { get; set; }
    public DateTime RecordedAtUtc { get; set; }
}

/// <summary>
/// Where a looked-after child lived, with whom, and why it ended. A move ends one placement and starts the next on the
/// same day; whether the move was planned and the SSDA903 reason for the change are recorded on the placement that ends.
/// </summary>
public sealed class Placement : IVersioned
{
    /// <summary>Goes up with every save; an edit made from an older version is refused (<see cref="IVersioned"/>).</summary>
    public int Version { get; set; }

    public Guid Id { get; set; }
    public Guid CarePeriodId { get; set; }

    /// <summary>Kept on the placement too, so lists of placements (stability, providers) are filtered by child without a join.</summary>
    public Guid PersonId { get; set; }

    public DateOnly StartDate { get; set; }
    public DateOnly? EndDate { get; set; }

    /// <summary>SSDA903 PLACE, from <see cref="LookedAfterCodes.PlacementTypes"/>.</summary>
    public required string PlacementType { get; set; }

    /// <summary>SSDA903 PLACE_PROVIDER (PR0–PR5), from <see cref="LookedAfterCodes.PlacementProviders"/>; none for temporary placements.</summary>
    public string? ProviderCode { get; set; }

    /// <summary>The carers or provider from the register; none when the child is placed with a parent or in a setting not on the register.</summary>
    public Guid? CarerId { get; set; }

    /// <summary>Who the child lives with, as shown on the record (the carer's name, or e.g. "Mother" when placed with parents).</summary>
    public required string CarerName { get; set; }

    /// <summary>SSDA903 PL_POST and URN, copied from the carer at the time so a later change of address does not rewrite history.</summary>
    public string? Postcode { get; set; }
    public string? Urn { get; set; }

    /// <summary>The day the placement plan was agreed with the carers (due before the placement, or within 5 working days in an emergency).</summary>
    public DateOnly? PlacementPlanAgreedOn { get; set; }

    /// <summary>Why these carers were chosen for this child: the matching decision.</summary>
    public string? MatchingNote { get; set; }

    /// <summary>When the placement ends: SSDA903 REASON_PLACE_CHANGE (from <see cref="LookedAfterCodes.ReasonsForPlacementChange"/>), whether the move was planned, and what happened.</summary>
    public string? ReasonForChange { get; set; }
    public bool? MovePlanned { get; set; }
    public string? EndNote { get; set; }

    public required string RecordedByUserId { get; set; }
    public required string RecordedByName { get; set; }
    public DateTime RecordedAtUtc { get; set; }

    public bool IsOpen => EndDate is null;

    /// <summary>The carer identity the episode rules use to tell a move to new carers (RNE P) from a move with the same carers (RNE T).</summary>
    public CarePlacement ToCarePlacement() => new(StartDate, EndDate, PlacementType, ProviderCode,
        CarerId?.ToString() ?? $"unregistered:{CarerName}", Postcode, Urn, ReasonForChange);
}

/// <summary>
/// The register of carers and providers a child can be placed with: the LA's fostering households (including connected
/// persons), children's homes (with their Ofsted URN), independent and out-of-area providers, supported accommodation.
/// </summary>
public sealed class Carer : IVersioned
{
    /// <summary>Goes up with every save; an edit made from an older version is refused (<see cref="IVersioned"/>).</summary>
    public int Version { get; set; }

    public Guid Id { get; set; }
    public required string Name { get; set; }
    public CarerKind Kind { get; set; }

    /// <summary>The SSDA903 provider code placements with this carer usually get (PR1 own LA, PR4 private…).</summary>
    public required string ProviderCode { get; set; }

    /// <summary>Ofsted unique reference number, for registered settings (children's homes, supported accommodation, agencies).</summary>
    public string? Urn { get; set; }

    public string? Postcode { get; set; }

    /// <summary>The local authority area the carer lives in, when it is not ours (out-of-area placements must be notified).</summary>
    public string? OutOfAreaAuthority { get; set; }

    public CarerApproval Approval { get; set; }
    public DateOnly? ApprovedOn { get; set; }

    /// <summary>How many children the carer is approved for (fostering) or registered for (homes).</summary>
    public int? Places { get; set; }

    public string? Notes { get; set; }
}

public enum CarerKind
{
    FosteringHousehold,
    /// <summary>Family and friends approved as foster carers for a particular child (connected persons, reg 24 in the first 16 weeks).</summary>
    ConnectedPersons,
    IndependentFosteringAgency,
    ChildrensHome,
    SecureChildrensHome,
    SupportedAccommodation,
    ResidentialSchool,
    Adopters,
    Other,
}

public enum CarerApproval
{
    Approved,
    /// <summary>Connected persons approved temporarily (regulation 24) while their full assessment is done.</summary>
    TemporarilyApproved,
    BeingAssessed,
    Suspended,
    Deregistered,
}
