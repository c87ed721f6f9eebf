using Haven.Domain.CareLeavers;
using Haven.Web.Features.WorkTray;

namespace Haven.Web.Features.CareLeavers;

/// <summary>
/// Adds care leavers' pathway plan and birthday contact clocks to a work tray, for the children in it who have been
/// looked after. These run without an open social care episode (most care leavers have none), so they are added
/// beside <see cref="DueWork"/> rather than inside it.
/// </summary>
public static class CareLeaverTrayClocks
{
    public static async Task<IReadOnlyList<TrayRow>> RowsAsync(HavenDbContext db, TrayChildren children, DateOnly today, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(children);
        if (children.List.Count == 0)
        {
            return [];
        }
        var cases = await CareLeaverQuery.LoadAsync(db, children.People, ct);
        if (cases.Count == 0)
        {
            return [];
        }
        return [.. children.List.Where(c => cases.ContainsKey(c.PersonId))
            .SelectMany(c => CareLeaverWork.For(cases[c.PersonId], today, WorkingDayCalendar.EnglandAndWales).Select(i => new TrayRow(c, i)))];
    }
}
