namespace Haven.Web.Infrastructure;

/// <summary>
/// The one way a page loads part of a child's record. Every query is keyed on the child in the route as well as the
/// part's own id, so a guessed id of another child's episode (or plan, conference…) is not found even though the
/// access check passed for this child. The "open" loaders also refuse a change to something closed, ended or held,
/// with the reason the user is sent back with. Pages do not call this directly: they declare a loading step
/// (<c>PersonPageModel.LoadAsync</c>) that <see cref="PersonRecordFilter"/> runs after the access check and view log.
/// </summary>
public sealed class RecordLoader(HavenDbContext db)
{
    public const string EpisodeClosed = "This episode is closed, so it cannot be changed.";

    /// <summary>The person with names, addresses, contacts and flags: what the record header shows.</summary>
    public async Task<Person> PersonAsync(Guid personId, CancellationToken ct) =>
        await db.People.AsNoTracking()
            .Include(p => p.OtherNames).Include(p => p.Addresses).Include(p => p.ContactDetails).Include(p => p.Flags)
            .AsSplitQuery()
            .SingleOrDefaultAsync(p => p.Id == personId, ct)
        ?? throw RecordStopException.NotFound();

    /// <summary>One episode of social care (a referral) of the child.</summary>
    public async Task<Referral> ReferralAsync(Guid personId, Guid referralId, CancellationToken ct) =>
        await db.Referrals.AsNoTracking().SingleOrDefaultAsync(r => r.Id == referralId && r.PersonId == personId, ct)
        ?? throw RecordStopException.NotFound();

    /// <summary>An episode a form may change: a closed one sends the user back to <paramref name="returnUrl"/> with the reason.</summary>
    public async Task<Referral> OpenReferralAsync(Guid personId, Guid referralId, string returnUrl, CancellationToken ct)
    {
        var referral = await ReferralAsync(personId, referralId, ct);
        RecordStopException.ThrowIf(!referral.IsOpen, EpisodeClosed, returnUrl);
        return referral;
    }

    public async Task<ChildProtectionPlan> ChildProtectionPlanAsync(Guid personId, Guid referralId, Guid planId, CancellationToken ct) =>
        await db.ChildProtectionPlans.AsNoTracking().SingleOrDefaultAsync(p => p.Id == planId && p.ReferralId == referralId && p.PersonId == personId, ct)
        ?? throw RecordStopException.NotFound();

    /// <summary>A child protection plan that can change only while both it and its episode are open; refusals return to the plan.</summary>
    public static void RefuseChangeToClosedPlan(Referral referral, ChildProtectionPlan plan, string planUrl) =>
        RecordStopException.ThrowIf(!referral.IsOpen || !plan.IsOpen,
            plan.IsOpen ? "This episode is closed, so the plan cannot be changed." : "This plan has ended, so it cannot be changed.", planUrl);

    /// <summary>A booked conference that can change until it is held.</summary>
    public async Task<ChildProtectionConference> ConferenceBeforeItIsHeldAsync(Guid personId, Guid referralId, Guid conferenceId, string returnUrl, CancellationToken ct)
    {
        var conference = await db.ChildProtectionConferences.AsNoTracking()
            .SingleOrDefaultAsync(c => c.Id == conferenceId && c.ReferralId == referralId && c.PersonId == personId, ct)
            ?? throw RecordStopException.NotFound();
        RecordStopException.ThrowIf(conference.IsHeld, "This conference has been held, so it cannot be changed.", returnUrl);
        return conference;
    }

    /// <summary>A section 47 enquiry that can change while it is in progress.</summary>
    public async Task<Section47Enquiry> EnquiryInProgressAsync(Guid personId, Guid referralId, Guid enquiryId, string returnUrl, CancellationToken ct)
    {
        var enquiry = await db.Section47Enquiries.AsNoTracking()
            .SingleOrDefaultAsync(e => e.Id == enquiryId && e.ReferralId == referralId && e.PersonId == personId, ct)
            ?? throw RecordStopException.NotFound();
        RecordStopException.ThrowIf(enquiry.CompletedOn is not null, "This section 47 enquiry is complete, so it cannot be changed.", returnUrl);
        return enquiry;
    }

    public async Task<Assessment> AssessmentAsync(Guid personId, Guid referralId, Guid assessmentId, CancellationToken ct) =>
        await db.Assessments.AsNoTracking()
            .SingleOrDefaultAsync(a => a.Id == assessmentId && a.PersonId == personId && a.ReferralId == referralId, ct)
        ?? throw RecordStopException.NotFound();

    /// <summary>An open child in need plan with its reviews; an ended one returns to the episode.</summary>
    public async Task<ChildInNeedPlan> OpenChildInNeedPlanAsync(Guid personId, Guid referralId, Guid planId, string episodeUrl, CancellationToken ct)
    {
        var plan = await db.ChildInNeedPlans.AsNoTracking().Include(p => p.Reviews)
            .SingleOrDefaultAsync(p => p.Id == planId && p.PersonId == personId && p.ReferralId == referralId, ct)
            ?? throw RecordStopException.NotFound();
        RecordStopException.ThrowIf(!plan.IsOpen, "This child in need plan has ended, so it cannot be changed.", episodeUrl);
        return plan;
    }

    /// <summary>One early help episode of the child with its lead changes, team, assessments, actions and reviews.</summary>
    public async Task<EarlyHelpEpisode> EarlyHelpEpisodeAsync(Guid personId, Guid episodeId, CancellationToken ct) =>
        await db.EarlyHelpEpisodes.AsNoTracking()
            .Include(e => e.LeadChanges).Include(e => e.Team).Include(e => e.Assessments).Include(e => e.Actions).Include(e => e.Reviews)
            .AsSplitQuery()
            .SingleOrDefaultAsync(e => e.Id == episodeId && e.PersonId == personId, ct)
        ?? throw RecordStopException.NotFound();

    public const string EarlyHelpClosed = "This early help episode is closed, so it cannot be changed.";

    /// <summary>An early help episode a form may change: a closed one sends the user back to it with the reason.</summary>
    public async Task<EarlyHelpEpisode> OpenEarlyHelpEpisodeAsync(Guid personId, Guid episodeId, string episodeUrl, CancellationToken ct)
    {
        var episode = await EarlyHelpEpisodeAsync(personId, episodeId, ct);
        RecordStopException.ThrowIf(!episode.IsOpen, EarlyHelpClosed, episodeUrl);
        return episode;
    }
    /// <summary>
    /// Every period of care of the child, oldest first, with legal statuses and placements: the one way the care pages
    /// load periods (the latest and the open one below are picked from it), and the care record page loads it once and
    /// passes it to its parts.
    /// </summary>
    public async Task<List<CarePeriod>> CarePeriodsAsync(Guid personId, CancellationToken ct) =>
        await db.CarePeriods.AsNoTracking().Where(p => p.PersonId == personId)
            .Include(p => p.LegalStatuses).Include(p => p.Placements)
            .AsSplitQuery()
            .OrderBy(p => p.StartDate)
            .ToListAsync(ct);

    /// <summary>
    /// The period of care a form changes or records in. With <paramref name="periodId"/> (a move, a legal status, the
    /// end of care) that period, which must be the child's and still open: an ended one sends the user back to
    /// <paramref name="returnUrl"/> with the reason. Without (health, education, missing, advocacy) the child's open
    /// period: none sends the user back with <see cref="NotInCare"/>.
    /// </summary>
    public async Task<CarePeriod> OpenCarePeriodAsync(Guid personId, Guid? periodId, string returnUrl, CancellationToken ct)
    {
        var periods = await CarePeriodsAsync(personId, ct);
        if (periodId is not { } id)
        {
            return periods.LastOrDefault(p => p.IsOpen) ?? throw RecordStopException.Refused(NotInCare, returnUrl);
        }
        var period = periods.SingleOrDefault(p => p.Id == id) ?? throw RecordStopException.NotFound();
        RecordStopException.ThrowIf(!period.IsOpen, "This period of care has ended, so it cannot be changed.", returnUrl);
        return period;
    }

    /// <summary>Whether the child has ever been looked after: the record header shows the "In care" tab only then.</summary>
    public Task<bool> HasBeenInCareAsync(Guid personId, CancellationToken ct) =>
        db.CarePeriods.AnyAsync(p => p.PersonId == personId, ct);

    /// <summary>
    /// The child's latest period of care with its legal statuses and placements (what the review and visit clocks run
    /// from); a child who has never been looked after has none, so the care pages are not found.
    /// </summary>
    public async Task<CarePeriod> LatestCarePeriodAsync(Guid personId, CancellationToken ct) =>
        (await CarePeriodsAsync(personId, ct)).LastOrDefault() ?? throw RecordStopException.NotFound();

    public const string NotInCare = "The child is not in care now, so this cannot be recorded.";

    /// <summary>Every missing episode of the child, from home and from care, latest first.</summary>
    public async Task<List<MissingEpisode>> MissingEpisodesAsync(Guid personId, CancellationToken ct) =>
        await db.MissingEpisodes.AsNoTracking().Where(m => m.PersonId == personId).OrderByDescending(m => m.StartedAtUtc).ToListAsync(ct);

    /// <summary>The child's private fostering arrangements with their visits, latest first.</summary>
    public async Task<List<Domain.Safeguarding.PrivateFosteringArrangement>> PrivateFosteringAsync(Guid personId, CancellationToken ct) =>
        await db.PrivateFosteringArrangements.AsNoTracking().Include(a => a.Visits).Where(a => a.PersonId == personId)
            .OrderByDescending(a => a.NotifiedOn).ToListAsync(ct);

    /// <summary>The child's family's referrals to MARAC, latest first.</summary>
    public async Task<List<Domain.Safeguarding.MaracReferral>> MaracReferralsAsync(Guid personId, CancellationToken ct) =>
        await db.MaracReferrals.AsNoTracking().Where(m => m.PersonId == personId).OrderByDescending(m => m.ReferredOn).ThenByDescending(m => m.RecordedAtUtc).ToListAsync(ct);

    /// <summary>One of the child's private fostering arrangements that is still open: an ended one sends the user back with the reason.</summary>
    public async Task<Domain.Safeguarding.PrivateFosteringArrangement> OpenPrivateFosteringAsync(Guid personId, Guid arrangementId, string returnUrl, CancellationToken ct)
    {
        var arrangement = (await PrivateFosteringAsync(personId, ct)).SingleOrDefault(a => a.Id == arrangementId) ?? throw RecordStopException.NotFound();
        RecordStopException.ThrowIf(!arrangement.IsOpen, "This private fostering arrangement has ended, so it cannot be changed.", returnUrl);
        return arrangement;
    }

    /// <summary>One missing or away episode of the child.</summary>
    public async Task<MissingEpisode> MissingEpisodeAsync(Guid personId, Guid episodeId, CancellationToken ct) =>
        await db.MissingEpisodes.AsNoTracking().SingleOrDefaultAsync(m => m.Id == episodeId && m.PersonId == personId, ct)
        ?? throw RecordStopException.NotFound();

    /// <summary>The child's periods of care with their health checks, PEPs and missing episodes, latest first; none when never in care.</summary>
    public async Task<HealthEducationAndMissing?> HealthEducationAndMissingAsync(Guid personId, CancellationToken ct) =>
        (await Features.LookedAfter.HealthEducationAndMissingQuery.LoadAsync(db, [personId], ct)).GetValueOrDefault(personId);

    public async Task<IReadOnlyList<SchoolExclusion>> SchoolExclusionsAsync(Guid personId, CancellationToken ct) =>
        await db.SchoolExclusions.AsNoTracking().Where(x => x.PersonId == personId).OrderByDescending(x => x.StartDate).ToListAsync(ct);

    public async Task<IReadOnlyList<AdvocacyOffer>> AdvocacyOffersAsync(Guid personId, CancellationToken ct) =>
        await db.AdvocacyOffers.AsNoTracking().Where(x => x.PersonId == personId).OrderByDescending(x => x.OfferedOn).ToListAsync(ct);
}
