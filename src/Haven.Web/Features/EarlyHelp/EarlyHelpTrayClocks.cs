using Haven.Web.Features.WorkTray;

namespace Haven.Web.Features.EarlyHelp;

/// <summary>
/// Adds the next review of each open early help episode to a work tray, for the children in it who have one. Early
/// help runs without a social care episode, so like care leavers' clocks these come beside <see cref="DueWork"/>.
/// </summary>
public static class EarlyHelpTrayClocks
{
    public static Task<IReadOnlyList<TrayRow>> RowsAsync(HavenDbContext db, TrayChildren children, DateOnly today, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return TrayRow.ForChildrenAsync(children, async people => EarlyHelpWork.For(
            await db.EarlyHelpEpisodes.AsNoTracking().Include(e => e.Reviews).Where(e => people.Contains(e.PersonId) && e.EndDate == null).ToListAsync(ct),
            today, WorkingDayCalendar.EnglandAndWales));
    }
}
