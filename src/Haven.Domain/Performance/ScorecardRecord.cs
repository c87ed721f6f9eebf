using Haven.Domain.LookedAfter;

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
}
