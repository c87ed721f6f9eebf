using Haven.Web.Features.WorkTray;

namespace Haven.Web.Features.EarlyHelp;

/// <summary>
/// Adds the next review of each open early help episode to a work tray, for the children in it who have one. Early
/// help runs without a social care episode, so like care leavers' clocks these come beside <see cref="DueWork"/>.
/// </summary>
public static class EarlyHelpTrayClocks
{
    public static async Task<IReadOnlyList<TrayRow>> RowsAsync(HavenDbContext db, IReadOnlyList<TrayChild> children, DateOnly today, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(children);
        var ids = children.Select(c => c.PersonId).Distinct().ToList();
        if (ids.Count == 0)
        {
            return [];
        }
        var open = await db.EarlyHelpEpisodes.AsNoTracking().Include(e => e.Reviews)
            .Where(e => ids.Contains(e.PersonId) && e.EndDate == null).ToListAsync(ct);
        var work = EarlyHelpWork.For(open, today, WorkingDayCalendar.EnglandAndWales).ToLookup(i => i.PersonId);
        return [.. children.SelectMany(c => work[c.PersonId].Select(i => new TrayRow(c, i)))];
    }
}
