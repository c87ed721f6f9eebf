namespace Haven.Web.Features.Home;

/// <summary>A child as a home page list names them, with the link to their record.</summary>
public sealed record HomeChild(Guid Id, string Name, string HavenId)
{
    public string Text => $"{Name} ({HavenId})";
}

/// <summary>
/// The children a home list may name: those among the rows that the viewer may open, asked of
/// <see cref="VisiblePeople"/> in one query. A row about anyone else is left out and counted, never shown.
/// </summary>
public sealed class HomeChildren(HavenDbContext db, VisiblePeople visible)
{
    public async Task<IReadOnlyDictionary<Guid, HomeChild>> OpenAmongAsync(IEnumerable<Guid> ids, CancellationToken ct)
    {
        var wanted = ids.Distinct().ToList();
        if (wanted.Count == 0)
        {
            return new Dictionary<Guid, HomeChild>();
        }
        var open = visible.OpenIds;
        return await db.People.AsNoTracking()
            .Where(p => wanted.Contains(p.Id) && p.MergedIntoId == null && open.Any(id => id == p.Id))
            .Select(p => new HomeChild(p.Id, p.FirstName + " " + p.LastName, p.LaPersonId))
            .ToDictionaryAsync(p => p.Id, ct);
    }

    /// <summary>The rows about children the viewer may open, and how many rows were left out.</summary>
    public async Task<(IReadOnlyList<(T Row, HomeChild Child)> Shown, int NotShown)> ShownAsync<T>(IReadOnlyList<T> rows, Func<T, Guid> person, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var children = await OpenAmongAsync(rows.Select(person), ct);
        var shown = rows.Where(r => children.ContainsKey(person(r))).Select(r => (r, children[person(r)])).ToList();
        return (shown, rows.Count - shown.Count);
    }
}
