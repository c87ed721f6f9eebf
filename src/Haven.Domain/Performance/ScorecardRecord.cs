using Haven.Domain.CareLeavers;
using Haven.Domain.CaseRecording;
using Haven.Domain.Casework;
using Haven.Domain.ChildProtection;
using Haven.Domain.LookedAfter;
using Haven.Domain.Permanence;

namespace Haven.Domain.Performance;

// What the indicators read from the case record, as plain rows: one list per source table, loaded set-based by the
// web project (Features/Performance/ScorecardRecords) or built by hand in tests. No EF here.

/// <summary>A contact received at the front door, on the UK date it came in.</summary>
public sealed record ContactFact(Guid PersonId, DateOnly ReceivedOn);

/// <summary>A referral to children's social care: the start of an episode of need, closed on <see cref="ClosedOn"/>.</summary>
public sealed record ReferralFact(Guid Id, Guid PersonId, DateOnly ReferredOn, DateOnly? ClosedOn, bool NoFurtherAction = false);

/// <summary>An assessment in a referral's episode; <see cref="AuthorisedOn"/> is the CIN census completion date.</summary>
public sealed record AssessmentFact(Guid Id, Guid PersonId, Guid ReferralId, DateOnly StartedOn, DateOnly? AuthorisedOn);

/// <summary>A section 47 enquiry and the day it started.</summary>
public sealed record EnquiryFact(Guid Id, Guid PersonId, DateOnly StartedOn, DateOnly? CompletedOn = null, Section47Outcome? Outcome = null);

/// <summary>An initial child protection conference that was held, and the enquiry that led to it (if recorded).</summary>
public sealed record InitialConferenceFact(Guid Id, Guid PersonId, DateOnly HeldOn, Guid? Section47Id);

/// <summary>
/// A child protection plan. <see cref="PreviousPlansElsewhere"/> is the CIN census NumberOfPreviousCPP: plans before
/// this one anywhere in England, which covers plans held in a previous system or another authority.
/// <see cref="BornOn"/> is the child's date of birth (null while unborn); <see cref="VisitFrequencyWorkingDays"/> the
/// plan's own visiting interval, which its visit clock runs on.
/// </summary>
public sealed record ProtectionPlanFact(Guid Id, Guid PersonId, DateOnly StartedOn, DateOnly? EndedOn, string InitialCategory, int PreviousPlansElsewhere,
    DateOnly? BornOn = null, int VisitFrequencyWorkingDays = 10);

/// <summary>
/// A contact with its decision: the UK day it came in and the UK time it was decided, and for the 48-hour feedback
/// clock whether the referrer could be told (a feedback record that is neither "not possible" nor "not required") and
/// the UK time they were.
/// </summary>
public sealed record ContactDecisionFact(Guid PersonId, DateOnly ReceivedOn, DateTime DecidedAt, bool FeedbackExpected, DateTime? FeedbackSentAt);

/// <summary>A review child protection conference held for a plan.</summary>
public sealed record ReviewConferenceFact(Guid PlanId, Guid PersonId, DateOnly HeldOn);

/// <summary>A core group meeting held for a child protection plan.</summary>
public sealed record CoreGroupFact(Guid PlanId, DateOnly HeldOn);

/// <summary>
/// A visit recorded as a case note (home or office): whether it went ahead, and whether the child was seen and seen
/// alone. <see cref="Purpose"/> is the plan it was for (null on visits recorded before purposes were asked).
/// </summary>
public sealed record VisitFact(Guid PersonId, DateOnly VisitedOn, CaseNoteType Type, VisitPurpose? Purpose, bool? ChildSeen, bool? SeenAlone, bool Failed)
{
    /// <summary>The visit the child protection visit clock counts: a home visit that went ahead with the child seen (<see cref="CaseNote.IsVisitWhereChildSeen"/>).</summary>
    public bool CountsForProtectionVisits => Type == CaseNoteType.HomeVisit && ChildSeen == true && !Failed && Purpose is null or VisitPurpose.ChildProtection;
}

/// <summary>A child's allocation to a worker, from its first day to its last (open while null).</summary>
public sealed record AllocationFact(Guid PersonId, string WorkerUserId, DateOnly StartedOn, DateOnly? EndedOn)
{
    public bool IsCurrentOn(DateOnly day) => StartedOn <= day && (EndedOn is not { } ended || ended >= day);
}

/// <summary>A child in need plan, its review interval and the days its reviews were held.</summary>
public sealed record ChildInNeedPlanFact(Guid Id, Guid PersonId, DateOnly StartedOn, DateOnly? EndedOn, int ReviewIntervalWeeks, IReadOnlyList<DateOnly> ReviewsHeld);

/// <summary>A private fostering arrangement: notified, begun, assessed, ended, and the days the child was visited.</summary>
public sealed record PrivateFosteringFact(Guid PersonId, DateOnly NotifiedOn, DateOnly StartedOn, DateOnly? AssessedOn, DateOnly? EndedOn, IReadOnlyList<DateOnly> Visits);

/// <summary>A manager's oversight or case supervision recorded on a child's case.</summary>
public sealed record OversightFact(Guid PersonId, DateOnly RecordedOn);

/// <summary>An early help assessment completed for a child.</summary>
public sealed record EarlyHelpAssessmentFact(Guid PersonId, DateOnly CompletedOn);

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
    public IReadOnlyList<ContactDecisionFact> ContactDecisions { get; init; } = [];
    public IReadOnlyList<ReviewConferenceFact> ReviewConferences { get; init; } = [];
    public IReadOnlyList<CoreGroupFact> CoreGroups { get; init; } = [];
    public IReadOnlyList<VisitFact> Visits { get; init; } = [];
    public IReadOnlyList<AllocationFact> Allocations { get; init; } = [];
    public IReadOnlyList<ChildInNeedPlanFact> ChildInNeedPlans { get; init; } = [];
    public IReadOnlyList<PrivateFosteringFact> PrivateFostering { get; init; } = [];
    public IReadOnlyList<OversightFact> Oversight { get; init; } = [];
    public IReadOnlyList<EarlyHelpAssessmentFact> EarlyHelpAssessments { get; init; } = [];

    /// <summary>The authority's own timescales (core groups, oversight), as the clocks use them.</summary>
    public LocalTimescales Local { get; init; } = LocalTimescales.Default;

    /// <summary>
    /// The day the record was read. A due date on or after it has not been missed yet, so a quarter still running
    /// does not count tomorrow's visit as late; null (a test's record) counts every due date that passed unmet.
    /// </summary>
    public DateOnly? ReadOn { get; init; }

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
    public IReadOnlyList<PlacementDistanceFact> PlacementDistances { get; init; } = [];

    private ILookup<Guid, DateOnly>? _reviewsByPlan;
    private ILookup<Guid, DateOnly>? _coreGroupsByPlan;
    private ILookup<Guid, DateOnly>? _protectionVisitsByChild;
    private ILookup<Guid, AllocationFact>? _allocationsByChild;

    /// <summary>The days a plan's review conferences were held, earliest first.</summary>
    internal IEnumerable<DateOnly> ReviewsOf(Guid planId) =>
        (_reviewsByPlan ??= ReviewConferences.OrderBy(c => c.HeldOn).ToLookup(c => c.PlanId, c => c.HeldOn))[planId];

    internal IEnumerable<DateOnly> CoreGroupsOf(Guid planId) =>
        (_coreGroupsByPlan ??= CoreGroups.OrderBy(c => c.HeldOn).ToLookup(c => c.PlanId, c => c.HeldOn))[planId];

    /// <summary>The days a child was seen on a visit the child protection visit clock counts, earliest first.</summary>
    internal IEnumerable<DateOnly> ProtectionVisitsOf(Guid personId) =>
        (_protectionVisitsByChild ??= Visits.Where(v => v.CountsForProtectionVisits).OrderBy(v => v.VisitedOn).ToLookup(v => v.PersonId, v => v.VisitedOn))[personId];

    internal IEnumerable<AllocationFact> AllocationsOf(Guid personId) =>
        (_allocationsByChild ??= Allocations.OrderBy(a => a.StartedOn).ToLookup(a => a.PersonId))[personId];

    private ILookup<Guid, DateOnly?>? _authorisedByReferral;

    /// <summary>Whether an assessment in the referral's episode had been authorised by the day.</summary>
    internal bool AssessmentAuthorisedBy(Guid referralId, DateOnly day) =>
        (_authorisedByReferral ??= Assessments.ToLookup(a => a.ReferralId, a => a.AuthorisedOn))[referralId].Any(d => d <= day);

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

    internal IEnumerable<CareReviewFact> CareReviewsOf(Guid personId) => (_reviewsByChild ??= CareReviews.ToLookup(r => r.PersonId))[personId];

    internal IEnumerable<DateOnly> VisitsOf(Guid personId) => (_visitsByChild ??= CareVisits.ToLookup(v => v.PersonId, v => v.VisitedOn))[personId];

    internal IEnumerable<HealthCheckFact> HealthChecksOf(Guid personId) => (_healthChecksByChild ??= HealthChecks.ToLookup(h => h.PersonId))[personId];

    internal IEnumerable<DateOnly> EducationPlansOf(Guid personId) => (_educationPlansByChild ??= EducationPlans.ToLookup(e => e.PersonId, e => e.HeldOn))[personId];

    internal IEnumerable<MissingFact> MissingOf(Guid personId) => (_missingByChild ??= MissingEpisodes.ToLookup(m => m.PersonId))[personId];

    internal IReadOnlyList<CareLeaverContact> ContactsOf(Guid personId) => [.. (_contactsByChild ??= CareLeaverContacts.ToLookup(c => c.PersonId))[personId]];

    internal IEnumerable<PathwayPlanRecord> PathwayPlansOf(Guid personId) => (_plansByChild ??= PathwayPlans.ToLookup(p => p.PersonId))[personId];

}
