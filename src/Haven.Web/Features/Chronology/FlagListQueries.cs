namespace Haven.Web.Features.Chronology;

public sealed record FlaggedChild(Guid PersonId, string HavenId, string Name, DateOnly? DateOfBirth, DateOnly Since, string? Note)
{
    /// <summary>When the warning is next to be looked at, if a date was set.</summary>
    public DateOnly? ReviewDate { get; init; }

    /// <summary>The child's allocated worker and their team today, when the child has one.</summary>
    public string? Worker { get; init; }
    public string? Team { get; init; }
}

/// <summary>The children on a warning list, how many more have the warning but are records the viewer cannot open, and the workers and teams to filter by.</summary>
public sealed record FlagList(IReadOnlyList<FlaggedChild> Children, int NotShown)
{
    public IReadOnlyList<(string Id, string Name)> Workers { get; init; } = [];
    public IReadOnlyList<(Guid Id, string Name)> Teams { get; init; } = [];
}

/// <summary>
/// Lists the children with an active warning of one kind (the CSE cohort, children missing from home, MARAC
/// cases), as inspectors ask for, optionally only those allocated to one worker or team. A child appears only if the
/// viewer could open their record (<see cref="VisiblePeople"/>, break-glass included): a list must not show what the
/// record itself would refuse.
/// </summary>
public sealed class FlagListQueries(HavenDbContext db, TimeProvider clock, VisiblePeople visible)
{
    public async Task<FlagList> ListAsync(FlagType type, CancellationToken ct) => await ListAsync(type, null, null, ct);

    public async Task<FlagList> ListAsync(FlagType type, string? workerUserId, Guid? teamId, CancellationToken ct)
    {
        var today = UkClock.Today(clock);
        var open = visible.OpenIds;
        var candidates = await db.PersonFlags.AsNoTracking()
            .Where(f => f.Type == type && f.From <= today && (f.To == null || f.To >= today))
            .Join(db.People.Where(p => p.Kind == PersonKind.Child && p.MergedIntoId == null), f => f.PersonId, p => p.Id, (f, p) => new
            {
                p.Id, p.LaPersonId, p.FirstName, p.LastName, p.DateOfBirth, CanOpen = open.Any(id => id == p.Id), f.From, f.Note, f.ReviewDate,
            })
            .ToListAsync(ct);
        // One row per child: the earliest active warning of this kind says how long it has applied.
        var children = candidates.GroupBy(c => c.Id).Select(g => g.OrderBy(c => c.From).First()).ToList();
        var shownIds = children.Where(c => c.CanOpen).Select(c => c.Id).ToList();
        var allocations = await db.Allocations.AsNoTracking()
            .Where(a => shownIds.Contains(a.PersonId) && a.StartDate <= today && (a.EndDate == null || a.EndDate >= today))
            .OrderBy(a => a.StartDate).ToListAsync(ct);
        var byChild = allocations.ToLookup(a => a.PersonId);
        var workers = await db.UserNamesAsync(allocations.Select(a => a.WorkerUserId), ct);
        var teamIds = allocations.Select(a => a.TeamId).Distinct().ToList();
        var teams = await db.Teams.AsNoTracking().Where(t => teamIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, ct);
        var shown = children.Where(c => c.CanOpen)
            .Where(c => workerUserId is not { Length: > 0 } w || byChild[c.Id].Any(a => a.WorkerUserId == w))
            .Where(c => teamId is not { } t || byChild[c.Id].Any(a => a.TeamId == t))
            .OrderByDescending(c => c.From).ThenBy(c => c.LastName).ThenBy(c => c.FirstName)
            .Select(c =>
            {
                // A child co-worked by two workers shows the first allocated; the filter matches either.
                var first = byChild[c.Id].FirstOrDefault();
                return new FlaggedChild(c.Id, c.LaPersonId, $"{c.FirstName} {c.LastName}", c.DateOfBirth, c.From, c.Note)
                {
                    ReviewDate = c.ReviewDate,
                    Worker = first is null ? null : workers.GetValueOrDefault(first.WorkerUserId, "Unknown worker"),
                    Team = first is null ? null : teams.GetValueOrDefault(first.TeamId),
                };
            })
            .ToList();
        return new FlagList(shown, children.Count(c => !c.CanOpen))
        {
            Workers = [.. workers.OrderBy(w => w.Value, StringComparer.CurrentCultureIgnoreCase).Select(w => (w.Key, w.Value))],
            Teams = [.. teams.OrderBy(t => t.Value, StringComparer.CurrentCultureIgnoreCase).Select(t => (t.Key, t.Value))],
        };
    }
}
