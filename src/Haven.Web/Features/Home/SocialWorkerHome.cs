using Haven.Web.Features.WorkTray;
using Haven.Web.Infrastructure.Sessions;

namespace Haven.Web.Features.Home;

/// <summary>
/// A social worker's day: the work that is overdue or due this week (from the work tray's own clocks), their
/// children with what each is open for and the next statutory date, drafts they have not finished, and what
/// other people have changed on their cases in the last 14 days.
/// </summary>
public sealed class SocialWorkerHome(WorkTrayQueries trays, HavenDbContext db, CurrentUser user, VisiblePeople visible, TimeProvider clock) : IRoleHome
{
    /// <summary>How far back "recent changes by others" looks.</summary>
    public const int RecentDays = 14;

    public string Partial => "_SocialWorkerHome";

    public string Title => "Your day";

    public IReadOnlyList<HomeList> Lists { get; private set; } = [];

    public Tray Tray { get; private set; } = Tray.Empty;

    public DateOnly Today => Tray.Today;

    /// <summary>The Sunday that ends this week: "due this week" is due on or before it.</summary>
    public DateOnly WeekEnds => Today.AddDays((7 - (int)Today.DayOfWeek) % 7);

    public HomeList Work => Lists[0];

    public HomeList Children => Lists[1];

    public HomeList Drafts => Lists[2];

    public HomeList Changes => Lists[3];

    /// <summary>The care leavers the worker is personal adviser to (shown only when there are some).</summary>
    public HomeList YourCareLeavers => Lists[4];

    public int Overdue => Tray.Rows.Count(r => r.Item.State == TimescaleState.Overdue);

    public async Task LoadAsync(CancellationToken ct)
    {
        // The households the worker supervises or assesses have clocks too (annual review, unannounced visit, training
        // standards...): they are due work like a child's, so they are listed with it (they are not children, so the
        // children list below leaves them out).
        Tray = await FosteringHouseholds.FosteringTrayClocks.AddMineAsync(db, await trays.MineAsync(ct), user.UserId, ct);
        var plans = await CaseloadPlans.ForAsync(db, Tray, ct);
        Lists = [WorkList(), ChildrenList(plans), await DraftsAsync(ct), await ChangesAsync(ct),
            await CareLeavers.AdviserCaseload.ListAsync(db, visible, user.UserId, Today, ct)];
    }

    private HomeList WorkList()
    {
        var rows = Tray.Rows.Where(r => r.Item.State == TimescaleState.Overdue || r.Item.DueOn <= WeekEnds)
            .OrderBy(r => r.Item.DueOn).ThenBy(r => r.Child.Name, StringComparer.CurrentCultureIgnoreCase)
            .Select(r => (IReadOnlyList<HomeCell>)
            [
                new HomeCell(r.Child.Name, r.Child.Href, r.Child.HavenId),
                new HomeCell(r.Item.What, r.Item.Link),
                HomeCell.Date(r.Item.DueOn, r.Item.Status.DaysOverdue > 0 ? $"{r.Item.Status.DaysOverdue} {(r.Item.Status.DaysOverdue == 1 ? "day" : "days")} late" : null),
                new HomeCell(WorkListModel.StatusLabel(r.Item.State), TagColour: WorkListModel.StatusColour(r.Item.State), SortValue: (int)r.Item.State),
            ]);
        return new HomeList("work", "Overdue and due this week",
            [new("child", "Child"), new("work", "Work"), new("due", "Due"), new("status", "Status")], rows, "due")
        {
            Description = $"Work on your children that is overdue or due by Sunday {DateText.Date(WeekEnds)}, soonest first.",
            EmptyText = "Nothing is overdue or due this week.",
            More = ("See everything due in your work tray", "/work-tray"),
        };
    }

    private HomeList ChildrenList(Dictionary<Guid, PlanType> plans)
    {
        var rows = Tray.Children.DistinctBy(c => c.PersonId).Select(c =>
        {
            var next = Tray.Rows.Where(r => r.Child.PersonId == c.PersonId).MinBy(r => r.Item.DueOn);
            var plan = plans.GetValueOrDefault(c.PersonId, PlanType.NoPlan);
            return (IReadOnlyList<HomeCell>)
            [
                new HomeCell(c.Name, $"/people/{c.PersonId}", c.HavenId),
                new HomeCell(CaseloadPlans.Label(plan), SortValue: (int)plan),
                next is null
                    ? new HomeCell("None due", SortValue: DateOnly.MaxValue)
                    : new HomeCell(DateText.Short(next.Item.DueOn), next.Item.Link, next.Item.What, SortValue: next.Item.DueOn),
            ];
        });
        return new HomeList("children", "Your children",
            [new("child", "Child"), new("plan", "Plan type"), new("next", "Next statutory date")], rows, "next")
        {
            Description = "Every child allocated to you, with what their case is open for and the next date a clock sets.",
            EmptyText = "No children are allocated to you.",
        };
    }

    /// <summary>
    /// Forms kept when a session timed out (decision 0009) and assessments the worker has started but not sent
    /// for authorisation, including those a manager returned.
    /// </summary>
    private async Task<HomeList> DraftsAsync(CancellationToken ct)
    {
        var me = user.UserId;
        var since = clock.GetUtcNow().UtcDateTime - KeptForms.KeptFor;
        var kept = await db.KeptForms.AsNoTracking().Where(f => f.UserId == me && f.KeptAtUtc >= since)
            .OrderByDescending(f => f.KeptAtUtc).Select(f => new { f.Id, f.PostedTo, f.KeptAtUtc }).ToListAsync(ct);

        var mine = Tray.Children.Select(c => c.PersonId).Distinct().ToList();
        var open = visible.OpenIds;
        var assessments = await db.Assessments.AsNoTracking()
            .Where(a => a.AuthorisedOn == null && a.SubmittedOn == null
                && (a.AllocatedWorkerUserId == me || (a.AllocatedWorkerUserId == null && mine.Contains(a.PersonId)))
                && open.Any(id => id == a.PersonId)
                && db.Referrals.Any(r => r.Id == a.ReferralId && r.ClosedOn == null))
            .Join(db.People, a => a.PersonId, p => p.Id, (a, p) => new { a.Id, a.PersonId, a.ReferralId, a.StartDate, p.FirstName, p.LastName, p.LaPersonId })
            .ToListAsync(ct);

        var rows = kept.Select(k => (IReadOnlyList<HomeCell>)
            [
                new HomeCell("Form kept when you were signed out", KeptForms.UrlFor(k.Id), k.PostedTo),
                new HomeCell(""),
                new HomeCell(DateText.DateAndTime(k.KeptAtUtc), SortValue: DateOnly.FromDateTime(k.KeptAtUtc)),
            ])
            .Concat(assessments.OrderBy(a => a.StartDate).Select(a => (IReadOnlyList<HomeCell>)
            [
                new HomeCell("Assessment not yet sent for authorisation", DueWork.Links.Assessment(a.PersonId, a.ReferralId, a.Id)),
                new HomeCell($"{a.FirstName} {a.LastName}", $"/people/{a.PersonId}", a.LaPersonId),
                HomeCell.Date(a.StartDate),
            ]));
        return new HomeList("drafts", "Drafts you have not finished",
            [new("draft", "Draft"), new("child", "Child"), new("started", "Started")], rows, "started")
        {
            Description = "Forms kept for you when your session timed out (for a day), and assessments you have started but not sent for authorisation.",
            EmptyText = "You have no unfinished drafts.",
        };
    }

    private async Task<HomeList> ChangesAsync(CancellationToken ct)
    {
        var me = user.UserId;
        var names = Tray.Children.DistinctBy(c => c.PersonId).ToDictionary(c => c.PersonId);
        var ids = names.Keys.ToList();
        var since = clock.GetUtcNow().UtcDateTime.AddDays(-RecentDays);
        var events = await db.CaseEvents.AsNoTracking()
            .Where(e => ids.Contains(e.PersonId) && e.ActorUserId != me && e.OccurredAtUtc >= since)
            .OrderByDescending(e => e.OccurredAtUtc).Take(200)
            .Select(e => new { e.PersonId, e.OccurredAtUtc, e.Summary, e.ActorName })
            .ToListAsync(ct);
        var rows = events.Select(e => (IReadOnlyList<HomeCell>)
            [
                new HomeCell(DateText.DateAndTime(e.OccurredAtUtc), SortValue: e.OccurredAtUtc),
                new HomeCell(names[e.PersonId].Name, $"/people/{e.PersonId}/history", names[e.PersonId].HavenId),
                new HomeCell(e.Summary),
                new HomeCell(e.ActorName),
            ]);
        return new HomeList("changes", "Recent changes by others",
            [new("when", "When"), new("child", "Child"), new("what", "What changed"), new("who", "Who")], rows, "when", defaultDescending: true)
        {
            Description = $"What other people recorded on your children in the last {RecentDays} days, newest first (up to 200).",
            EmptyText = $"Nobody else has changed your children's records in the last {RecentDays} days.",
        };
    }
}
