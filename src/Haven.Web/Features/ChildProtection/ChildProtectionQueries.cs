namespace Haven.Web.Features.ChildProtection;

public sealed record EnquirySummary(Section47Enquiry Enquiry, DateOnly? StrategyDiscussionOn, DateOnly InitialConferenceDue, string? WorkerName, string? AgreedByName)
{
    public bool AwaitsSeniorManager => ChildProtectionChecks.AwaitsSeniorManager(Enquiry);
}

public sealed record ConferenceSummary(ChildProtectionConference Conference, TimescaleStatus Status);

public sealed record PlanSummary(
    ChildProtectionPlan Plan, IReadOnlyList<PlanAction> Actions, IReadOnlyList<DateOnly> VisitsChildSeen,
    TimescaleStatus? NextReview, TimescaleStatus? NextCoreGroup, TimescaleStatus? NextVisit, TimescaleRule CoreGroupInterval)
{
    public bool IsSecondOrSubsequent => Plan.NumberOfPreviousPlans > 0;
}

/// <summary>Everything about child protection in one episode, with every clock worked out, for the episode section and the pages.</summary>
public sealed record EpisodeChildProtection(
    IReadOnlyList<StrategyDiscussion> StrategyDiscussions,
    IReadOnlyList<EnquirySummary> Enquiries,
    IReadOnlyList<ConferenceSummary> Conferences,
    IReadOnlyList<PlanSummary> Plans,
    bool EpisodeOpen,
    bool HasChildInNeedPlan)
{
    /// <summary>A conference decided on a child in need plan, or a plan stepped down to one, and there is none yet.</summary>
    public bool NeedsChildInNeedPlan => !HasChildInNeedPlan
        && (Conferences.Any(c => c.Conference.Decision == ConferenceDecision.ChildInNeedPlan)
            || Plans.Any(p => p.Plan.EndReason == PlanEndReason.SteppedDownToChildInNeed));

    public bool IsEmpty => StrategyDiscussions.Count == 0 && Enquiries.Count == 0 && Conferences.Count == 0 && Plans.Count == 0;

    public PlanSummary? OpenPlan => Plans.FirstOrDefault(p => p.Plan.IsOpen);
}

public sealed class ChildProtectionQueries(HavenDbContext db, LocalTimescales timescales)
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;

    public async Task<EpisodeChildProtection> ForEpisodeAsync(Guid personId, Guid referralId, DateOnly today, CancellationToken ct)
    {
        var discussions = await db.StrategyDiscussions.AsNoTracking().Include(d => d.Participants)
            .Where(d => d.PersonId == personId && d.ReferralId == referralId).OrderBy(d => d.HeldOn).ToListAsync(ct);
        var enquiries = await db.Section47Enquiries.AsNoTracking()
            .Where(e => e.PersonId == personId && e.ReferralId == referralId).OrderBy(e => e.StartDate).ToListAsync(ct);
        var conferences = await db.ChildProtectionConferences.AsNoTracking().Include(c => c.Attendees)
            .Where(c => c.PersonId == personId && c.ReferralId == referralId).ToListAsync(ct);
        var plans = await db.ChildProtectionPlans.AsNoTracking().Include(p => p.CoreGroup).Include(p => p.CoreGroupMeetings).AsSplitQuery()
            .Where(p => p.PersonId == personId && p.ReferralId == referralId).OrderBy(p => p.StartDate).ToListAsync(ct);
        var planIds = plans.Select(p => (Guid?)p.Id).ToList();
        var actions = await db.PlanActions.AsNoTracking().Where(a => planIds.Contains(a.ChildProtectionPlanId)).ToListAsync(ct);

        var names = await db.UserNamesAsync(enquiries.SelectMany(e => new[] { e.AllocatedWorkerUserId, e.SeniorManagerAgreedByUserId }), ct);
        var heldOn = discussions.ToDictionary(d => d.Id, d => d.HeldOn);
        var enquirySummaries = enquiries.Select(e =>
        {
            DateOnly? discussed = e.StrategyDiscussionId is { } sd && heldOn.TryGetValue(sd, out var on) ? on : null;
            return new EnquirySummary(e, discussed, ChildProtectionChecks.InitialConferenceDueOn(discussed, e.StartDate, Calendar),
                e.AllocatedWorkerUserId is { } w ? names.GetValueOrDefault(w) : null,
                e.SeniorManagerAgreedByUserId is { } m ? names.GetValueOrDefault(m) : null);
        }).ToList();

        var planStart = plans.ToDictionary(p => p.Id, p => p.StartDate);
        var conferenceSummaries = conferences
            .Select(c => new ConferenceSummary(c, ChildProtectionChecks.ConferenceStatus(c, DueDate(c, conferences, enquirySummaries, planStart), today, Calendar)))
            .OrderBy(c => c.Conference.HeldOn ?? c.Conference.ScheduledFor).ToList();

        // A visit counts for any plan of this child that was open on the day, whichever episode recorded it.
        var firstStart = plans.Select(p => (DateOnly?)p.StartDate).Min();
        var visits = firstStart is { } from
            ? await db.CaseNotes.AsNoTracking()
                .Where(n => n.PersonId == personId && n.Type == CaseNoteType.HomeVisit && n.ChildSeen == true && !n.VisitFailed && n.OccurredOn >= from)
                .Select(n => n.OccurredOn).ToListAsync(ct)
            : [];
        var planSummaries = plans.Select(p => Summarise(p, actions.Where(a => a.ChildProtectionPlanId == p.Id).ToList(), visits, conferences, today)).ToList();
        var open = await db.Referrals.AnyAsync(r => r.Id == referralId && r.ClosedOn == null, ct);
        var childInNeed = await db.ChildInNeedPlans.AnyAsync(p => p.ReferralId == referralId && p.PersonId == personId, ct);
        return new EpisodeChildProtection(discussions, enquirySummaries, conferenceSummaries, planSummaries, open, childInNeed);
    }

    private PlanSummary Summarise(ChildProtectionPlan plan, List<PlanAction> actions, List<DateOnly> visits, List<ChildProtectionConference> conferences, DateOnly today)
    {
        var seen = visits.Where(v => v >= plan.StartDate && (plan.EndDate is null || v <= plan.EndDate)).OrderDescending().ToList();
        if (!plan.IsOpen)
        {
            return new PlanSummary(plan, actions, seen, null, null, null, timescales.CoreGroupInterval);
        }
        var reviewsHeld = ReviewsHeld(plan.Id, conferences).ToList();
        var nextReview = ChildProtectionRules.NextReviewDueOn(plan.StartDate, reviewsHeld, Calendar);
        var nextCoreGroup = ChildProtectionRules.NextCoreGroupDueOn(plan.StartDate, plan.CoreGroupMeetings.Select(m => m.HeldOn), timescales.CoreGroupInterval, Calendar);
        var nextVisit = ChildProtectionRules.NextVisitDueOn(plan.StartDate, seen, plan.VisitFrequencyWorkingDays, Calendar);
        return new PlanSummary(plan, actions, seen,
            TimescaleStatus.Against(nextReview, null, today, Calendar),
            TimescaleStatus.Against(nextCoreGroup, null, today, Calendar),
            TimescaleStatus.Against(nextVisit, null, today, Calendar),
            timescales.CoreGroupInterval);
    }

    /// <summary>
    /// An initial conference is due 15 working days after the strategy discussion; a review, 3 or 6 months after
    /// the conference before it. The date it was booked for never moves either.
    /// </summary>
    private static DateOnly DueDate(ChildProtectionConference c, List<ChildProtectionConference> all, List<EnquirySummary> enquiries, Dictionary<Guid, DateOnly> planStart)
    {
        if (c.Type == ConferenceType.Initial)
        {
            return enquiries.SingleOrDefault(e => e.Enquiry.Id == c.Section47Id)?.InitialConferenceDue ?? c.ScheduledFor;
        }
        if (c.ChildProtectionPlanId is not { } planId || !planStart.TryGetValue(planId, out var start))
        {
            return c.ScheduledFor;
        }
        var before = ReviewsHeld(planId, all).Where(d => c.HeldOn is not { } held || d < held);
        return ChildProtectionRules.NextReviewDueOn(start, before, Calendar);
    }

    private static IEnumerable<DateOnly> ReviewsHeld(Guid planId, List<ChildProtectionConference> conferences) =>
        conferences.Where(c => c.Type == ConferenceType.Review && c.ChildProtectionPlanId == planId && c.HeldOn is not null).Select(c => c.HeldOn!.Value);
}
