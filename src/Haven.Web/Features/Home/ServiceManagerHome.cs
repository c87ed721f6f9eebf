using Haven.Domain.Workforce;
using Haven.Web.Features.WorkTray;

namespace Haven.Web.Features.Home;

/// <summary>
/// A service manager's day: the service at a glance, team by team (open cases by plan type and overdue statutory
/// work, each figure leading to the team's tray), the agreements only a service manager can give, and unallocated
/// work across the service.
/// </summary>
public sealed class ServiceManagerHome(WorkTrayQueries trays, ManagerLists lists, HavenDbContext db) : IRoleHome
{
    public string Partial => "_ServiceManagerHome";

    public string Title => "The service today";

    public IReadOnlyList<HomeList> Lists { get; private set; } = [];

    public Tray Tray { get; private set; } = Tray.Empty;

    public int Hidden => lists.Hidden + Tray.HiddenRestricted;

    /// <summary>Contacts at the front door with no decision yet, shown as a count that opens the front door's queue.</summary>
    public int ContactsAwaitingDecision { get; private set; }

    public HomeList ByTeam => Lists[0];

    public HomeList Decisions => Lists[1];

    public HomeList Unallocated => Lists[2];

    public HomeList Stability => Lists[3];

    public int Overdue => Tray.Rows.Count(r => r.Item.State == TimescaleState.Overdue);

    public async Task LoadAsync(CancellationToken ct)
    {
        var teams = await trays.ManagedTeamsAsync(ct);
        Tray = await trays.TeamsAsync([.. teams.Select(t => t.Id)], ct);
        var plans = await CaseloadPlans.ForAsync(db, Tray, ct);
        ContactsAwaitingDecision = await lists.ContactsAwaitingDecisionAsync(ct);
        Lists = [TeamList(teams, plans), await lists.DecisionsAsync(null, agreeHere: true, ct), await lists.UnallocatedAsync(ct), await PlacementStabilityByTeam.ForAsync(db, Tray, ct)];
    }

    private HomeList TeamList(IReadOnlyList<Team> teams, Dictionary<Guid, PlanType> plans)
    {
        var types = Enum.GetValues<PlanType>();
        var childrenByTeam = Tray.Children.ToLookup(c => c.TeamId);
        var overdueByTeam = Tray.Rows.Where(r => r.Item.State == TimescaleState.Overdue).ToLookup(r => r.Child.TeamId);
        var rows = teams.Select(t =>
        {
            var tray = $"/work-tray/team?team={t.Id}";
            var children = childrenByTeam[t.Id].Select(c => c.PersonId).Distinct().ToList();
            var overdue = overdueByTeam[t.Id].Count();
            return (IReadOnlyList<HomeCell>)
            [
                new HomeCell(t.Name, tray, t.Service),
                .. types.Select(type => HomeCell.Number(children.Count(c => plans.GetValueOrDefault(c, PlanType.NoPlan) == type))),
                HomeCell.Number(children.Count, tray),
                new HomeCell(overdue.ToString(System.Globalization.CultureInfo.InvariantCulture), $"{tray}&status=overdue#work", TagColour: overdue > 0 ? "red" : null, SortValue: overdue),
            ];
        });
        return new HomeList("teams", "The service by team",
            [
                new("team", "Team"),
                .. types.Select(t => new HomeColumn(CaseloadPlans.Short(t).ToLowerInvariant().Replace(' ', '-'), CaseloadPlans.Short(t), Numeric: true)),
                new("children", "Children", Numeric: true),
                new("overdue", "Overdue work", Numeric: true),
            ],
            rows, "overdue", defaultDescending: true)
        {
            Description = "Allocated children in each team by what their case is open for, and the team's overdue statutory work. A team's name opens its work tray, with each worker and child.",
            EmptyText = "There are no teams yet.",
        };
    }
}
