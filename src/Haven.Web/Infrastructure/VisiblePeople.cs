using System.Linq.Expressions;

namespace Haven.Web.Infrastructure;

/// <summary>What a list says in place of a person the viewer could not open: restricted, or (in relationship mode) outside their work.</summary>
public static class MaskedPerson
{
    public static string Label(bool isRestricted) => isRestricted ? "Restricted record" : "Record outside your caseload";

    public static string Hint(bool isRestricted) => isRestricted ? "Only named staff can open it" : "Give a reason to open it";
}

/// <summary>
/// The one access filter for every query that lists or counts people. It asks, in the database and for all
/// rows at once, the question <see cref="RecordAccess"/> asks for one record: the domain's
/// <see cref="AccessPolicy.ForLists"/> says which facts open a record for this viewer, and this class turns each
/// fact into a subquery (named on the restriction, allocated worker, allocated team, manager of that team,
/// personal adviser, break-glass). Use <see cref="OpenIds"/> in a query's Where or Select as
/// <c>open.Any(id =&gt; id == p.Id)</c>: an <c>EXISTS</c> tied to the row, looked up by id, on SQLite and PostgreSQL
/// alike, never a round trip per row. (<c>open.Contains(p.Id)</c> is an <c>IN (SELECT …)</c> built from every person
/// first: for a viewer who may open every unrestricted record, a read of the whole people table per query; the query
/// plan tests in tests/Haven.Web.Tests/Performance catch it on the hot pages.)
/// </summary>
public sealed class VisiblePeople(HavenDbContext db, CurrentUser user, TimeProvider clock, IOptions<HavenOptions> options)
{
    private ListAccessRule? _rule;

    /// <summary>The rule for the signed-in viewer in the authority's access mode.</summary>
    public ListAccessRule Rule => _rule ??= AccessPolicy.ForLists(user.AsViewer(), options.Value.AccessMode);

    /// <summary>False for analysts and administrators: every row is <see cref="ListedAs.Hidden"/>, so lists and their counts are empty.</summary>
    public bool ListsAnyone => !Rule.OpensNothing;

    /// <summary>The ids of the people whose records the viewer may open; everyone else is masked (or, for <see cref="ListsAnyone"/> false, hidden).</summary>
    public IQueryable<Guid> OpenIds => db.People.Where(CanOpen()).Select(p => p.Id);

    /// <summary>
    /// The people a search may match: everyone but the restricted records the viewer may not open. A search that
    /// matched those, even as a row with nothing in it, would confirm to an unnamed user that a restricted child has
    /// that name, date of birth, postcode or NHS number; so they are left out before any filter, limit or count.
    /// </summary>
    public IQueryable<Guid> SearchableIds
    {
        get
        {
            var open = OpenIds;
            return db.People.Where(p => !p.IsRestricted || open.Any(id => id == p.Id)).Select(p => p.Id);
        }
    }

    /// <summary>Which of <paramref name="ids"/> the viewer may open, in one query.</summary>
    public async Task<HashSet<Guid>> OpenAmongAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct) =>
        ids.Count == 0 ? [] : (await OpenIds.Where(id => ids.Contains(id)).ToListAsync(ct)).ToHashSet();

    /// <summary>How a list shows a person's row, given whether they are among <see cref="OpenIds"/>.</summary>
    public ListedAs Listed(bool canOpen) => !ListsAnyone ? ListedAs.Hidden : canOpen ? ListedAs.Open : ListedAs.Masked;

    /// <summary>
    /// <see cref="ListAccessRule.Classify"/> as SQL: each fact <see cref="RecordAccess"/> gathers for one record
    /// is the same subquery here, on the same UK "today" and the same instant for break-glass expiry.
    /// </summary>
    private Expression<Func<Person, bool>> CanOpen()
    {
        var rule = Rule;
        if (rule.OpensNothing)
        {
            return p => false;
        }
        var userId = user.UserId;
        var audits = rule.OpensRestrictedForAudit;
        if (rule.OpensUnrestrictedWithoutRelationship)
        {
            return p => !p.IsRestricted || audits || db.RestrictedAccessGrants.Any(g => g.PersonId == p.Id && g.UserId == userId);
        }
        var today = UkClock.Today(clock);
        var now = clock.GetUtcNow().UtcDateTime;
        var hasTeam = user.TeamId is not null;
        var team = user.TeamId ?? Guid.Empty;
        return p => p.IsRestricted
            ? audits || db.RestrictedAccessGrants.Any(g => g.PersonId == p.Id && g.UserId == userId)
            : db.Allocations.Any(a => a.PersonId == p.Id && a.StartDate <= today && (a.EndDate == null || a.EndDate >= today)
                    && (a.WorkerUserId == userId
                        || (hasTeam && a.TeamId == team)
                        || db.Teams.Any(t => t.Id == a.TeamId && t.ManagerUserId == userId)))
              || db.CareLeavers.Any(c => c.PersonId == p.Id && c.PersonalAdviserUserId == userId)
              || db.BreakGlassGrants.Any(g => g.PersonId == p.Id && g.UserId == userId && g.ExpiresAtUtc > now);
    }
}
