using Haven.Domain.CareLeavers;
using Haven.Domain.Performance;
using Haven.Domain.Permanence;
using Haven.Web.Features.LookedAfter;

namespace Haven.Web.Features.Performance;

/// <summary>
/// Reads what the indicators need from the record: one set-based query per source table, projected to the plain
/// facts the domain counts (<see cref="ScorecardRecord"/>), never a query per child. The figures are the
/// authority's, as the statutory returns are (analysts see aggregates only); the children behind a figure are listed
/// through <see cref="VisiblePeople"/> on the drill-down page.
/// </summary>
public sealed class ScorecardRecords(HavenDbContext db, LocalTimescales? local = null, TimeProvider? clock = null)
{
    /// <summary>
    /// Everything needed for periods starting on or after <paramref name="from"/>. Older rows are left out where no
    /// indicator can reach them: a re-referral looks back 365 days, a conference back to its enquiry, short-term
    /// stability a year back; an episode still open at <paramref name="from"/> is kept whenever it started, and every
    /// plan is kept because a repeat plan looks back over the child's whole history. A plan's reviews, core groups and
    /// the visits to its child are kept for every plan still open at <paramref name="from"/>, because their clocks run
    /// from the plan's start.
    /// </summary>
    public async Task<ScorecardRecord> LoadAsync(DateOnly from, CancellationToken ct)
    {
        var lookBack = from.AddDays(-(Indicators.ReReferralWindowDays + 1));
        var fromUtc = UkClock.ToUtc(from.ToDateTime(TimeOnly.MinValue));

        var contacts = await db.Contacts.AsNoTracking().Where(c => c.ReceivedAtUtc >= fromUtc)
            .Select(c => new { c.PersonId, c.ReceivedAtUtc }).ToListAsync(ct);
        var referrals = await db.Referrals.AsNoTracking()
            .Where(r => r.ReferralDate >= lookBack || r.ClosedOn == null || r.ClosedOn >= from)
            .Select(r => new ReferralFact(r.Id, r.PersonId, r.ReferralDate, r.ClosedOn, r.NoFurtherAction)).ToListAsync(ct);
        // An episode still open at the start may have been assessed long before: K25 asks whether it was.
        var assessments = await db.Assessments.AsNoTracking()
            .Where(a => a.AuthorisedOn >= from || a.StartDate >= from || db.Referrals.Any(r => r.Id == a.ReferralId && (r.ClosedOn == null || r.ClosedOn >= from)))
            .Select(a => new AssessmentFact(a.Id, a.PersonId, a.ReferralId, a.StartDate, a.AuthorisedOn)).ToListAsync(ct);
        var enquiries = await db.Section47Enquiries.AsNoTracking().Where(e => e.StartDate >= lookBack || e.CompletedOn >= from)
            .Select(e => new EnquiryFact(e.Id, e.PersonId, e.StartDate, e.CompletedOn, e.Outcome)).ToListAsync(ct);
        var conferences = await db.ChildProtectionConferences.AsNoTracking()
            .Where(c => c.Type == ConferenceType.Initial && c.HeldOn >= from)
            .Select(c => new InitialConferenceFact(c.Id, c.PersonId, c.HeldOn!.Value, c.Section47Id)).ToListAsync(ct);
        var plans = await db.ChildProtectionPlans.AsNoTracking()
            .Select(p => new ProtectionPlanFact(p.Id, p.PersonId, p.StartDate, p.EndDate, p.InitialCategory, p.NumberOfPreviousPlans,
                db.People.Where(c => c.Id == p.PersonId).Select(c => c.DateOfBirth).FirstOrDefault(), p.VisitFrequencyWorkingDays)).ToListAsync(ct);

        // The front door, child in need and child protection clocks (K03–K25, K59, K68, K69, K10).
        var decisions = await db.Contacts.AsNoTracking().Where(c => c.Decision != null && c.Decision.DecidedAtUtc >= fromUtc)
            .Select(c => new
            {
                c.PersonId,
                c.ReceivedAtUtc,
                c.Decision!.DecidedAtUtc,
                FeedbackExpected = c.Feedback != null && c.Feedback.Method != FeedbackMethod.NotPossible && c.Feedback.Status != FeedbackStatus.NotRequired,
                SentAtUtc = c.Feedback != null ? c.Feedback.SentAtUtc : null,
            }).ToListAsync(ct);
        var plansRunning = db.ChildProtectionPlans.Where(p => p.EndDate == null || p.EndDate >= from);
        var reviews = await db.ChildProtectionConferences.AsNoTracking()
            .Where(c => c.Type == ConferenceType.Review && c.HeldOn != null && plansRunning.Any(p => p.Id == c.ChildProtectionPlanId))
            .Select(c => new ReviewConferenceFact(c.ChildProtectionPlanId!.Value, c.PersonId, c.HeldOn!.Value)).ToListAsync(ct);
        var coreGroups = await db.CoreGroupMeetings.AsNoTracking().Where(m => plansRunning.Any(p => p.Id == m.PlanId))
            .Select(m => new CoreGroupFact(m.PlanId, m.HeldOn)).ToListAsync(ct);
        var visits = await db.CaseNotes.AsNoTracking()
            .Where(n => (n.Type == CaseNoteType.HomeVisit || n.Type == CaseNoteType.OfficeVisit)
                && (n.OccurredOn >= lookBack || plansRunning.Any(p => p.PersonId == n.PersonId && n.OccurredOn >= p.StartDate)))
            .Select(n => new VisitFact(n.PersonId, n.OccurredOn, n.Type, n.VisitPurpose, n.ChildSeen, n.SeenAlone, n.VisitFailed)).ToListAsync(ct);
        var allocations = await db.Allocations.AsNoTracking().Where(a => a.EndDate == null || a.EndDate >= lookBack)
            .Select(a => new AllocationFact(a.PersonId, a.WorkerUserId, a.StartDate, a.EndDate)).ToListAsync(ct);
        var childInNeedPlans = await db.ChildInNeedPlans.AsNoTracking().Where(p => p.EndDate == null || p.EndDate >= lookBack)
            .Select(p => new { p.Id, p.PersonId, p.StartDate, p.EndDate, p.ReviewIntervalWeeks, Reviews = p.Reviews.Select(r => r.HeldOn).ToList() }).ToListAsync(ct);
        var privateFostering = await db.PrivateFosteringArrangements.AsNoTracking().Where(a => a.EndedOn == null || a.EndedOn >= lookBack || a.NotifiedOn >= lookBack)
            .Select(a => new { a.PersonId, a.NotifiedOn, a.StartedOn, a.AssessedOn, a.EndedOn, Visits = a.Visits.Select(v => v.VisitedOn).ToList() }).ToListAsync(ct);
        var oversight = await db.OversightRecords.AsNoTracking().Where(o => o.RecordedOn >= lookBack)
            .Select(o => new OversightFact(o.PersonId, o.RecordedOn)).ToListAsync(ct);
        var earlyHelpAssessments = await db.EarlyHelpAssessments.AsNoTracking().Where(a => a.CompletedOn >= from)
            .Join(db.EarlyHelpEpisodes, a => a.EpisodeId, e => e.Id, (a, e) => new EarlyHelpAssessmentFact(e.PersonId, a.CompletedOn)).ToListAsync(ct);

        var care = await db.CarePeriods.AsNoTracking().Where(c => c.EndDate == null || c.EndDate >= lookBack)
            .Include(c => c.LegalStatuses).Include(c => c.Placements).AsSplitQuery().ToListAsync(ct);
        var born = await db.People.AsNoTracking().Where(p => db.CarePeriods.Any(c => c.PersonId == p.Id && (c.EndDate == null || c.EndDate >= lookBack)))
            .Select(p => new { p.Id, p.DateOfBirth }).ToDictionaryAsync(p => p.Id, p => p.DateOfBirth, ct);

        var looked = await LookedAfterFactsAsync(from, lookBack, care, ct);

        return new ScorecardRecord
        {
            Contacts = [.. contacts.Select(c => new ContactFact(c.PersonId, UkClock.DateOf(c.ReceivedAtUtc)))],
            Referrals = referrals,
            Assessments = assessments,
            Enquiries = enquiries,
            InitialConferences = conferences,
            ProtectionPlans = plans,
            ContactDecisions = [.. decisions.Select(d => new ContactDecisionFact(d.PersonId, UkClock.DateOf(d.ReceivedAtUtc), UkClock.ToLocal(d.DecidedAtUtc), d.FeedbackExpected,
                d.SentAtUtc is { } sent ? UkClock.ToLocal(sent) : null))],
            ReviewConferences = reviews,
            CoreGroups = coreGroups,
            Visits = visits,
            Allocations = allocations,
            ChildInNeedPlans = [.. childInNeedPlans.Select(p => new ChildInNeedPlanFact(p.Id, p.PersonId, p.StartDate, p.EndDate, p.ReviewIntervalWeeks, p.Reviews))],
            PrivateFostering = [.. privateFostering.Select(a => new PrivateFosteringFact(a.PersonId, a.NotifiedOn, a.StartedOn, a.AssessedOn, a.EndedOn, a.Visits))],
            Oversight = oversight,
            EarlyHelpAssessments = earlyHelpAssessments,
            Local = local ?? LocalTimescales.Default,
            ReadOn = UkClock.Today(clock ?? TimeProvider.System),
            CarePeriods = [.. care.Select(c => new CareFact(c.PersonId, born.GetValueOrDefault(c.PersonId), c.ToPeriodOfCare()))],
            CareReviews = looked.Reviews,
            CareVisits = looked.Visits,
            HealthChecks = looked.HealthChecks,
            EducationPlans = looked.EducationPlans,
            MissingEpisodes = looked.Missing,
            Adoptions = looked.Adoptions,
            Proceedings = looked.Proceedings,
            CareLeavers = looked.CareLeavers,
            CareLeaverContacts = looked.Contacts,
            PathwayPlans = looked.PathwayPlans,
            PlacementDistances = looked.Distances,
        };
    }

    private sealed record LookedAfterFacts(
        List<CareReviewFact> Reviews, List<CareVisitFact> Visits, List<HealthCheckFact> HealthChecks, List<EducationPlanFact> EducationPlans,
        List<MissingFact> Missing, List<AdoptionTimeline> Adoptions, List<ProceedingsFact> Proceedings, List<CareLeaverFact> CareLeavers,
        List<CareLeaverContact> Contacts, List<PathwayPlanRecord> PathwayPlans, List<PlacementDistanceFact> Distances);

    /// <summary>
    /// The looked-after, permanence and care leaver rows, one query per table. Reviews, visits, health checks and PEPs
    /// are those of the children whose care periods were loaded (a review clock runs from the period's
    /// start, so all of a loaded period's reviews are needed); missing episodes look back a year for repeats; care
    /// leavers are the young people of 14 to 25 with any period of care, with their whole care history, because the
    /// leaving care category counts every day in care since 14.
    /// </summary>
    private async Task<LookedAfterFacts> LookedAfterFactsAsync(DateOnly from, DateOnly lookBack, List<CarePeriod> care, CancellationToken ct)
    {
        var loaded = db.CarePeriods.Where(c => c.EndDate == null || c.EndDate >= lookBack);
        var lookBackUtc = UkClock.ToUtc(lookBack.ToDateTime(TimeOnly.MinValue));
        var fromUtc = UkClock.ToUtc(from.ToDateTime(TimeOnly.MinValue));

        var reviews = await db.CareReviews.AsNoTracking().Where(r => loaded.Any(c => c.Id == r.CarePeriodId))
            .Select(r => new CareReviewFact(r.PersonId, r.HeldOn, r.Participation)).ToListAsync(ct);
        var visits = await db.CaseNotes.AsNoTracking()
            .Where(n => n.VisitPurpose == VisitPurpose.LookedAfter && n.Type == CaseNoteType.HomeVisit && n.ChildSeen == true && !n.VisitFailed
                && loaded.Any(c => c.PersonId == n.PersonId))
            .Select(n => new CareVisitFact(n.PersonId, n.OccurredOn)).ToListAsync(ct);
        var health = await db.HealthChecks.AsNoTracking().Where(h => loaded.Any(c => c.Id == h.CarePeriodId))
            .Select(h => new HealthCheckFact(h.PersonId, h.Kind, h.DoneOn, h.UpToDate)).ToListAsync(ct);
        var peps = await db.EducationPlans.AsNoTracking().Where(e => loaded.Any(c => c.Id == e.CarePeriodId))
            .Select(e => new EducationPlanFact(e.PersonId, e.HeldOn)).ToListAsync(ct);
        var missing = await db.MissingEpisodes.AsNoTracking()
            .Where(m => m.StartedAtUtc >= lookBackUtc || m.ReturnedAtUtc == null || m.ReturnedAtUtc >= fromUtc)
            .Select(m => new MissingFact(m.PersonId, m.CarePeriodId == null, m.MissingOrAway, m.StartedAtUtc, m.ReturnedAtUtc, m.InterviewOfferedAtUtc, m.InterviewHeldAtUtc))
            .ToListAsync(ct);

        // A1-A3 count children adopted in a period, so the periods ending in adoption since `from` (all among those loaded):
        // the decision that stood (not reversed), as the return's AD1 takes it.
        var adoptedPeriods = care.Where(c => c.EndDate >= from && LookedAfterCodes.Adopted.Contains(c.ReasonCeased ?? "")).ToDictionary(c => c.Id);
        var adoptedIds = adoptedPeriods.Keys.ToList();
        var journeys = await db.AdoptionJourneys.AsNoTracking().Where(j => j.ReversedOn == null && adoptedIds.Contains(j.CarePeriodId)).ToListAsync(ct);
        List<AdoptionTimeline> adoptions = [.. journeys.GroupBy(j => j.CarePeriodId)
            .Select(g => AdoptionTimeline.Of(adoptedPeriods[g.Key], g.MaxBy(j => j.DecisionOn)!))];

        var proceedings = await db.CareProceedings.AsNoTracking().Where(p => p.ConcludedOn >= from && p.IssuedOn != null)
            .Select(p => new ProceedingsFact(p.PersonId, p.IssuedOn!.Value, p.ConcludedOn!.Value)).ToListAsync(ct);

        var oldest = from.AddYears(-26);
        var youngest = from.AddYears(-14);
        var young = await db.People.AsNoTracking()
            .Where(p => p.DateOfBirth > oldest && p.DateOfBirth <= youngest && db.CarePeriods.Any(c => c.PersonId == p.Id))
            .Select(p => new { p.Id, DateOfBirth = p.DateOfBirth!.Value }).ToListAsync(ct);
        var youngIds = young.Select(y => y.Id).ToList();
        var histories = (await db.CarePeriods.AsNoTracking().Where(c => youngIds.Contains(c.PersonId))
                .Include(c => c.LegalStatuses).Include(c => c.Placements).AsSplitQuery().ToListAsync(ct))
            .ToLookup(c => c.PersonId, c => c.ToPeriodOfCare());
        var records = await db.CareLeavers.AsNoTracking().Where(l => youngIds.Contains(l.PersonId)).ToDictionaryAsync(l => l.PersonId, ct);
        var contacts = await db.CareLeaverContacts.AsNoTracking().Where(c => youngIds.Contains(c.PersonId)).ToListAsync(ct);
        var plans = await db.PathwayPlans.AsNoTracking().Where(p => youngIds.Contains(p.PersonId)).ToListAsync(ct);

        var postcodes = CareRecordView.PostcodesOf(care);
        var centroids = await db.PostcodeCentroids.AsNoTracking().Where(c => postcodes.Contains(c.Postcode)).ToDictionaryAsync(c => c.Postcode, ct);
        List<PlacementDistanceFact> distances = [.. care.SelectMany(c => c.Placements
            .Select(p => (c.PersonId, p.StartDate, Km: CareRecordView.Distance(c.HomePostcode, p.Postcode, centroids)))
            .Where(p => p.Km is not null)
            .Select(p => new PlacementDistanceFact(p.PersonId, p.StartDate, p.Km!.Value / Postcodes.KmPerMile)))];

        return new LookedAfterFacts(reviews, visits, health, peps, missing, adoptions, proceedings,
            [.. young.Select(y => new CareLeaverFact(y.Id, y.DateOfBirth, [.. histories[y.Id]],
                records.GetValueOrDefault(y.Id)?.SupportTo25 ?? false, records.GetValueOrDefault(y.Id)?.DetainedOrInHospitalAt16 ?? false))],
            contacts, plans, distances);
    }
}
