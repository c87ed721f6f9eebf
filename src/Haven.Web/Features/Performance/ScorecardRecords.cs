using Haven.Domain.Performance;

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
        };
    }
}
