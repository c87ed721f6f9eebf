using Haven.Domain.Workforce;
using Haven.Web.Features.WorkTray;

namespace Haven.Web.Features.Home;

/// <summary>
/// A team manager's day: decisions waiting for them, work nobody has been allocated, each worker's caseload
/// weighted by plan type, management oversight coming due, and overdue work by worker.
/// </summary>
public sealed class TeamManagerHome(WorkTrayQueries trays, ManagerLists lists, HavenDbContext db) : IRoleHome
{
    /// <summary>Oversight is listed when it is overdue or due within this many days.</summary>
    public const int OversightAheadDays = 7;

    public string Partial => "_TeamManagerHome";

    public string Title => "Your team's day";

    public IReadOnlyList<HomeList> Lists { get; private set; } = [];

    public IReadOnlyList<Team> Teams { get; private set; } = [];

    public Tray Tray { get; private set; } = Tray.Empty;

    /// <summary>Waiting records the manager may not open: counted, not named.</summary>
    public int Hidden => lists.Hidden + Tray.HiddenRestricted;

    /// <summary>Contacts at the front door with no decision yet, shown as a count that opens the front door's queue.</summary>
    public int ContactsAwaitingDecision { get; private set; }

    public HomeList Decisions => Lists[0];

    public HomeList Unallocated => Lists[1];

    public HomeList Caseloads => Lists[2];

    public HomeList Oversight => Lists[3];

    public HomeList OverdueByWorker => Lists[4];

    public HomeList Stability => Lists[5];

    /// <summary>The fostering and adopting households' clocks that are overdue or due in the next week (shown when there are some).</summary>
    public HomeList Households => Lists[6];

    public bool ShowsTeam => Teams.Count > 1;

    public async Task LoadAsync(CancellationToken ct)
    {
        Teams = await trays.ManagedTeamsAsync(ct);
        var teamIds = Teams.Select(t => t.Id).ToList();
        // The team's fostering households' clocks, as on the team work tray: counted in the overdue figure and listed below.
        Tray = await FosteringHouseholds.FosteringTrayClocks.AddTeamsAsync(db, await trays.TeamsAsync(teamIds, ct), teamIds, ct);
        var plans = await CaseloadPlans.ForAsync(db, Tray, ct);
        ContactsAwaitingDecision = await lists.ContactsAwaitingDecisionAsync(ct);
        var children = Tray.Children.Select(c => c.PersonId).Distinct().ToList();
        Lists =
        [
            await lists.DecisionsAsync(children, agreeHere: false, ct),
            await lists.UnallocatedAsync(ct),
            CaseloadList(Tray, plans, ShowsTeam),
            OversightList(),
            ManagerLists.OverdueByWorker(Tray, ShowsTeam),
            await PlacementStabilityByTeam.ForAsync(db, Tray, ct),
            HouseholdsList(),
        ];
    }

    /// <summary>Each worker's children by plan type and their weighted caseload (<see cref="CaseloadPlans.Weight"/>).</summary>
    public static HomeList CaseloadList(Tray tray, IReadOnlyDictionary<Guid, PlanType> plans, bool showTeam)
    {
        ArgumentNullException.ThrowIfNull(tray);
        ArgumentNullException.ThrowIfNull(plans);
        var types = Enum.GetValues<PlanType>();
        var rows = tray.Children.GroupBy(c => c.WorkerUserId).Select(g =>
        {
            var mine = g.Select(c => plans.GetValueOrDefault(c.PersonId, PlanType.NoPlan)).ToList();
            var weighted = mine.Sum(CaseloadPlans.Weight);
            return (IReadOnlyList<HomeCell>)
            [
                new HomeCell(g.First().WorkerName, $"/work-tray/team?worker={Uri.EscapeDataString(g.Key)}#work", showTeam ? g.First().TeamName : null),
                .. types.Select(t => HomeCell.Number(mine.Count(m => m == t))),
                HomeCell.Number(mine.Count),
                HomeCell.Number(weighted),
            ];
        });
        return new HomeList("caseloads", "Team caseloads",
            [
                new("worker", "Worker"),
                .. types.Select(t => new HomeColumn(CaseloadPlans.Short(t).ToLowerInvariant().Replace(' ', '-'), CaseloadPlans.Short(t), Numeric: true)),
                new("children", "Children", Numeric: true),
                new("weighted", "Weighted", Numeric: true),
            ],
            rows, "weighted", defaultDescending: true)
        {
            Description = $"Each worker's allocated children by what their case is open for. The weighted caseload counts a {CaseloadPlans.WeightsSentence}.",
            EmptyText = "No children are allocated in your team.",
        };
    }

    private HomeList HouseholdsList()
    {
        var horizon = Tray.Today.AddDays(OversightAheadDays);
        var rows = Tray.Rows.Where(r => FosteringHouseholds.FosteringTrayClocks.IsHousehold(r) && (r.Item.State == TimescaleState.Overdue || r.Item.DueOn <= horizon))
            .Select(r => (IReadOnlyList<HomeCell>)
            [
                new HomeCell(r.Child.Name, r.Child.Href, r.Child.HavenId),
                new HomeCell(r.Item.What, r.Item.Link),
                new HomeCell(r.Child.WorkerName, Hint: ShowsTeam ? r.Child.TeamName : null),
                HomeCell.Date(r.Item.DueOn),
                new HomeCell(WorkListModel.StatusLabel(r.Item.State), TagColour: WorkListModel.StatusColour(r.Item.State), SortValue: (int)r.Item.State),
            ]);
        return new HomeList("households", "Fostering households' work due",
            [new("household", "Household"), new("work", "Work"), new("worker", "Supervising social worker"), new("due", "Due"), new("status", "Status")], rows, "due")
        {
            Description = $"Annual reviews, unannounced visits, training standards and assessments of your team's fostering and adopting households that are overdue or due in the next {OversightAheadDays} days.",
            EmptyText = $"No household's work is due in the next {OversightAheadDays} days.",
        };
    }

    private HomeList OversightList()
    {
        var horizon = Tray.Today.AddDays(OversightAheadDays);
        var rows = Tray.Rows.Where(r => r.Item.Kind == WorkKind.ManagementOversight && (r.Item.State == TimescaleState.Overdue || r.Item.DueOn <= horizon))
            .Select(r => (IReadOnlyList<HomeCell>)
            [
                new HomeCell(r.Child.Name, r.Item.Link, r.Child.HavenId),
                new HomeCell(r.Child.WorkerName, Hint: ShowsTeam ? r.Child.TeamName : null),
                HomeCell.Date(r.Item.DueOn),
                new HomeCell(WorkListModel.StatusLabel(r.Item.State), TagColour: WorkListModel.StatusColour(r.Item.State), SortValue: (int)r.Item.State),
            ]);
        return new HomeList("oversight", "Oversight due",
            [new("child", "Child"), new("worker", "Worker"), new("due", "Due"), new("status", "Status")], rows, "due")
        {
            Description = $"Children whose management oversight is overdue or due in the next {OversightAheadDays} days. The child's name opens the oversight page.",
            EmptyText = $"No oversight is due in the next {OversightAheadDays} days.",
        };
    }
}
