using System.Globalization;
using Haven.Web.Features.WorkTray;

namespace Haven.Web.Features.Home;

/// <summary>
/// Placement stability team by team, as the scorecard counts it (<see cref="PlacementStability"/>): of the children in
/// care allocated in each team, how many had three or more placements in the last 12 months, and of those under 16 in
/// care for two and a half years or more, how many have lived with the same carers for two years. The children are the
/// manager's tray's, so a record the manager may not open (<see cref="VisiblePeople"/>) is not counted here either.
/// </summary>
public static class PlacementStabilityByTeam
{
    public static async Task<HomeList> ForAsync(HavenDbContext db, Tray tray, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(tray);
        var ids = tray.Children.Select(c => c.PersonId).Distinct().ToList();
        var periods = (await db.CarePeriods.AsNoTracking().Where(p => tray.People.Contains(p.PersonId))
            .Include(p => p.LegalStatuses).Include(p => p.Placements).AsSplitQuery().ToListAsync(ct))
            .ToLookup(p => p.PersonId, p => p.ToPeriodOfCare());
        var inCare = ids.Where(id => periods[id].Any(p => p.End is null && !p.IsShortBreaks)).ToHashSet();
        var born = await db.People.AsNoTracking().Where(p => inCare.Contains(p.Id) && p.DateOfBirth != null)
            .ToDictionaryAsync(p => p.Id, p => p.DateOfBirth!.Value, ct);
        var today = tray.Today;
        var yearStart = today.AddYears(-1).AddDays(1);

        var rows = tray.Children.Where(c => inCare.Contains(c.PersonId)).GroupBy(c => (c.TeamId, c.TeamName)).Select(team =>
        {
            var children = team.Select(c => c.PersonId).Distinct().ToList();
            var moved = children.Count(c => PlacementStability.HadThreeOrMorePlacements(periods[c], yearStart, today));
            var longTerm = children
                .Select(c => born.TryGetValue(c, out var dob) && periods[c].LastOrDefault(p => p.End is null) is { } current
                    ? PlacementStability.SamePlacementForTwoYears(current, dob, today) : null)
                .Where(stable => stable is not null).ToList();
            var stayed = longTerm.Count(stable => stable == true);
            return (IReadOnlyList<HomeCell>)
            [
                new HomeCell(team.Key.TeamName, $"/work-tray/team?team={team.Key.TeamId}"),
                HomeCell.Number(children.Count),
                Share(moved, children.Count),
                HomeCell.Number(longTerm.Count),
                Share(stayed, longTerm.Count),
            ];
        });
        return new HomeList("stability", "Placement stability by team",
            [
                new("team", "Team"),
                new("in-care", "Children in care", Numeric: true),
                new("three-or-more", "3 or more placements in 12 months", Numeric: true),
                new("long-term", "In care 2½ years or more", Numeric: true),
                new("same-placement", "Same placement for 2 years", Numeric: true),
            ],
            rows, "three-or-more", defaultDescending: true)
        {
            Description = "Children in care today in each team. Three or more placements counts moves in the last 12 months (temporary placements and short breaks are not moves). "
                + "Same placement for 2 years is for children under 16 who have been in care for two and a half years or more.",
            EmptyText = "No child allocated in your teams is in care.",
        };
    }

    /// <summary>"3 (25%)": the count with its share, sorting by the share so the least stable team comes first.</summary>
    private static HomeCell Share(int count, int of)
    {
        var percent = of == 0 ? 0 : (int)Math.Round(100.0 * count / of, MidpointRounding.AwayFromZero);
        return new HomeCell(string.Create(CultureInfo.InvariantCulture, $"{count} ({percent}%)"), SortValue: of == 0 ? -1 : percent);
    }
}
