using Haven.Data;
using Haven.Domain.Access;
using Haven.Domain.People;
using Haven.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Haven.Web.Features.Chronology;

public sealed record FlaggedChild(Guid PersonId, string HavenId, string Name, DateOnly? DateOfBirth, DateOnly Since, string? Note);

/// <summary>The children on a warning list, and how many more have the warning but are records the viewer cannot open.</summary>
public sealed record FlagList(IReadOnlyList<FlaggedChild> Children, int NotShown);

/// <summary>
/// Lists the children with an active warning of one kind (the CSE cohort, children missing from home, MARAC
/// cases), as inspectors ask for. A child appears only if the viewer could open their record: a list must not
/// show what the record itself would refuse.
/// </summary>
public sealed class FlagListQueries(HavenDbContext db, CurrentUser user, TimeProvider clock, IOptions<HavenOptions> options)
{
    public async Task<FlagList> ListAsync(FlagType type, CancellationToken ct)
    {
        var today = UkTime.Today(clock);
        var candidates = await db.PersonFlags.AsNoTracking()
            .Where(f => f.Type == type && f.From <= today && (f.To == null || f.To >= today))
            .Join(db.People.Where(p => p.Kind == PersonKind.Child && p.MergedIntoId == null), f => f.PersonId, p => p.Id, (f, p) => new
            {
                p.Id, p.LaPersonId, p.FirstName, p.LastName, p.DateOfBirth, p.IsRestricted, f.From, f.Note,
            })
            .ToListAsync(ct);
        // One row per child: the earliest active warning of this kind says how long it has applied.
        var children = candidates.GroupBy(c => c.Id).Select(g => g.OrderBy(c => c.From).First()).ToList();
        var visible = await VisibleAsync(children.Select(c => (c.Id, c.IsRestricted)).ToList(), today, ct);
        var shown = children.Where(c => visible.Contains(c.Id))
            .OrderByDescending(c => c.From).ThenBy(c => c.LastName).ThenBy(c => c.FirstName)
            .Select(c => new FlaggedChild(c.Id, c.LaPersonId, $"{c.FirstName} {c.LastName}", c.DateOfBirth, c.From, c.Note))
            .ToList();
        return new FlagList(shown, children.Count - shown.Count);
    }

    /// <summary>
    /// The same facts <see cref="RecordAccess"/> gathers for one record, gathered for many at once and put to the
    /// same <see cref="AccessPolicy"/>. Break-glass is not enough to be listed: it is for opening one record.
    /// </summary>
    private async Task<HashSet<Guid>> VisibleAsync(IReadOnlyList<(Guid Id, bool IsRestricted)> people, DateOnly today, CancellationToken ct)
    {
        var viewer = user.AsViewer();
        var ids = people.Select(p => p.Id).ToList();
        var named = (await db.RestrictedAccessGrants.Where(g => g.UserId == viewer.UserId && ids.Contains(g.PersonId)).Select(g => g.PersonId).ToListAsync(ct)).ToHashSet();
        var allocations = await db.Allocations.AsNoTracking()
            .Where(a => ids.Contains(a.PersonId) && a.StartDate <= today && (a.EndDate == null || a.EndDate >= today))
            .Select(a => new { a.PersonId, a.WorkerUserId, a.TeamId }).ToListAsync(ct);
        var managed = (await db.Teams.Where(t => t.ManagerUserId == viewer.UserId).Select(t => t.Id).ToListAsync(ct)).ToHashSet();
        var byPerson = allocations.ToLookup(a => a.PersonId);
        var visible = new HashSet<Guid>();
        foreach (var (id, restricted) in people)
        {
            var mine = byPerson[id].ToList();
            var facts = new RecordAccessFacts(
                IsRestricted: restricted,
                ViewerIsNamedOnRestrictedRecord: named.Contains(id),
                ViewerIsAllocated: mine.Any(a => a.WorkerUserId == viewer.UserId),
                ViewerTeamIsAllocated: viewer.TeamId is { } team && mine.Any(a => a.TeamId == team),
                ViewerManagesAllocatedTeam: mine.Any(a => managed.Contains(a.TeamId)),
                ViewerHasActiveBreakGlass: false);
            if (AccessPolicy.Decide(viewer, facts, options.Value.AccessMode).Outcome == AccessOutcome.Allowed)
            {
                visible.Add(id);
            }
        }
        return visible;
    }
}
