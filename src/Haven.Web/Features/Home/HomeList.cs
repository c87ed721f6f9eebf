using Microsoft.AspNetCore.Http;

namespace Haven.Web.Features.Home;

/// <summary>One column of a home page list: its heading, its text for the page and the CSV, how it sorts, where it links.</summary>
public sealed record HomeColumn<T>(string Key, string Heading, Func<T, string?> Text, Func<T, IComparable?>? SortBy = null, Func<T, string?>? Link = null, bool Numeric = false);

/// <summary>One cell as shown: its text and, when it leads to the work, a link.</summary>
public sealed record HomeCell(string? Text, string? Link);

/// <summary>
/// A list on a home page: a count in its heading, columns that sort on the server (each list has its own
/// <c>?{id}-sort=</c> and <c>?{id}-dir=</c>, so several lists on one page sort independently and without JavaScript),
/// and the same rows as CSV through the one CSV writer (<c>?csv={id}</c>, audited by the home page as an export).
/// </summary>
public sealed class HomeList
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    /// <summary>What the list says when it is empty ("Nothing to book").</summary>
    public required string Empty { get; init; }

    /// <summary>Shown under the heading: what the list is and where its rows come from.</summary>
    public string? Hint { get; init; }

    public required IReadOnlyList<(string Key, string Heading, bool Numeric, bool Sortable)> Columns { get; init; }

    public required IReadOnlyList<IReadOnlyList<HomeCell>> Rows { get; init; }

    /// <summary>Rows of children the viewer may not open: counted, never listed (<see cref="VisiblePeople"/>).</summary>
    public int NotShown { get; init; }

    public required string SortBy { get; init; }

    public bool Descending { get; init; }

    public string SortParam => Id + "-sort";

    public string DirectionParam => Id + "-dir";

    public int Count => Rows.Count;

    /// <summary>The heading with its count, e.g. "Conferences to book (3)".</summary>
    public string Heading => $"{Title} ({Count:N0})";

    public IEnumerable<IReadOnlyList<string?>> CsvRows(string origin)
    {
        var linked = Rows.Any(r => r.Any(c => c.Link is not null));
        yield return [.. Columns.Select(c => c.Heading), .. linked ? new[] { "Link" } : []];
        foreach (var row in Rows)
        {
            var link = row.Select(c => c.Link).FirstOrDefault(l => l is not null);
            yield return [.. row.Select(c => c.Text), .. linked ? new[] { link is null ? null : origin + link } : []];
        }
    }

    /// <summary>
    /// Builds a list from its rows, sorted as the query asks (an unknown column falls back to <paramref name="defaultSort"/>),
    /// then by the first column so equal rows keep a stable order.
    /// </summary>
    public static HomeList Of<T>(string id, string title, string empty, IEnumerable<T> items, IReadOnlyList<HomeColumn<T>> columns,
        IQueryCollection query, string defaultSort, bool defaultDescending = false, string? hint = null, int notShown = 0)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(query);
        var asked = query[id + "-sort"].FirstOrDefault();
        var column = columns.FirstOrDefault(c => c.Key == asked && c.SortBy is not null) ?? columns.First(c => c.Key == defaultSort);
        var descending = column.Key == asked
            ? query[id + "-dir"].FirstOrDefault() is "desc" or "descending"
            : defaultDescending;
        var order = Comparer<IComparable?>.Create(Compare);
        var sorted = descending ? items.OrderByDescending(column.SortBy!, order) : items.OrderBy(column.SortBy!, order);
        var first = columns[0].Text;
        return new HomeList
        {
            Id = id,
            Title = title,
            Empty = empty,
            Hint = hint,
            Columns = [.. columns.Select(c => (c.Key, c.Heading, c.Numeric, c.SortBy is not null))],
            Rows = [.. sorted.ThenBy(i => first(i), StringComparer.CurrentCultureIgnoreCase)
                .Select(i => (IReadOnlyList<HomeCell>)[.. columns.Select(c => new HomeCell(c.Text(i), c.Link?.Invoke(i)))])],
            NotShown = notShown,
            SortBy = column.Key,
            Descending = descending,
        };
    }

    /// <summary>Nothing sorts last when ascending; names sort without regard to case.</summary>
    private static int Compare(IComparable? a, IComparable? b) => (a, b) switch
    {
        (null, null) => 0,
        (null, _) => 1,
        (_, null) => -1,
        (string x, string y) => string.Compare(x, y, StringComparison.CurrentCultureIgnoreCase),
        _ => a.CompareTo(b),
    };
}
