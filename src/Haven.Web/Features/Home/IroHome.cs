using Haven.Domain.Escalations;
using Haven.Web.Features.ChildProtection;

namespace Haven.Web.Features.Home;

/// <summary>The IRO's or conference chair's home: conferences to chair, minutes owed, plans coming up for review, and escalations raised.</summary>
public sealed class IroHomeView
{

    public required HomeList ToChair { get; init; }
    public required HomeList Minutes { get; init; }
    public required HomeList Reviews { get; init; }
    public required HomeList Escalations { get; init; }

    public IReadOnlyList<HomeList> Lists => [ToChair, Minutes, Reviews, Escalations];
}

public sealed record ChairRow(HomeChild Child, ConferenceType Type, DateOnly Date, DateOnly? DueOn, string Link);

public sealed record MinutesRow(HomeChild Child, ConferenceType Type, DateOnly HeldOn, int Reports, int Invited, DateOnly MinutesDueOn, string Link);

public sealed record ReviewRow(HomeChild Child, DateOnly PlanStarted, string Category, DateOnly ReviewDueOn, DateOnly? BookedFor, string Link);

public sealed record EscalationRow(HomeChild Child, string About, EscalationStage Stage, DateOnly Since, string RaisedWith, string Link);

/// <summary>
/// Conferences are chaired from the IRO service as a pool, and Haven records the chair when a conference is held,
/// so "to chair" is every conference booked and not yet held; the minutes a chair owes are those of the
/// conferences recorded with their name. Plans coming up for review are open child protection plans whose next
/// review is due within <see cref="ReviewWeeksAhead"/> weeks (or overdue).
/// </summary>
public sealed class IroHome(HavenDbContext db, HomeChildren children, CurrentUser user, TimeProvider clock)
 : IRoleHome
{
    public string Partial => "_IroHome";

    public string Title => "Conferences and reviews";

    /// <summary>What <see cref="LoadAsync"/> found; the partial shows it.</summary>
    public IroHomeView View { get; private set; } = null!;

    public IReadOnlyList<HomeList> Lists => View.Lists;

    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;

    /// <summary>How far ahead the chair looks at reviews coming up: enough to read the plan and the core group's notes first.</summary>
    public const int ReviewWeeksAhead = 8;

    /// <summary>The local standard for circulating conference minutes (Working Together leaves it to the partnership).</summary>
    public const int MinutesWorkingDays = 15;

    public async Task LoadAsync(CancellationToken ct)
    {
        var today = UkClock.Today(clock);
        var me = user.DisplayName;
        var openEpisodes = db.Referrals.Where(r => r.ClosedOn == null).Select(r => r.Id);
        var conferences = await db.ChildProtectionConferences.AsNoTracking().Where(c => openEpisodes.Contains(c.ReferralId))
            .Select(c => new { c.Id, c.PersonId, c.ReferralId, c.Type, c.ChildProtectionPlanId, c.ScheduledFor, c.HeldOn, c.Chair, c.MinutesSentOn })
            .ToListAsync(ct);
        var mine = conferences.Where(c => c.HeldOn != null && c.MinutesSentOn == null && c.Chair == me).Select(c => c.Id).ToList();
        var reports = await db.ConferenceAttendees.AsNoTracking().Where(a => mine.Contains(a.ConferenceId))
            .GroupBy(a => a.ConferenceId).Select(g => new { Id = g.Key, Invited = g.Count(), Reports = g.Count(a => a.ReportSubmitted) })
            .ToDictionaryAsync(g => g.Id, ct);
        var plans = await db.ChildProtectionPlans.AsNoTracking().Where(p => p.EndDate == null && openEpisodes.Contains(p.ReferralId))
            .Select(p => new { p.Id, p.PersonId, p.ReferralId, p.StartDate, p.LatestCategory }).ToListAsync(ct);
        var escalations = await db.Escalations.AsNoTracking().Where(e => e.RaisedByUserId == user.UserId && e.Stage != EscalationStage.Resolved)
            .Select(e => new { e.Id, e.PersonId, e.ConcernsKind, e.Stage, e.RaisedWith, Since = e.Steps.Max(s => s.On) })
            .ToListAsync(ct);
        var named = await children.OpenAmongAsync(conferences.Select(c => c.PersonId).Concat(plans.Select(p => p.PersonId)).Concat(escalations.Select(e => e.PersonId)), ct);
        int NotShown(IEnumerable<Guid> people) => people.Count(p => !named.ContainsKey(p));

        DateOnly NextReview(Guid planId, DateOnly start) => ChildProtectionRules.NextReviewDueOn(start,
            conferences.Where(c => c.ChildProtectionPlanId == planId && c.Type == ConferenceType.Review && c.HeldOn != null).Select(c => c.HeldOn!.Value), Calendar);
        var upcoming = conferences.Where(c => c.HeldOn == null).ToList();
        var toChair = upcoming.Where(c => named.ContainsKey(c.PersonId))
            .Select(c => new ChairRow(named[c.PersonId], c.Type, c.ScheduledFor,
                c.Type == ConferenceType.Review && plans.FirstOrDefault(p => p.Id == c.ChildProtectionPlanId) is { } p ? NextReview(p.Id, p.StartDate) : null,
                $"/people/{c.PersonId}/social-care/{c.ReferralId}/conferences/{c.Id}/held"))
            .ToList();
        var owed = conferences.Where(c => mine.Contains(c.Id) && named.ContainsKey(c.PersonId))
            .Select(c => new MinutesRow(named[c.PersonId], c.Type, c.HeldOn!.Value, reports.GetValueOrDefault(c.Id)?.Reports ?? 0, reports.GetValueOrDefault(c.Id)?.Invited ?? 0,
                Calendar.AddWorkingDays(c.HeldOn!.Value, MinutesWorkingDays), $"/people/{c.PersonId}/social-care/{c.ReferralId}/child-protection"))
            .ToList();
        var horizon = today.AddDays(7 * ReviewWeeksAhead);
        var reviews = plans.Select(p => new { Plan = p, Due = NextReview(p.Id, p.StartDate) }).Where(p => p.Due <= horizon).ToList();
        var reviewRows = reviews.Where(r => named.ContainsKey(r.Plan.PersonId))
            .Select(r => new ReviewRow(named[r.Plan.PersonId], r.Plan.StartDate, ChildProtectionText.Category(r.Plan.LatestCategory), r.Due,
                upcoming.Where(c => c.ChildProtectionPlanId == r.Plan.Id && c.Type == ConferenceType.Review).Select(c => (DateOnly?)c.ScheduledFor).FirstOrDefault(),
                $"/people/{r.Plan.PersonId}/social-care/{r.Plan.ReferralId}/child-protection-plans/{r.Plan.Id}"))
            .ToList();
        var escalationRows = escalations.Where(e => named.ContainsKey(e.PersonId))
            .Select(e => new EscalationRow(named[e.PersonId], PlanKinds.Label(e.ConcernsKind), e.Stage, e.Since, e.RaisedWith, $"/people/{e.PersonId}/escalations/{e.Id}"))
            .ToList();

        View = new IroHomeView
        {
            ToChair = HomeList.Of("to-chair", "Conferences to chair", "No conference is booked.", toChair,
                [
                    new HomeColumn<ChairRow>("date", "Date", r => DateText.Date(r.Date), r => r.Date),
                    new HomeColumn<ChairRow>("child", "Child", r => r.Child.Text, r => r.Child.Name, r => r.Link),
                    new HomeColumn<ChairRow>("conference", "Conference", r => ChildProtectionText.ConferenceName(r.Type), r => r.Type.ToString()),
                    new HomeColumn<ChairRow>("due", "Review due by", r => DateText.Date(r.DueOn), r => r.DueOn),
                ], "date", notShown: NotShown(upcoming.Select(c => c.PersonId)),
                hint: "Booked and not yet held, soonest first. Agencies' reports are recorded as received when you record the conference."),
            Minutes = HomeList.Of("minutes", "Minutes due", "You owe no minutes.", owed,
                [
                    new HomeColumn<MinutesRow>("due", "Minutes due by", r => DateText.Date(r.MinutesDueOn), r => r.MinutesDueOn),
                    new HomeColumn<MinutesRow>("child", "Child", r => r.Child.Text, r => r.Child.Name, r => r.Link),
                    new HomeColumn<MinutesRow>("conference", "Conference", r => ChildProtectionText.ConferenceName(r.Type), r => r.Type.ToString()),
                    new HomeColumn<MinutesRow>("held", "Held on", r => DateText.Date(r.HeldOn), r => r.HeldOn),
                    new HomeColumn<MinutesRow>("papers", "Reports received", r => $"{r.Reports} of {r.Invited}", r => r.Reports),
                ], "due",
                hint: $"Conferences you chaired whose minutes are not recorded as sent; the local standard is {MinutesWorkingDays} working days."),
            Reviews = HomeList.Of("reviews", "Plans coming up for review", $"No plan's review is due in the next {ReviewWeeksAhead} weeks.", reviewRows,
                [
                    new HomeColumn<ReviewRow>("due", "Review due by", r => DateText.Date(r.ReviewDueOn), r => r.ReviewDueOn),
                    new HomeColumn<ReviewRow>("child", "Child", r => r.Child.Text, r => r.Child.Name, r => r.Link),
                    new HomeColumn<ReviewRow>("category", "Category", r => r.Category, r => r.Category),
                    new HomeColumn<ReviewRow>("started", "Plan started", r => DateText.Date(r.PlanStarted), r => r.PlanStarted),
                    new HomeColumn<ReviewRow>("booked", "Review booked for", r => r.BookedFor is { } d ? DateText.Date(d) : "Not booked", r => r.BookedFor),
                ], "due", notShown: NotShown(reviews.Select(r => r.Plan.PersonId)),
                hint: "Open child protection plans: read the plan before the review, add a quality note, or raise an escalation."),
            Escalations = HomeList.Of("escalations", "Escalations you raised", "You have no open escalation.", escalationRows,
                [
                    new HomeColumn<EscalationRow>("child", "Child", r => r.Child.Text, r => r.Child.Name, r => r.Link),
                    new HomeColumn<EscalationRow>("about", "About", r => r.About, r => r.About),
                    new HomeColumn<EscalationRow>("stage", "Stage", r => EscalationStages.Label(r.Stage), r => r.Stage),
                    new HomeColumn<EscalationRow>("since", "Since", r => DateText.Date(r.Since), r => r.Since),
                    new HomeColumn<EscalationRow>("with", "Raised with", r => r.RaisedWith, r => r.RaisedWith),
                ], "since", notShown: NotShown(escalations.Select(e => e.PersonId)),
                hint: "Open escalations, oldest stage first: chase those that have sat at one stage too long."),
        };
    }
}
