using Haven.Domain.CareLeavers;
using Haven.Domain.LookedAfter;
using Haven.Domain.Permanence;

namespace Haven.Domain.Performance;

// What the indicators read from the case record, as plain rows: one list per source table, loaded set-based by the
// web project (Features/Performance/ScorecardRecords) or built by hand in tests. No EF here.

/// <summary>A contact received at the front door, on the UK date it came in.</summary>
public sealed record ContactFact(Guid PersonId, DateOnly ReceivedOn);

/// <summary>A referral to children's social care: the start of an episode of need, closed on <see cref="ClosedOn"/>.</summary>
public sealed record ReferralFact(Guid Id, Guid PersonId, DateOnly ReferredOn, DateOnly? ClosedOn);

/// <summary>An assessment in a referral's episode; <see cref="AuthorisedOn"/> is the CIN census completion date.</summary>
public sealed record AssessmentFact(Guid Id, Guid PersonId, Guid ReferralId, DateOnly StartedOn, DateOnly? AuthorisedOn);

/// <summary>A section 47 enquiry and the day it started.</summary>
public sealed record EnquiryFact(Guid Id, Guid PersonId, DateOnly StartedOn);

/// <summary>An initial child protection conference that was held, and the enquiry that led to it (if recorded).</summary>
public sealed record InitialConferenceFact(Guid Id, Guid PersonId, DateOnly HeldOn, Guid? Section47Id);

/// <summary>
/// A child protection plan. <see cref="PreviousPlansElsewhere"/> is the CIN census NumberOfPreviousCPP: plans before
/// this one anywhere in England, which covers plans held in a previous system or another authority.
/// </summary>
public sealed record ProtectionPlanFact(Guid Id, Guid PersonId, DateOnly StartedOn, DateOnly? EndedOn, string InitialCategory, int PreviousPlansElsewhere);

/// <summary>A period of care with its legal statuses and placements, and the child's date of birth (for the under-16 measure).</summary>
public sealed record CareFact(Guid PersonId, DateOnly? BornOn, PeriodOfCare Period);

// Looked after, permanence and care leavers (K31-K57, K27, K28, K43).

/// <summary>A looked-after review that was held, and how the child took part (SSDA903 REVIEW_CODE, PN0-PN7).</summary>
public sealed record CareReviewFact(Guid PersonId, DateOnly HeldOn, string Participation);

/// <summary>A statutory visit to a looked-after child at which the child was seen (the only visits the clock counts).</summary>
public sealed record CareVisitFact(Guid PersonId, DateOnly VisitedOn);

/// <summary>A health check of a child in care; <see cref="UpToDate"/> is the immunisations answer.</summary>
public sealed record HealthCheckFact(Guid PersonId, HealthCheckKind Kind, DateOnly DoneOn, bool? UpToDate);

/// <summary>A personal education plan meeting.</summary>
public sealed record EducationPlanFact(Guid PersonId, DateOnly HeldOn);

/// <summary>A missing (or away from placement) episode, from home or from care, with its return and return interview, as UTC instants.</summary>
public sealed record MissingFact(Guid PersonId, bool FromHome, string MissingOrAway, DateTime StartedAtUtc, DateTime? ReturnedAtUtc,
    DateTime? InterviewOfferedAtUtc, DateTime? InterviewHeldAtUtc);

/// <summary>Care proceedings that concluded, with the day the application was issued.</summary>
public sealed record ProceedingsFact(Guid PersonId, DateOnly IssuedOn, DateOnly ConcludedOn);

/// <summary>
/// A young person who is, was or may become a care leaver: their date of birth, their whole care history (the leaving
/// care category counts days in care since 14), and the choices on their leaving care record.
/// </summary>
public sealed record CareLeaverFact(Guid PersonId, DateOnly BornOn, IReadOnlyList<PeriodOfCare> Periods, bool SupportTo25, bool DetainedOrInHospitalAt16);

/// <summary>A social worker allocated to a child, from a day until a day (open while null).</summary>
public sealed record AllocationFact(Guid PersonId, string WorkerUserId, DateOnly StartDate, DateOnly? EndDate);

/// <summary>
/// The straight-line distance in miles from the child's home postcode when they came into care to a placement's
/// postcode, for each placement whose two postcodes have centroids loaded (placements without one are not known).
/// </summary>
public sealed record PlacementDistanceFact(Guid PersonId, DateOnly PlacementStart, double Miles);

/// <summary>Everything the scorecard is computed from, for every child the authority has recorded.</summary>
public sealed class ScorecardRecord
{
    public IReadOnlyList<ContactFact> Contacts { get; init; } = [];
    public IReadOnlyList<ReferralFact> Referrals { get; init; } = [];
    public IReadOnlyList<AssessmentFact> Assessments { get; init; } = [];
    public IReadOnlyList<EnquiryFact> Enquiries { get; init; } = [];
    public IReadOnlyList<InitialConferenceFact> InitialConferences { get; init; } = [];
    public IReadOnlyList<ProtectionPlanFact> ProtectionPlans { get; init; } = [];
    public IReadOnlyList<CareFact> CarePeriods { get; init; } = [];
    public IReadOnlyList<CareReviewFact> CareReviews { get; init; } = [];
    public IReadOnlyList<CareVisitFact> CareVisits { get; init; } = [];
    public IReadOnlyList<HealthCheckFact> HealthChecks { get; init; } = [];
    public IReadOnlyList<EducationPlanFact> EducationPlans { get; init; } = [];
    public IReadOnlyList<MissingFact> MissingEpisodes { get; init; } = [];
    public IReadOnlyList<AdoptionTimeline> Adoptions { get; init; } = [];
    public IReadOnlyList<ProceedingsFact> Proceedings { get; init; } = [];
    public IReadOnlyList<CareLeaverFact> CareLeavers { get; init; } = [];
    public IReadOnlyList<CareLeaverContact> CareLeaverContacts { get; init; } = [];
    public IReadOnlyList<PathwayPlanRecord> PathwayPlans { get; init; } = [];
    public IReadOnlyList<AllocationFact> Allocations { get; init; } = [];
    public IReadOnlyList<PlacementDistanceFact> PlacementDistances { get; init; } = [];

    private Dictionary<Guid, ReferralFact>? _referralsById;
    private Dictionary<Guid, DateOnly[]>? _referralDatesByChild;
    private Dictionary<Guid, EnquiryFact>? _enquiriesById;
    private HashSet<Guid>? _referralsAssessed;
    private Dictionary<Guid, DateOnly[]>? _planStartsByChild;
    private Dictionary<Guid, CareFact[]>? _careByChild;

    internal ReferralFact? Referral(Guid id) =>
        (_referralsById ??= Referrals.ToDictionary(r => r.Id)).GetValueOrDefault(id);

    /// <summary>Each child's referral dates, earliest first.</summary>
    internal DateOnly[] ReferralDatesOf(Guid personId) =>
        (_referralDatesByChild ??= Referrals.GroupBy(r => r.PersonId).ToDictionary(g => g.Key, g => g.Select(r => r.ReferredOn).Order().ToArray()))
            .GetValueOrDefault(personId) ?? [];

    internal EnquiryFact? Enquiry(Guid id) =>
        (_enquiriesById ??= Enquiries.ToDictionary(e => e.Id)).GetValueOrDefault(id);

    internal bool WasAssessed(Guid referralId) =>
        (_referralsAssessed ??= [.. Assessments.Select(a => a.ReferralId)]).Contains(referralId);

    internal DateOnly[] PlanStartsOf(Guid personId) =>
        (_planStartsByChild ??= ProtectionPlans.GroupBy(p => p.PersonId).ToDictionary(g => g.Key, g => g.Select(p => p.StartedOn).Order().ToArray()))
            .GetValueOrDefault(personId) ?? [];

    internal IReadOnlyDictionary<Guid, CareFact[]> CareByChild =>
        _careByChild ??= CarePeriods.GroupBy(c => c.PersonId).ToDictionary(g => g.Key, g => g.OrderBy(c => c.Period.Start).ToArray());

    private ILookup<Guid, CareReviewFact>? _reviewsByChild;
    private ILookup<Guid, DateOnly>? _visitsByChild;
    private ILookup<Guid, HealthCheckFact>? _healthChecksByChild;
    private ILookup<Guid, DateOnly>? _educationPlansByChild;
    private ILookup<Guid, MissingFact>? _missingByChild;
    private ILookup<Guid, CareLeaverContact>? _contactsByChild;
    private ILookup<Guid, PathwayPlanRecord>? _plansByChild;
    private ILookup<Guid, AllocationFact>? _allocationsByChild;

    internal IEnumerable<CareReviewFact> ReviewsOf(Guid personId) => (_reviewsByChild ??= CareReviews.ToLookup(r => r.PersonId))[personId];

    internal IEnumerable<DateOnly> VisitsOf(Guid personId) => (_visitsByChild ??= CareVisits.ToLookup(v => v.PersonId, v => v.VisitedOn))[personId];

    internal IEnumerable<HealthCheckFact> HealthChecksOf(Guid personId) => (_healthChecksByChild ??= HealthChecks.ToLookup(h => h.PersonId))[personId];

    internal IEnumerable<DateOnly> EducationPlansOf(Guid personId) => (_educationPlansByChild ??= EducationPlans.ToLookup(e => e.PersonId, e => e.HeldOn))[personId];

    internal IEnumerable<MissingFact> MissingOf(Guid personId) => (_missingByChild ??= MissingEpisodes.ToLookup(m => m.PersonId))[personId];

    internal IReadOnlyList<CareLeaverContact> ContactsOf(Guid personId) => [.. (_contactsByChild ??= CareLeaverContacts.ToLookup(c => c.PersonId))[personId]];

    internal IEnumerable<PathwayPlanRecord> PathwayPlansOf(Guid personId) => (_plansByChild ??= PathwayPlans.ToLookup(p => p.PersonId))[personId];

    internal IEnumerable<AllocationFact> AllocationsOf(Guid personId) => (_allocationsByChild ??= Allocations.ToLookup(a => a.PersonId))[personId];
}
