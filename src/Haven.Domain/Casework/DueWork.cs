using Haven.Domain.Assessments;
using Haven.Domain.CaseRecording;
using Haven.Domain.ChildInNeed;
using Haven.Domain.ChildProtection;
using Haven.Domain.FrontDoor;
using Haven.Domain.LookedAfter;

namespace Haven.Domain.Casework;

/// <summary>The kinds of due work, one per clock. The order is the order a worker meets them in a case.</summary>
public enum WorkKind
{
    Assessment,
    InitialConference,
    FirstCoreGroup,
    CoreGroup,
    ReviewConference,
    ChildProtectionVisit,
    ChildInNeedReview,
    ChildInNeedVisit,
    ManagementOversight,
    ShareAssessment,
    ShareChildProtectionPlan,
    ShareChildInNeedPlan,
    ConferenceMinutes,
    LookedAfterReview,
    LookedAfterVisit,
    CarePlan,
    InitialHealthAssessment,
    ReviewHealthAssessment,
    PersonalEducationPlan,
    ReturnInterview,
    PathwayPlan,
    PathwayPlanReview,
    BirthdayContact,
    ProceedingsConclude,
    PermanencePlan,
    AdoptionMatch,
    PlacedWithAdopters,
    PrivateFosteringVisit,
    EarlyHelpReview,
    WarningReview,
    // A fostering or adopting household's clocks, for its supervising or assessing social worker (Domain/Fostering).
    FosteringAssessment,
    ConnectedPersonsAssessment,
    AdopterStageOne,
    AdopterStageTwo,
    FosterCarerReview,
    UnannouncedVisit,
    FosterCarerTrainingStandards,
    // Life story work and later life letters for a child placed for adoption, and the review of a return home (Domain/Permanence).
    LifeStoryBook,
    LaterLifeLetter,
    ReturnHomeReview,
}

/// <summary>A home visit at which the child was seen, and which plan it was for (if the worker said).</summary>
public sealed record SeenVisit(DateOnly On, VisitPurpose? Purpose);

/// <summary>
/// Everything about one child that starts or stops a clock. The caller loads it (for many children at once) and
/// the rules below turn it into work; nothing here reads a database.
/// </summary>
public sealed record ChildCaseSnapshot(Guid PersonId)
{
    public IReadOnlyList<Referral> Referrals { get; init; } = [];
    public IReadOnlyList<Assessment> Assessments { get; init; } = [];
    public IReadOnlyList<StrategyDiscussion> StrategyDiscussions { get; init; } = [];
    public IReadOnlyList<Section47Enquiry> Section47Enquiries { get; init; } = [];
    public IReadOnlyList<ChildProtectionConference> Conferences { get; init; } = [];

    /// <summary>With their core group meetings loaded.</summary>
    public IReadOnlyList<ChildProtectionPlan> ChildProtectionPlans { get; init; } = [];

    /// <summary>With their reviews loaded.</summary>
    public IReadOnlyList<ChildInNeedPlan> ChildInNeedPlans { get; init; } = [];

    public IReadOnlyList<SeenVisit> SeenVisits { get; init; } = [];

    /// <summary>Days a manager recorded oversight or case supervision on this child.</summary>
    public IReadOnlyList<DateOnly> OversightDates { get; init; } = [];

    public IReadOnlyList<SharingRecord> Shared { get; init; } = [];

    /// <summary>The child's open periods of care with the reviews held and the care plan, for the looked-after clocks.</summary>
    public IReadOnlyList<CareReviewClocks> CareReviewClocks { get; init; } = [];
    /// <summary>A child in care's periods of care with their health assessments, PEPs and missing episodes; null when never in care.</summary>
    public HealthEducationAndMissing? HealthEducationAndMissing { get; init; }
    /// <summary>Care proceedings and the permanence and adoption clocks of open periods of care; null when there are none.</summary>
    public Permanence.PermanenceClocks? Permanence { get; init; }
    /// <summary>The child's missing episodes from home (not from care), for their return home interview clocks.</summary>
    public IReadOnlyList<MissingEpisode> MissingFromHome { get; init; } = [];
    /// <summary>The child's open private fostering arrangements with their visits, for the visit clock.</summary>
    public IReadOnlyList<Safeguarding.PrivateFosteringArrangement> PrivateFostering { get; init; } = [];
}

/// <summary>
/// What starts and stops a looked-after child's review, visit and care plan clocks: the period of care as recorded
/// (its placements restart the visit schedule), the days reviews were held, and when the care plan was due and agreed.
/// </summary>
public sealed record CareReviewClocks(Guid ReferralId, PeriodOfCare Period, IReadOnlyList<DateOnly> ReviewsHeld, DateOnly CarePlanDueOn, DateOnly? CarePlanAgreedOn);

/// <summary>One thing due on a child's case: what, by when, where it stands today, and the page where it is done.</summary>
public sealed record WorkItem(Guid PersonId, Guid ReferralId, WorkKind Kind, TimescaleStatus Status, string Link)
{
    public string What => DueWork.Describe(Kind);

    public DateOnly DueOn => Status.DueDate;

    public TimescaleState State => Status.State;
}

/// <summary>
/// Every clock on a child's open episodes, as due work. Each due date comes from the rule that owns it
/// (<see cref="AssessmentRules"/>, <see cref="ChildProtectionRules"/>, <see cref="ChildInNeedRules"/>,
/// <see cref="LocalTimescales"/>), so the work tray can never disagree with the page where the work is done.
/// A closed episode has no due work: what it left undone is history, shown in the record, not a task.
/// </summary>
public static class DueWork
{
    public static IReadOnlyList<WorkItem> For(ChildCaseSnapshot child, LocalTimescales local, DateOnly today, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(child);
        ArgumentNullException.ThrowIfNull(local);
        ArgumentNullException.ThrowIfNull(calendar);
        var open = child.Referrals.Where(r => r.IsOpen).ToList();
        if (open.Count == 0)
        {
            return [];
        }
        var items = new List<WorkItem>();
        void Add(Referral episode, WorkKind kind, DateOnly due, string link) =>
            items.Add(new WorkItem(child.PersonId, episode.Id, kind, StatusOn(due, today, calendar), link));
        // Every paper for the family has the same shape of clock: due from when it was written, until shared.
        void ShareDue(Referral episode, WorkKind work, SharedItemKind kind, Guid id, DateOnly written)
        {
            if (!IsShared(child, kind, id))
            {
                Add(episode, work, FamilySharing.DueOn(kind, written, local, calendar)!.Value, Links.Sharing(child.PersonId, kind, id));
            }
        }

        foreach (var episode in open)
        {
            var person = child.PersonId;
            var hub = Links.Episode(person, episode.Id);
            var childProtection = Links.ChildProtection(person, episode.Id);

            foreach (var a in child.Assessments.Where(a => a.ReferralId == episode.Id))
            {
                if (!a.IsAuthorised)
                {
                    items.Add(new WorkItem(person, episode.Id, WorkKind.Assessment,
                        AssessmentRules.Status(a, episode.ReferralDate, today, calendar, local), Links.Assessment(person, episode.Id, a.Id)));
                }
                else
                {
                    ShareDue(episode, WorkKind.ShareAssessment, SharedItemKind.Assessment, a.Id, a.AuthorisedOn!.Value);
                }
            }

            foreach (var s47 in child.Section47Enquiries.Where(s => s.ReferralId == episode.Id && AwaitsInitialConference(child, s)))
            {
                Add(episode, WorkKind.InitialConference, ChildProtectionRules.InitialConferenceDueOn(StrategyDiscussionDate(child, s47), calendar), childProtection);
            }

            foreach (var plan in child.ChildProtectionPlans.Where(p => p.ReferralId == episode.Id && p.IsOpen))
            {
                var meetings = plan.CoreGroupMeetings.Select(m => m.HeldOn).Where(d => d >= plan.StartDate).ToList();
                Add(episode, meetings.Count == 0 ? WorkKind.FirstCoreGroup : WorkKind.CoreGroup,
                    ChildProtectionRules.NextCoreGroupDueOn(plan.StartDate, meetings, local.CoreGroupInterval, calendar), childProtection);
                var reviews = child.Conferences
                    .Where(c => c.Type == ConferenceType.Review && c.ChildProtectionPlanId == plan.Id && c.HeldOn is not null)
                    .Select(c => c.HeldOn!.Value);
                Add(episode, WorkKind.ReviewConference, ChildProtectionRules.NextReviewDueOn(plan.StartDate, reviews, calendar), childProtection);
                Add(episode, WorkKind.ChildProtectionVisit,
                    ChildProtectionRules.NextVisitDueOn(plan.StartDate, VisitsFor(child, VisitPurpose.ChildProtection), plan.VisitFrequencyWorkingDays, calendar),
                    Links.CaseNotes(person));
                ShareDue(episode, WorkKind.ShareChildProtectionPlan, SharedItemKind.ChildProtectionPlan, plan.Id, plan.StartDate);
            }

            foreach (var plan in child.ChildInNeedPlans.Where(p => p.ReferralId == episode.Id && p.IsOpen))
            {
                Add(episode, WorkKind.ChildInNeedReview, ChildInNeedRules.NextReviewDueOn(plan, calendar), hub);
                // The same rule as child protection visits: the plan's frequency from the last visit the child was seen at.
                Add(episode, WorkKind.ChildInNeedVisit,
                    ChildProtectionRules.NextVisitDueOn(plan.StartDate, VisitsFor(child, VisitPurpose.ChildInNeed), plan.VisitFrequencyWorkingDays, calendar),
                    Links.CaseNotes(person));
                ShareDue(episode, WorkKind.ShareChildInNeedPlan, SharedItemKind.ChildInNeedPlan, plan.Id, plan.StartDate);
            }

            // Minutes sent before sharing was recorded in Haven (the conference's own field) count as shared.
            foreach (var conference in child.Conferences.Where(c => c.ReferralId == episode.Id && c.HeldOn is not null && c.MinutesSentOn is null))
            {
                ShareDue(episode, WorkKind.ConferenceMinutes, SharedItemKind.ConferenceMinutes, conference.Id, conference.HeldOn!.Value);
            }
        }

        // Looked-after clocks run while the period of care (and so its social care episode) is open.
        foreach (var care in child.CareReviewClocks.Where(c => c.Period.End is null))
        {
            if (open.FirstOrDefault(r => r.Id == care.ReferralId) is not { } episode)
            {
                continue;
            }
            var person = child.PersonId;
            Add(episode, WorkKind.LookedAfterReview, CareTimescales.NextReviewDue(care.Period, care.ReviewsHeld, calendar), Links.CareReviews(person));
            if (care.Period.Placements.LastOrDefault(p => p.End is null) is { } placement)
            {
                Add(episode, WorkKind.LookedAfterVisit,
                    CareTimescales.NextVisitDue(placement, VisitsFor(child, VisitPurpose.LookedAfter), calendar, local.LookedAfterVisit), Links.CareVisits(person));
            }
            if (care.CarePlanAgreedOn is null)
            {
                Add(episode, WorkKind.CarePlan, care.CarePlanDueOn, Links.CarePlan(person));
            }
        }

        // Oversight is of the child's case, not of each episode: one clock from the last oversight, or from the
        // start of the earliest open episode if a manager has never looked.
        // Work about the whole child rather than one episode sits on the episode the child is known under now.
        var current = open.OrderByDescending(r => r.ReferralDate).First();
        var since = OversightClockStart(child);
        if (since is { } start)
        {
            Add(current, WorkKind.ManagementOversight, local.ManagementOversight.DueFrom(start, calendar), Links.Oversight(child.PersonId));
        }

        // Children in care: health assessments, PEPs and return home interviews (CareTimescales), for an open period of care.
        items.AddRange(HealthEducationAndMissingWork.For(child, open, today, calendar));
        items.AddRange(Permanence.PermanenceWork.For(child, open, today, calendar));
        items.AddRange(Safeguarding.MissingFromHomeWork.For(child, current, today, calendar));
        items.AddRange(Safeguarding.PrivateFosteringWork.For(child, current, today, calendar));

        return items.OrderBy(i => i.DueOn).ThenBy(i => i.Kind).ToList();
    }

    /// <summary>Where a due date stands on <paramref name="today"/>: overdue, due soon (two working days) or not yet due.</summary>
    public static TimescaleStatus StatusOn(DateOnly due, DateOnly today, WorkingDayCalendar calendar) =>
        TimescaleRule.CalendarDays(0).Evaluate(due, null, today, calendar);

    /// <summary>The day the oversight clock runs from, or null when the child has no open episode.</summary>
    public static DateOnly? OversightClockStart(ChildCaseSnapshot child)
    {
        ArgumentNullException.ThrowIfNull(child);
        var open = child.Referrals.Where(r => r.IsOpen).ToList();
        if (open.Count == 0)
        {
            return null;
        }
        var episodeStart = open.Min(r => r.ReferralDate);
        var last = child.OversightDates.Where(d => d >= episodeStart).DefaultIfEmpty(episodeStart).Max();
        return last;
    }

    public static string Describe(WorkKind kind) => kind switch
    {
        WorkKind.Assessment => "Assessment due",
        WorkKind.InitialConference => "Initial child protection conference due",
        WorkKind.FirstCoreGroup => "First core group due",
        WorkKind.CoreGroup => "Core group due",
        WorkKind.ReviewConference => "Review conference due",
        WorkKind.ChildProtectionVisit => "Child protection visit due",
        WorkKind.ChildInNeedReview => "CIN plan review due",
        WorkKind.ChildInNeedVisit => "CIN visit due",
        WorkKind.ManagementOversight => "Management oversight due",
        WorkKind.ShareAssessment => "Share assessment with family",
        WorkKind.ShareChildProtectionPlan => "Share child protection plan with family",
        WorkKind.ShareChildInNeedPlan => "Share CIN plan with family",
        WorkKind.ConferenceMinutes => "Conference minutes to family",
        WorkKind.LookedAfterReview => "Looked-after review due",
        WorkKind.LookedAfterVisit => "Looked-after child visit due",
        WorkKind.CarePlan => "Care plan due",
        WorkKind.InitialHealthAssessment => "Initial health assessment due",
        WorkKind.ReviewHealthAssessment => "Review health assessment due",
        WorkKind.PersonalEducationPlan => "PEP due",
        WorkKind.ReturnInterview => "Return home interview due",
        WorkKind.PathwayPlan => "Pathway plan due",
        WorkKind.PathwayPlanReview => "Pathway plan review due",
        WorkKind.BirthdayContact => "Care leaver birthday contact due",
        WorkKind.ProceedingsConclude => "Proceedings due to conclude (26 weeks)",
        WorkKind.PermanencePlan => "Permanence plan due (second review)",
        WorkKind.AdoptionMatch => "Adoption match due (placement order + 121 days)",
        WorkKind.PlacedWithAdopters => "Placing with adopters due (entry + 426 days)",
        WorkKind.PrivateFosteringVisit => "Private fostering visit due",
        WorkKind.EarlyHelpReview => "Early help review due",
        WorkKind.WarningReview => "Warning review due",
        WorkKind.FosteringAssessment => "Fostering assessment (Form F) due, 8 months from application",
        WorkKind.ConnectedPersonsAssessment => "Connected persons decision due (temporary approval ends)",
        WorkKind.AdopterStageOne => "Adopters' stage one due (2 months)",
        WorkKind.AdopterStageTwo => "Adopters' decision due (stage two, 4 months)",
        WorkKind.FosterCarerReview => "Foster carers' annual review due",
        WorkKind.UnannouncedVisit => "Unannounced visit to foster carers due",
        WorkKind.FosterCarerTrainingStandards => "Foster carers' training standards due",
        WorkKind.LifeStoryBook => "Life story book due to the adopters (second review of the placement)",
        WorkKind.LaterLifeLetter => "Later life letter due (before the adoption order)",
        WorkKind.ReturnHomeReview => "Return home review due (6 months after going home)",
        _ => kind.ToString(),
    };

    private static bool IsShared(ChildCaseSnapshot child, SharedItemKind kind, Guid itemId) =>
        child.Shared.Any(s => s.ItemKind == kind && s.ItemId == itemId);

    /// <summary>
    /// A visit counts for a plan when the worker recorded it for that plan or did not say; a visit recorded for an
    /// assessment or another purpose does not stop a plan's visit clock.
    /// </summary>
    private static IEnumerable<DateOnly> VisitsFor(ChildCaseSnapshot child, VisitPurpose purpose) =>
        child.SeenVisits.Where(v => v.Purpose is null || v.Purpose == purpose).Select(v => v.On);

    /// <summary>
    /// An enquiry still open, or one that concluded a conference is needed, waits for its initial conference until
    /// one is held for it (or, when the conference was not linked to an enquiry, one held in the episode since it began).
    /// </summary>
    private static bool AwaitsInitialConference(ChildCaseSnapshot child, Section47Enquiry s47)
    {
        if (s47.CompletedOn is not null && s47.Outcome != Section47Outcome.ConferenceRequired)
        {
            return false;
        }
        return !child.Conferences.Any(c => c.Type == ConferenceType.Initial && c.HeldOn is { } held
            && (c.Section47Id == s47.Id || (c.Section47Id is null && c.ReferralId == s47.ReferralId && held >= s47.StartDate)));
    }

    /// <summary>
    /// The 15 working days run from the strategy discussion that started the enquiry: the linked one, else the last
    /// one in the episode on or before the enquiry began, else the enquiry's own start.
    /// </summary>
    private static DateOnly StrategyDiscussionDate(ChildCaseSnapshot child, Section47Enquiry s47)
    {
        if (s47.StrategyDiscussionId is { } id && child.StrategyDiscussions.FirstOrDefault(d => d.Id == id) is { } linked)
        {
            return linked.HeldOn;
        }
        return child.StrategyDiscussions
            .Where(d => d.ReferralId == s47.ReferralId && d.HeldOn <= s47.StartDate)
            .Select(d => d.HeldOn).DefaultIfEmpty(s47.StartDate).Max();
    }

    /// <summary>The pages where each piece of work is done. Plain strings, so they work whichever pages are deployed.</summary>
    public static class Links
    {
        public static string Episode(Guid person, Guid referral) => $"/people/{person}/social-care/{referral}";

        public static string Assessment(Guid person, Guid referral, Guid assessment) => $"{Episode(person, referral)}/assessments/{assessment}";

        public static string ChildProtection(Guid person, Guid referral) => $"{Episode(person, referral)}/child-protection";

        public static string CaseNotes(Guid person) => $"/people/{person}/case-notes";

        public static string Oversight(Guid person) => $"/people/{person}/oversight";

        public static string Sharing(Guid person, SharedItemKind kind, Guid item) => $"/people/{person}/sharing/{FamilySharing.Slug(kind)}/{item}";

        public static string CareReviews(Guid person) => $"/people/{person}/care/reviews";

        public static string CareVisits(Guid person) => $"/people/{person}/care/visits";

        public static string CarePlan(Guid person) => $"/people/{person}/care/plans/care-plan";
    }
}
