using Microsoft.EntityFrameworkCore;

namespace Haven.Data;

/// <summary>
/// The loaders that serve a work tray take the children as a query, not a list: a service manager's tray has well
/// over a thousand children, and a list that long goes to the database as that many parameters, each bound on every
/// command (a second of the team tray went on binding them; bench team-tray, docs/performance.md). A page about a
/// few children has a list; this makes it the same kind of query.
/// </summary>
public static class PeopleQuery
{
    public static IQueryable<Guid> PeopleWithIds(this HavenDbContext db, IReadOnlyCollection<Guid> ids) =>
        db.People.AsNoTracking().Where(p => ids.Contains(p.Id)).Select(p => p.Id);
}
