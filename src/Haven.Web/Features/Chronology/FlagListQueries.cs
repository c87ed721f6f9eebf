namespace Haven.Web.Features.Chronology;

public sealed record FlaggedChild(Guid PersonId, string HavenId, string Name, DateOnly? DateOfBirth, DateOnly Since, string? Note);

/// <summary>The children on a warning list, and how many more have the warning but are records the viewer cannot open.</summary>
public sealed record FlagList(IReadOnlyList<FlaggedChild> Children, int NotShown);

/// <summary>
/// Lists the children with an active warning of one kind (the CSE cohort, children missing from home, MARAC
/// cases), as inspectors ask for. A child appears only if the viewer could open their record (<see cref="VisiblePeople"/>,
/// break-glass included): a list must not show what the record itself would refuse.
/// </summary>
public sealed class FlagListQueries(HavenDbContext db, TimeProvider clock, VisiblePeople visible)
{
    public async Task<FlagList> ListAsync(FlagType type, CancellationToken ct)
    {
        var today = UkClock.Today(clock);
        var open = visible.OpenIds;
        var candidates = await db.PersonFlags.AsNoTracking()
            .Where(f => f.Type == type && f.From <= today && (f.To == null || f.To >= today))
            .Join(db.People.Where(p => p.Kind == PersonKind.Child && p.MergedIntoId == null), f => f.PersonId, p => p.Id, (f, p) => new
            {
                p.Id, p.LaPersonId, p.FirstName, p.LastName, p.DateOfBirth, CanOpen = open.Contains(p.Id), f.From, f.Note,
            })
            .ToListAsync(ct);
        // One row per child: the earliest active warning of this kind says how long it has applied.
        var children = candidates.GroupBy(c => c.Id).Select(g => g.OrderBy(c => c.From).First()).ToList();
        var shown = children.Where(c => c.CanOpen)
            .OrderByDescending(c => c.From).ThenBy(c => c.LastName).ThenBy(c => c.FirstName)
            .Select(c => new FlaggedChild(c.Id, c.LaPersonId, $"{c.FirstName} {c.LastName}", c.DateOfBirth, c.From, c.Note))
            .ToList();
        return new FlagList(shown, children.Count - shown.Count);
    }
}
