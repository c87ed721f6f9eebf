using Haven.Web.Features.WorkTray;

namespace Haven.Web.Features.Home;

/// <summary>
/// The lists a team manager's and a service manager's homes share: decisions waiting for a manager, children
/// with an open episode and no worker, and each worker's overdue work. Each query names only children the
/// viewer may open (<see cref="VisiblePeople"/>) and says how many others there are, without naming them.
/// </summary>
public sealed class ManagerLists(HavenDbContext db, VisiblePeople visible, TimeProvider clock)
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;

    /// <summary>Records waiting that the viewer may not open: counted on the page, never named.</summary>
    public int Hidden { get; private set; }

    /// <summary>
    /// Contacts at the front door with no decision yet: a count leading to the front door's own queue, which sorts,
    /// masks and exports them. They are not yet any team's, so every manager sees the same number.
    /// </summary>
    public async Task<int> ContactsAwaitingDecisionAsync(CancellationToken ct)
    {
        var listsAnyone = visible.ListsAnyone;
        return await db.Contacts.AsNoTracking()
            .CountAsync(c => listsAnyone && c.Decision == null && db.People.Any(p => p.Id == c.PersonId && p.MergedIntoId == null), ct);
    }

    /// <summary>
    /// Assessments sent for authorisation, and section 47 outcomes of "no conference" waiting for a service
    /// manager's agreement. <paramref name="children"/> narrows them to a team's children (null: the whole service).
    /// <paramref name="agreeHere"/> links an agreement to the page where it is given (only a service manager may).
    /// </summary>
    public async Task<HomeList> DecisionsAsync(IReadOnlyCollection<Guid>? children, bool agreeHere, CancellationToken ct)
    {
        var today = UkClock.Today(clock);
        var open = visible.OpenIds;
        var all = children is null;
        var scope = children ?? [];
        var assessments = await db.Assessments.AsNoTracking()
            .Where(a => a.SubmittedOn != null && a.AuthorisedOn == null && (all || scope.Contains(a.PersonId)))
            .Join(db.People.Where(p => p.MergedIntoId == null), a => a.PersonId, p => p.Id, (a, p) => new
            {
                a.Id, a.PersonId, a.ReferralId, Since = a.SubmittedOn!.Value, p.FirstName, p.LastName, p.LaPersonId, CanOpen = open.Any(id => id == p.Id),
            })
            .ToListAsync(ct);
        var agreements = await db.Section47Enquiries.AsNoTracking()
            .Where(s => s.Outcome == Section47Outcome.SubstantiatedNoConference && s.SeniorManagerAgreedOn == null && (all || scope.Contains(s.PersonId)))
            .Join(db.People.Where(p => p.MergedIntoId == null), s => s.PersonId, p => p.Id, (s, p) => new
            {
                s.Id, s.PersonId, s.ReferralId, s.StartDate, p.FirstName, p.LastName, p.LaPersonId, CanOpen = open.Any(id => id == p.Id),
                // The outcome is only proposed until agreed, so the enquiry has no end date yet: the proposal's event says when.
                Proposed = db.CaseEvents.Where(e => e.PersonId == s.PersonId && e.Type == CaseEventTypes.Section47OutcomeProposed).Max(e => (DateTime?)e.OccurredAtUtc),
            })
            .ToListAsync(ct);
        Hidden = assessments.Count(a => !a.CanOpen) + agreements.Count(a => !a.CanOpen);

        static HomeCell Child(Guid id, string first, string last, string havenId) => new($"{first} {last}", $"/people/{id}", havenId);
        HomeCell Waiting(DateOnly since) => HomeCell.Number(Math.Max(0, Calendar.WorkingDaysBetween(since, today)));

        var rows = assessments.Where(a => a.CanOpen).Select(a => (IReadOnlyList<HomeCell>)
            [
                new HomeCell("Authorise an assessment", $"{DueWork.Links.Assessment(a.PersonId, a.ReferralId, a.Id)}/authorise"),
                Child(a.PersonId, a.FirstName, a.LastName, a.LaPersonId),
                HomeCell.Date(a.Since),
                Waiting(a.Since),
            ])
            .Concat(agreements.Where(s => s.CanOpen).Select(s => (IReadOnlyList<HomeCell>)
            [
                agreeHere
                    ? new HomeCell("Agree no conference after section 47", $"/people/{s.PersonId}/social-care/{s.ReferralId}/section-47/{s.Id}/agree")
                    : new HomeCell("Section 47 \"no conference\": waiting for a service manager", DueWork.Links.ChildProtection(s.PersonId, s.ReferralId)),
                Child(s.PersonId, s.FirstName, s.LastName, s.LaPersonId),
                HomeCell.Date(s.Proposed is { } proposed ? UkClock.DateOf(proposed) : s.StartDate),
                Waiting(s.Proposed is { } since ? UkClock.DateOf(since) : s.StartDate),
            ]));
        return new HomeList("decisions", "Decisions waiting",
            [new("decision", "Decision"), new("child", "Child"), new("since", "Waiting since"), new("days", "Working days", Numeric: true)],
            rows, "since")
        {
            Description = "Assessments sent to a manager to authorise, and section 47 enquiries that ended without a conference after harm was substantiated, which a service manager must agree. Longest waiting first.",
            EmptyText = "No decisions are waiting.",
        };
    }

    /// <summary>Children with an open episode and no current allocation: work that nobody is doing yet.</summary>
    public async Task<HomeList> UnallocatedAsync(CancellationToken ct)
    {
        var today = UkClock.Today(clock);
        var open = visible.OpenIds;
        var episodes = await db.Referrals.AsNoTracking()
            .Where(r => r.ClosedOn == null
                && !db.Allocations.Any(a => a.PersonId == r.PersonId && a.StartDate <= today && (a.EndDate == null || a.EndDate >= today)))
            .Join(db.People.Where(p => p.MergedIntoId == null), r => r.PersonId, p => p.Id, (r, p) => new
            {
                r.Id, r.PersonId, r.ContactId, r.ReferralDate, p.FirstName, p.LastName, p.LaPersonId, CanOpen = open.Any(id => id == p.Id),
            })
            .ToListAsync(ct);
        var hidden = episodes.Where(e => !e.CanOpen).Select(e => e.PersonId).Distinct().Count();
        Hidden += hidden;
        var rows = episodes.Where(e => e.CanOpen).Select(e => (IReadOnlyList<HomeCell>)
        [
            new HomeCell($"{e.FirstName} {e.LastName}", $"/people/{e.PersonId}", e.LaPersonId),
            HomeCell.Date(e.ReferralDate),
            HomeCell.Number(Math.Max(0, Calendar.WorkingDaysBetween(e.ReferralDate, today))),
            // The allocation form is on the contact the referral came from.
            new HomeCell("Allocate a worker", e.ContactId is { } contact ? $"/people/{e.PersonId}/contacts/{contact}" : DueWork.Links.Episode(e.PersonId, e.Id)),
        ]);
        return new HomeList("unallocated", "Unallocated work",
            [new("child", "Child"), new("referred", "Referred"), new("days", "Working days waiting", Numeric: true), new("action", "Action")], rows, "referred")
        {
            Description = "Children with an open referral and no allocated worker, longest waiting first.",
            EmptyText = "Every child with an open referral has a worker.",
        };
    }

    /// <summary>Each worker's overdue and due-soon work, most overdue first, each linked to their tray.</summary>
    public static HomeList OverdueByWorker(Tray tray, bool showTeam)
    {
        ArgumentNullException.ThrowIfNull(tray);
        var rows = WorkTrayQueries.ByWorker(tray).Select(w => (IReadOnlyList<HomeCell>)
        [
            new HomeCell(w.WorkerName, $"/work-tray/team?worker={Uri.EscapeDataString(w.WorkerUserId)}#work", showTeam ? w.TeamName : null),
            HomeCell.Number(w.Children),
            new HomeCell(w.Overdue.ToString(System.Globalization.CultureInfo.InvariantCulture), TagColour: w.Overdue > 0 ? "red" : null, SortValue: w.Overdue),
            HomeCell.Number(w.DueSoon),
        ]);
        return new HomeList("overdue", "Overdue by worker",
            [new("worker", "Worker"), new("children", "Children", Numeric: true), new("overdue", "Overdue", Numeric: true), new("due-soon", "Due soon", Numeric: true)],
            rows, "overdue", defaultDescending: true)
        {
            Description = "Each worker's statutory work that is overdue or due within 2 working days.",
            EmptyText = "No children are allocated.",
        };
    }
}
