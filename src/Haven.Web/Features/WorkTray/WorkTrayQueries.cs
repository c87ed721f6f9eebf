using Haven.Domain.Workforce;
using Haven.Web.Infrastructure.Authorisation;

namespace Haven.Web.Features.WorkTray;

/// <summary>A child on a worker's caseload, as a work tray shows them.</summary>
public sealed record TrayChild(Guid PersonId, string Name, string HavenId, string WorkerUserId, string WorkerName, Guid TeamId, string TeamName)
{
    /// <summary>Where the row's name links: the child's record, or a fostering household's page for a household's clocks.</summary>
    public string Href { get; init; } = $"/people/{PersonId}";
}

/// <summary>
/// A tray's children: the list its rows are made for, and <see cref="People"/>, the query that selects the same
/// children, which clock tables are filtered by (in SQL, as a subquery: never a list of a thousand ids as parameters).
/// </summary>
public sealed record TrayChildren(IReadOnlyList<TrayChild> List, IQueryable<Guid> People);

/// <summary>One piece of due work with the child and the worker it belongs to.</summary>
public sealed record TrayRow(TrayChild Child, WorkItem Item)
{
    /// <summary>
    /// Rows for clocks that run beside <see cref="DueWork"/> (early help, warnings): <paramref name="work"/> loads what the
    /// tray's children need through the query that selects them and gives their due work, and each item goes with its child.
    /// </summary>
    public static async Task<IReadOnlyList<TrayRow>> ForChildrenAsync(TrayChildren children, Func<IQueryable<Guid>, Task<IEnumerable<WorkItem>>> work)
    {
        ArgumentNullException.ThrowIfNull(children);
        ArgumentNullException.ThrowIfNull(work);
        if (children.List.Count == 0)
        {
            return [];
        }
        var byChild = (await work(children.People)).ToLookup(i => i.PersonId);
        return [.. children.List.SelectMany(c => byChild[c.PersonId].Select(i => new TrayRow(c, i)))];
    }
}

/// <summary>
/// The children in a tray and their work. Records the viewer could not open (<see cref="VisiblePeople"/>) are counted
/// but not listed: their names and even the kind of work due (a child protection visit) would say too much.
/// </summary>
public sealed record Tray(DateOnly Today, IReadOnlyList<TrayChild> Children, IReadOnlyList<TrayRow> Rows, int HiddenRestricted)
{
    /// <summary>Each listed child's open case as the clocks read it, for pages that say more than what is due (a home page's plan type).</summary>
    public IReadOnlyDictionary<Guid, ChildCaseSnapshot> Cases { get; init; } = new Dictionary<Guid, ChildCaseSnapshot>();

    /// <summary>The query that selects the listed children, for pages that read more about them (see <see cref="TrayChildren"/>).</summary>
    public required IQueryable<Guid> People { get; init; }

    /// <summary>A page's tray before it is loaded.</summary>
    public static Tray Empty { get; } = new(default, [], [], 0) { People = Enumerable.Empty<Guid>().AsQueryable() };
}

/// <summary>A manager's team: whose work is overdue, at a glance.</summary>
public sealed record WorkerSummary(string WorkerUserId, string WorkerName, string TeamName, int Children, int Overdue, int DueSoon);

/// <summary>
/// Loads the due work for a set of allocations. Every clock table is read once for all the children together
/// (a team can carry hundreds), then <see cref="DueWork"/> works out each child's work in memory, because
/// working days cannot be counted in SQL.
/// </summary>
public sealed class WorkTrayQueries(HavenDbContext db, CurrentUser user, TimeProvider clock, LocalTimescales local, VisiblePeople visible)
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;

    /// <summary>The signed-in worker's own children: their current allocations.</summary>
    public Task<Tray> MineAsync(CancellationToken ct)
    {
        var me = user.UserId;
        return LoadAsync(a => a.WorkerUserId == me, ct);
    }

    /// <summary>The teams a manager sees: those they manage; a service manager works across every team.</summary>
    public async Task<IReadOnlyList<Team>> ManagedTeamsAsync(CancellationToken ct)
    {
        var me = user.UserId;
        var all = user.May(Capabilities.OverseeEveryTeam);
        return await db.Teams.AsNoTracking().Where(t => all || t.ManagerUserId == me).OrderBy(t => t.Name).ToListAsync(ct);
    }

    /// <summary>Every child allocated in <paramref name="teamIds"/>.</summary>
    public Task<Tray> TeamsAsync(IReadOnlyCollection<Guid> teamIds, CancellationToken ct) =>
        LoadAsync(a => teamIds.Contains(a.TeamId), ct);

    public static IReadOnlyList<WorkerSummary> ByWorker(Tray tray) =>
        tray.Children.GroupBy(c => c.WorkerUserId).Select(g =>
        {
            var people = g.Select(c => c.PersonId).ToHashSet();
            var rows = tray.Rows.Where(r => r.Child.WorkerUserId == g.Key && people.Contains(r.Child.PersonId)).ToList();
            return new WorkerSummary(g.Key, g.First().WorkerName, g.First().TeamName, people.Count,
                rows.Count(r => r.Item.State == TimescaleState.Overdue), rows.Count(r => r.Item.State == TimescaleState.DueSoon));
        })
        .OrderByDescending(w => w.Overdue).ThenByDescending(w => w.DueSoon).ThenBy(w => w.WorkerName, StringComparer.CurrentCultureIgnoreCase)
        .ToList();

    private async Task<Tray> LoadAsync(System.Linq.Expressions.Expression<Func<Allocation, bool>> scope, CancellationToken ct)
    {
        var today = UkClock.Today(clock);
        var open = visible.OpenIds;
        var current = db.Allocations.AsNoTracking()
            .Where(a => a.StartDate <= today && (a.EndDate == null || a.EndDate >= today))
            .Where(scope);
        var allocated = await current
            .Join(db.People.Where(p => p.MergedIntoId == null), a => a.PersonId, p => p.Id, (a, p) => new
            {
                a.PersonId, a.WorkerUserId, a.TeamId, p.FirstName, p.LastName, p.LaPersonId, CanOpen = open.Any(id => id == p.Id),
            })
            .ToListAsync(ct);

        var workers = await db.UserNamesAsync(allocated.Select(a => a.WorkerUserId), ct);
        var teamIds = allocated.Select(a => a.TeamId).Distinct().ToList();
        var teams = await db.Teams.AsNoTracking().Where(t => teamIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, ct);

        var children = allocated.Where(a => a.CanOpen)
            // One row per child and worker: a child co-worked by two workers in the team appears under each.
            .DistinctBy(a => (a.PersonId, a.WorkerUserId))
            .Select(a => new TrayChild(a.PersonId, $"{a.FirstName} {a.LastName}", a.LaPersonId, a.WorkerUserId,
                workers.GetValueOrDefault(a.WorkerUserId, "Unknown worker"), a.TeamId, teams.GetValueOrDefault(a.TeamId, "")))
            .OrderBy(c => c.Name, StringComparer.CurrentCultureIgnoreCase)
            .ToList();
        var hidden = allocated.Where(a => !a.CanOpen).Select(a => a.PersonId).Distinct().Count();

        // The clock tables are asked for "the children of these allocations" as a subquery, not a list of ids: a
        // service manager's tray has well over a thousand children, and a list that long as parameters made the
        // clock queries take a second (bench: team-tray, docs/performance.md).
        var listed = current.Where(a => open.Any(id => id == a.PersonId) && db.People.Any(p => p.Id == a.PersonId && p.MergedIntoId == null)).Select(a => a.PersonId);
        var snapshots = await SnapshotsAsync(listed, children.Select(c => c.PersonId).Distinct().ToList(), ct);
        var openCare = await LookedAfter.Reviews.OpenCarePeriods.LoadAsync(db, listed, ct);
        await LookedAfter.Reviews.CareReviewTrayClocks.AddToAsync(db, snapshots, openCare, ct);
        await Permanence.PermanenceTrayClocks.AddToAsync(db, snapshots, openCare, ct);
        var rows = children
            .SelectMany(c => DueWork.For(snapshots[c.PersonId], local, today, Calendar).Select(i => new TrayRow(c, i)))
            .ToList();
        // Care leavers' clocks run after their episode closes, so they come beside the episode clocks.
        var trayChildren = new TrayChildren(children, listed);
        rows.AddRange(await CareLeavers.CareLeaverTrayClocks.RowsAsync(db, trayChildren, today, ct));
        rows.AddRange(await EarlyHelp.EarlyHelpTrayClocks.RowsAsync(db, trayChildren, today, ct));
        rows.AddRange(await People.WarningTrayClocks.RowsAsync(db, trayChildren, today, ct));
        return new Tray(today, children, rows, hidden) { Cases = snapshots, People = listed };
    }

    /// <summary>The clocks of many children in one query a table, open episodes only.</summary>
    public Task<Dictionary<Guid, ChildCaseSnapshot>> SnapshotsAsync(IReadOnlyCollection<Guid> people, CancellationToken ct) =>
        SnapshotsAsync(db.PeopleWithIds(people), people, ct);

    /// <summary>
    /// The clocks of <paramref name="people"/>, given as the query that selects them so that each clock table is
    /// filtered in SQL by a subquery; <paramref name="ids"/> are the same children, for the result's keys.
    /// </summary>
    private async Task<Dictionary<Guid, ChildCaseSnapshot>> SnapshotsAsync(IQueryable<Guid> people, IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        if (ids.Count == 0)
        {
            return [];
        }
        var openEpisodes = db.Referrals.Where(r => people.Contains(r.PersonId) && r.ClosedOn == null);
        var referrals = await openEpisodes.AsNoTracking().ToListAsync(ct);
        var episodes = openEpisodes.Select(r => r.Id);
        var withEpisode = openEpisodes.Select(r => r.PersonId);

        var assessments = await db.Assessments.AsNoTracking().Where(a => episodes.Contains(a.ReferralId)).ToListAsync(ct);
        var strategy = await db.StrategyDiscussions.AsNoTracking().Where(s => episodes.Contains(s.ReferralId)).ToListAsync(ct);
        var enquiries = await db.Section47Enquiries.AsNoTracking().Where(s => episodes.Contains(s.ReferralId)).ToListAsync(ct);
        var conferences = await db.ChildProtectionConferences.AsNoTracking().Where(c => episodes.Contains(c.ReferralId)).ToListAsync(ct);
        var cpPlans = await db.ChildProtectionPlans.AsNoTracking().Include(p => p.CoreGroupMeetings)
            .Where(p => episodes.Contains(p.ReferralId) && p.EndDate == null).AsSplitQuery().ToListAsync(ct);
        var cinPlans = await db.ChildInNeedPlans.AsNoTracking().Include(p => p.Reviews)
            .Where(p => episodes.Contains(p.ReferralId) && p.EndDate == null).AsSplitQuery().ToListAsync(ct);
        // Only the last visit a child was seen at, for each purpose, can move a clock.
        var visits = await db.CaseNotes.AsNoTracking()
            .Where(n => withEpisode.Contains(n.PersonId) && n.Type == CaseNoteType.HomeVisit && n.ChildSeen == true && !n.VisitFailed)
            .GroupBy(n => new { n.PersonId, n.VisitPurpose })
            .Select(g => new { g.Key.PersonId, g.Key.VisitPurpose, Last = g.Max(n => n.OccurredOn) })
            .ToListAsync(ct);
        var oversight = await db.OversightRecords.AsNoTracking().Where(o => withEpisode.Contains(o.PersonId))
            .GroupBy(o => o.PersonId).Select(g => new { PersonId = g.Key, Last = g.Max(o => o.RecordedOn) }).ToListAsync(ct);
        var shared = await db.SharingRecords.AsNoTracking().Where(s => withEpisode.Contains(s.PersonId)).ToListAsync(ct);
        var inCare = await LookedAfter.HealthEducationAndMissingQuery.LoadAsync(db, withEpisode, ct);
        var missingFromHome = (await db.MissingEpisodes.AsNoTracking().Where(m => withEpisode.Contains(m.PersonId) && m.CarePeriodId == null && m.InterviewHeldAtUtc == null)
            .ToListAsync(ct)).ToLookup(m => m.PersonId);
        var privateFostering = (await db.PrivateFosteringArrangements.AsNoTracking().Include(a => a.Visits)
            .Where(a => withEpisode.Contains(a.PersonId) && a.EndedOn == null).ToListAsync(ct)).ToLookup(a => a.PersonId);

        var byReferral = referrals.ToLookup(r => r.PersonId);
        var byAssessment = assessments.ToLookup(a => a.PersonId);
        var byStrategy = strategy.ToLookup(s => s.PersonId);
        var byEnquiry = enquiries.ToLookup(s => s.PersonId);
        var byConference = conferences.ToLookup(c => c.PersonId);
        var byCpPlan = cpPlans.ToLookup(p => p.PersonId);
        var byCinPlan = cinPlans.ToLookup(p => p.PersonId);
        var byVisit = visits.ToLookup(v => v.PersonId, v => new SeenVisit(v.Last, v.VisitPurpose));
        var byOversight = oversight.ToLookup(o => o.PersonId, o => o.Last);
        var byShared = shared.ToLookup(s => s.PersonId);
        return ids.ToDictionary(id => id, id => new ChildCaseSnapshot(id)
        {
            Referrals = [.. byReferral[id]],
            Assessments = [.. byAssessment[id]],
            StrategyDiscussions = [.. byStrategy[id]],
            Section47Enquiries = [.. byEnquiry[id]],
            Conferences = [.. byConference[id]],
            ChildProtectionPlans = [.. byCpPlan[id]],
            ChildInNeedPlans = [.. byCinPlan[id]],
            SeenVisits = [.. byVisit[id]],
            OversightDates = [.. byOversight[id]],
            Shared = [.. byShared[id]],
            HealthEducationAndMissing = inCare.GetValueOrDefault(id),
            MissingFromHome = [.. missingFromHome[id]],
            PrivateFostering = [.. privateFostering[id]],
        });
    }
}
