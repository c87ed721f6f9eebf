namespace Haven.Web.Features.Casework;

/// <summary>Everything recorded on one episode, as its pages and the closure check need it.</summary>
public sealed record EpisodeWork(
    Referral Referral,
    IReadOnlyList<Assessment> Assessments,
    IReadOnlyList<ChildInNeedPlan> ChildInNeedPlans,
    IReadOnlyList<PlanAction> ChildInNeedActions,
    EpisodeRules.OpenWork Open,
    bool InitialConferenceAwaited = false,
    bool LookedAfter = false)
{
    /// <summary>Where the child is in the journey, most serious first, as a social worker would say it.</summary>
    public string Position =>
        !Referral.IsOpen ? "Closed"
        : Referral.NoFurtherAction ? "No further action after the front door"
        : LookedAfter ? "Looked after"
        : Open.ChildProtectionPlans > 0 ? "On a child protection plan"
        : Open.Section47Enquiries > 0 ? "Section 47 enquiry in progress"
        : InitialConferenceAwaited ? "Initial child protection conference awaited"
        : Open.ChildInNeedPlans > 0 ? "On a child in need plan"
        : Open.AssessmentsNotAuthorised > 0 ? "Assessment in progress"
        : "Open";
}

/// <summary>Loads episodes with their work, and closes them. Closure is refused while anything is still open.</summary>
public sealed class CaseworkService(HavenDbContext db, CaseRecorder recorder, TimeProvider clock, Haven.Web.Features.CinCensus.CinCensusEntryCheck census)
{
    public async Task<IReadOnlyList<EpisodeWork>> EpisodesAsync(Guid personId, CancellationToken ct)
    {
        var referrals = await db.Referrals.AsNoTracking().Where(r => r.PersonId == personId).ToListAsync(ct);
        return await WorkAsync(personId, referrals, ct);
    }

    public async Task<EpisodeWork?> EpisodeAsync(Guid personId, Guid referralId, CancellationToken ct)
    {
        var referral = await db.Referrals.AsNoTracking().SingleOrDefaultAsync(r => r.Id == referralId && r.PersonId == personId, ct);
        return referral is null ? null : (await WorkAsync(personId, [referral], ct))[0];
    }

    /// <summary>One query per kind of record for all the child's episodes, grouped in memory: a child has few.</summary>
    private async Task<IReadOnlyList<EpisodeWork>> WorkAsync(Guid personId, List<Referral> referrals, CancellationToken ct)
    {
        var ids = referrals.Select(r => r.Id).ToList();
        var assessments = await db.Assessments.AsNoTracking().Where(a => ids.Contains(a.ReferralId)).ToListAsync(ct);
        var cinPlans = await db.ChildInNeedPlans.AsNoTracking().Include(p => p.Reviews).Where(p => ids.Contains(p.ReferralId)).ToListAsync(ct);
        var cinPlanIds = cinPlans.Select(p => (Guid?)p.Id).ToList();
        var actions = await db.PlanActions.AsNoTracking().Where(a => cinPlanIds.Contains(a.ChildInNeedPlanId)).ToListAsync(ct);
        var cpPlans = await db.ChildProtectionPlans.AsNoTracking().Where(p => ids.Contains(p.ReferralId))
            .Select(p => new { p.ReferralId, p.StartDate, p.EndDate }).ToListAsync(ct);
        var enquiries = await db.Section47Enquiries.AsNoTracking().Where(s => ids.Contains(s.ReferralId))
            .Select(s => new { s.ReferralId, s.StartDate, s.CompletedOn, s.Outcome }).ToListAsync(ct);
        var discussions = await db.StrategyDiscussions.AsNoTracking().Where(s => ids.Contains(s.ReferralId))
            .Select(s => new { s.ReferralId, s.HeldOn }).ToListAsync(ct);
        var conferences = await db.ChildProtectionConferences.AsNoTracking().Where(c => ids.Contains(c.ReferralId))
            .Select(c => new { c.ReferralId, c.HeldOn, c.Type }).ToListAsync(ct);
        var inCare = await db.CarePeriods.AsNoTracking().Where(p => ids.Contains(p.ReferralId) && p.EndDate == null).Select(p => p.ReferralId).ToListAsync(ct);

        return referrals.OrderByDescending(r => r.ReferralDate).Select(r =>
        {
            var a = assessments.Where(x => x.ReferralId == r.Id).OrderBy(x => x.StartDate).ToList();
            var cin = cinPlans.Where(x => x.ReferralId == r.Id).OrderBy(x => x.StartDate).ToList();
            var cinIds = cin.Select(x => (Guid?)x.Id).ToHashSet();
            var cinActions = actions.Where(x => cinIds.Contains(x.ChildInNeedPlanId)).ToList();
            var cp = cpPlans.Where(x => x.ReferralId == r.Id).ToList();
            var s47 = enquiries.Where(x => x.ReferralId == r.Id).ToList();
            // The last thing that happened on the episode: a case cannot be closed before it.
            DateOnly?[] dates =
            [
                .. a.SelectMany(x => new[] { x.StartDate, x.SubmittedOn, x.AuthorisedOn, x.ChildSeenOn }),
                .. cin.SelectMany(x => new[] { x.StartDate, x.EndDate }),
                .. cin.SelectMany(x => x.Reviews).Select(x => (DateOnly?)x.HeldOn),
                .. cinActions.Select(x => x.CompletedOn),
                .. cp.SelectMany(x => new[] { x.StartDate, x.EndDate }),
                .. s47.SelectMany(x => new[] { x.StartDate, x.CompletedOn }),
                .. discussions.Where(x => x.ReferralId == r.Id).Select(x => (DateOnly?)x.HeldOn),
                .. conferences.Where(x => x.ReferralId == r.Id && x.HeldOn != null).Select(x => x.HeldOn),
            ];
            var open = new EpisodeRules.OpenWork(
                cp.Count(x => x.EndDate == null),
                cin.Count(x => x.IsOpen),
                s47.Count(x => x.CompletedOn == null),
                a.Count(x => !x.IsAuthorised),
                dates.Max());
            // An enquiry that called for a conference, and no initial conference held yet: the case waits for it.
            var awaited = s47.Any(x => x.CompletedOn != null && x.Outcome == Section47Outcome.ConferenceRequired)
                && !conferences.Any(x => x.ReferralId == r.Id && x.Type == ConferenceType.Initial && x.HeldOn != null);
            return new EpisodeWork(r, a, cin, cinActions, open, awaited, inCare.Contains(r.Id));
        }).ToList();
    }

    /// <summary>Closes the episode (CIN census CINclosureDate and ReasonForClosure), refusing while work is open.</summary>
    public async Task CloseAsync(Guid personId, Guid referralId, DateOnly? closedOn, string? reason, string? note, CancellationToken ct)
    {
        var work = await EpisodeAsync(personId, referralId, ct) ?? throw new InvalidOperationException("There is no such episode for this child.");
        if (!work.Referral.IsOpen)
        {
            throw CaseRuleException.Of("", "This episode is already closed");
        }
        var closure = EpisodeRules.ValidateClosure(closedOn, reason, note, work.Referral.ReferralDate, work.Open, UkClock.Today(clock));
        if (!closure.IsValid)
        {
            var refused = new CaseRuleException(closure);
            // Open work is ended on the episode's own page: the refusal says where.
            var open = work.Open;
            throw open.ChildProtectionPlans + open.ChildInNeedPlans + open.Section47Enquiries + open.AssessmentsNotAuthorised > 0
                ? refused.WithFixLink("Go to the episode to end its plans and enquiries and finish its assessments", RecordUrls.SocialCareEpisode(personId, referralId))
                : refused;
        }
        var reasonCode = reason!;
        var referral = await db.Referrals.SingleAsync(r => r.Id == referralId, ct);
        referral.ClosedOn = closedOn;
        referral.ReasonForClosure = reasonCode;
        referral.ClosureNote = note!.Trim();
        recorder.Record(personId, CaseEventTypes.CaseClosed,
            $"Social care case closed: {EpisodeRules.ReasonsForClosure[reasonCode].ToLowerInvariant()}",
            [
                new FieldChange("Status", "Open", "Closed"),
                new FieldChange("Closed on", null, CaseworkText.Date(closedOn!.Value)),
                new FieldChange("Reason for closure", null, $"{reasonCode}: {EpisodeRules.ReasonsForClosure[reasonCode]}"),
                new FieldChange("Closure note", null, referral.ClosureNote),
            ]);
        await census.SaveOrRefuseAsync(personId, referralId, Haven.Web.Features.CinCensus.CensusFields.Closure, ct);
    }
}

public static class EpisodeQueries
{
    /// <summary>The child's referral, for a change that needs the episode open; a closed episode refuses it.</summary>
    public static async Task<Referral> OpenReferralAsync(this HavenDbContext db, Guid personId, Guid referralId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var referral = await db.Referrals.AsNoTracking().SingleAsync(r => r.Id == referralId && r.PersonId == personId, ct);
        return referral.IsOpen ? referral : throw CaseRuleException.Of("", "This episode is closed");
    }
}
