using Haven.Web.Features.WorkTray;

namespace Haven.Web.Features.People;

/// <summary>
/// Adds warnings whose review date has come (or is coming) to a work tray, for the children in it. A warning applies
/// with or without an open social care episode, so these come beside <see cref="DueWork"/>, like care leavers' clocks.
/// </summary>
public static class WarningTrayClocks
{
    public static Task<IReadOnlyList<TrayRow>> RowsAsync(HavenDbContext db, TrayChildren children, DateOnly today, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return TrayRow.ForChildrenAsync(children, async people => WarningRules.ReviewWork(
            await db.PersonFlags.AsNoTracking().Where(f => people.Contains(f.PersonId) && f.To == null && f.ReviewDate != null).ToListAsync(ct),
            today, WorkingDayCalendar.EnglandAndWales));
    }
}
