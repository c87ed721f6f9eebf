using Haven.Domain.LookedAfter;

namespace Haven.Domain.CareLeavers;

/// <summary>
/// A young person's leaving care record: who their personal adviser is, and the choices that change what they are
/// owed (support to 25, detention or hospital on their 16th birthday). One per young person, made when the first of
/// these is recorded; the category itself is never stored, it is worked out from the care history
/// (<see cref="CareLeaverEligibility"/>) so it cannot disagree with the periods of care.
/// </summary>
public sealed class CareLeaver : IVersioned
{
    /// <summary>Goes up with every save; an edit made from an older version is refused (<see cref="IVersioned"/>).</summary>
    public int Version { get; set; }

    public Guid Id { get; set; }
    public Guid PersonId { get; set; }

    /// <summary>The personal adviser (Children Act 1989 s23D), a member of the workforce, and since when.</summary>
    public string? PersonalAdviserUserId { get; set; }
    public string? PersonalAdviserName { get; set; }
    public DateOnly? PersonalAdviserFrom { get; set; }

    /// <summary>
    /// The young person asked for a personal adviser's support after 21, up to 25 (s23CZB, inserted by the Children
    /// and Social Work Act 2017): their birthday contacts then run to 25.
    /// </summary>
    public bool SupportTo25 { get; set; }

    /// <summary>
    /// Detained or in hospital on their 16th birthday after 13 weeks in care since 14: a relevant child though not
    /// looked after at 16 (Care Leavers (England) Regulations 2010, reg 3).
    /// </summary>
    public bool DetainedOrInHospitalAt16 { get; set; }

    /// <summary>The day the young person was given the authority's local offer for care leavers (Children and Social Work Act 2017 s2).</summary>
    public DateOnly? LocalOfferGivenOn { get; set; }

    public required string RecordedByUserId { get; set; }
    public required string RecordedByName { get; set; }
    public DateTime RecordedAtUtc { get; set; }
}

/// <summary>The needs assessment, the pathway plan built from it, and each review of the plan.</summary>
public enum PathwayStep
{
    NeedsAssessment,
    PathwayPlan,
    Review,
}

/// <summary>A needs assessment, pathway plan or review, completed on a day, with whether the young person took part.</summary>
public sealed class PathwayPlanRecord
{
    public Guid Id { get; set; }
    public Guid PersonId { get; set; }
    public PathwayStep Step { get; set; }
    public DateOnly CompletedOn { get; set; }

    /// <summary>Inspectors look for the young person's own part in their plan, so it is asked every time.</summary>
    public bool YoungPersonTookPart { get; set; }

    public string? Summary { get; set; }

    public required string RecordedByUserId { get; set; }
    public required string RecordedByName { get; set; }
    public DateTime RecordedAtUtc { get; set; }
}

/// <summary>
/// A contact with (or attempt to reach) a care leaver: whether the authority is in touch, where they live and whether
/// it is suitable, and what they are doing, held in the SSDA903 OC3 codes so the return reads them straight across.
/// </summary>
public sealed class CareLeaverContact
{
    public Guid Id { get; set; }
    public Guid PersonId { get; set; }
    public DateOnly ContactOn { get; set; }

    /// <summary>OC3 IN_TOUCH, from <see cref="LookedAfterCodes.CareLeaverInTouch"/>.</summary>
    public required string InTouch { get; set; }

    /// <summary>OC3 ACCOM's letter, from <see cref="LookedAfterCodes.CareLeaverAccommodation"/>; the return adds the suitability digit.</summary>
    public string? Accommodation { get; set; }
    public bool? AccommodationSuitable { get; set; }

    /// <summary>OC3 ACTIV, from <see cref="LookedAfterCodes.CareLeaverActivity"/>.</summary>
    public string? Activity { get; set; }

    /// <summary>Living with their former foster carers under a staying put arrangement (Children Act 1989 s23CZA).</summary>
    public bool StayingPut { get; set; }

    public string? Note { get; set; }

    public required string RecordedByUserId { get; set; }
    public required string RecordedByName { get; set; }
    public DateTime RecordedAtUtc { get; set; }

    /// <summary>The OC3 ACCOM value, e.g. "U1".</summary>
    public string? Oc3Accommodation => LookedAfterCodes.Oc3Accommodation(Accommodation, AccommodationSuitable);
}
