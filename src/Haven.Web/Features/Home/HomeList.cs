using System.Globalization;

namespace Haven.Web.Features.Home;

/// <summary>A column of a home page list; <paramref name="Numeric"/> right-aligns it, as GOV.UK tables do with figures.</summary>
public sealed record HomeColumn(string Key, string Heading, bool Numeric = false);

/// <summary>
/// A column described by how to read it from a row of <typeparamref name="T"/>: for homes that list their own row
/// records (<see cref="HomeList.Of"/>). <paramref name="SortBy"/> gives the value it sorts by (the text otherwise).
/// </summary>
public sealed record HomeColumn<T>(string Key, string Heading, Func<T, string?> Text, Func<T, IComparable?>? SortBy = null, Func<T, string?>? Link = null, bool Numeric = false);

/// <summary>
/// One cell: the words shown (and written to the CSV), where it leads, a hint under it, a tag colour when the words
/// are a status, and the value it sorts by (a date sorts as a date, a count as a number; the words otherwise).
/// </summary>
public sealed record HomeCell(string Text, string? Link = null, string? Hint = null, string? TagColour = null, IComparable? SortValue = null)
{
    public static HomeCell Date(DateOnly date, string? hint = null, string? tagColour = null) =>
        new(DateText.Short(date), Hint: hint, TagColour: tagColour, SortValue: date);

    public static HomeCell Number(int count, string? link = null) =>
        new(count.ToString(CultureInfo.InvariantCulture), link, SortValue: count);

    public static HomeCell Number(decimal value) =>
        new(value.ToString("0.#", CultureInfo.InvariantCulture), SortValue: value);

    /// <summary>What the CSV says: the words, and the hint after them when there is one (a Haven ID, a team).</summary>
    public string CsvText => Hint is { Length: > 0 } hint ? $"{Text} ({hint})" : Text;
}

/// <summary>
/// A list on a home page: its count goes in the heading, its columns sort on the server (each list has its own
/// <c>{id}-sort</c> and <c>{id}-dir</c> query values, so sorting one list leaves the others as they were, and it
/// works without JavaScript), and <c>?download={id}</c> gives the same rows, in the same order, as CSV.
/// </summary>
public sealed class HomeList
{
    public HomeList(string id, string title, IReadOnlyList<HomeColumn> columns, IEnumerable<IReadOnlyList<HomeCell>> rows, string defaultSort, bool defaultDescending = false)
    {
        Id = id;
        Title = title;
        Columns = columns;
        Unsorted = [.. rows];
        DefaultSort = defaultSort;
        DefaultDescending = defaultDescending;
        SortKey = defaultSort;
        Descending = defaultDescending;
        Rows = Unsorted;
    }

    /// <summary>A list of <paramref name="items"/> read through <paramref name="columns"/>, in the order given until sorted.</summary>
    public static HomeList Of<T>(string id, string title, string empty, IEnumerable<T> items, IReadOnlyList<HomeColumn<T>> columns,
        string defaultSort, bool defaultDescending = false, string? hint = null, int notShown = 0)
    {
        ArgumentNullException.ThrowIfNull(columns);
        var rows = items.Select(i => (IReadOnlyList<HomeCell>)[.. columns.Select(c => new HomeCell(c.Text(i) ?? "", c.Link?.Invoke(i), SortValue: c.SortBy?.Invoke(i)))]);
        return new HomeList(id, title, [.. columns.Select(c => new HomeColumn(c.Key, c.Heading, c.Numeric))], rows, defaultSort, defaultDescending)
        {
            EmptyText = empty,
            Description = hint,
            NotShown = notShown,
        };
    }

    public string Id { get; }

    public string Title { get; }

    public IReadOnlyList<HomeColumn> Columns { get; }

    /// <summary>Said when the list is empty, so an empty list reads as good news rather than a fault.</summary>
    public string EmptyText { get; init; } = "Nothing to show.";

    /// <summary>A sentence under the heading: what the list holds and, where it matters, how it is worked out.</summary>
    public string? Description { get; init; }

    /// <summary>Rows about children the viewer may not open: counted, never listed (<see cref="VisiblePeople"/>).</summary>
    public int NotShown { get; init; }

    /// <summary>Where the whole of this work is done, when the home shows only part of it.</summary>
    public (string Text, string Href)? More { get; init; }

    public string DefaultSort { get; }

    public bool DefaultDescending { get; }

    private IReadOnlyList<IReadOnlyList<HomeCell>> Unsorted { get; }

    public IReadOnlyList<IReadOnlyList<HomeCell>> Rows { get; private set; }

    public string SortKey { get; private set; }

    public bool Descending { get; private set; }

    public string SortParam => $"{Id}-sort";

    public string DirectionParam => $"{Id}-dir";

    /// <summary>Sorts by the list's own query values; an unknown column falls back to the default, so an old bookmark still opens.</summary>
    public void SortBy(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var key = query[SortParam].FirstOrDefault();
        var column = Columns.ToList().FindIndex(c => string.Equals(c.Key, key, StringComparison.OrdinalIgnoreCase));
        if (column < 0)
        {
            column = Columns.ToList().FindIndex(c => c.Key == DefaultSort);
            Descending = DefaultDescending;
        }
        else
        {
            Descending = query[DirectionParam].FirstOrDefault() is "desc" or "descending";
        }
        SortKey = Columns[column].Key;
        var ordered = Descending
            ? Unsorted.OrderByDescending(r => r[column], CellOrder.Instance)
            : Unsorted.OrderBy(r => r[column], CellOrder.Instance);
        // Ties keep the order the list was built in (a stable sort), which is the most urgent first.
        Rows = [.. ordered];
    }

    /// <summary>The page the list is on (with its own query, if any), which answers <c>?download={id}</c>: the home page unless said.</summary>
    public string PageUrl { get; init; } = "/";

    /// <summary>The download link: this list, in the order shown.</summary>
    public string DownloadUrl => $"{PageUrl}{(PageUrl.Contains('?', StringComparison.Ordinal) ? '&' : '?')}download={Uri.EscapeDataString(Id)}&{SortParam}={Uri.EscapeDataString(SortKey)}&{DirectionParam}={(Descending ? "desc" : "asc")}";

    public IEnumerable<IReadOnlyList<string>> CsvRows()
    {
        yield return [.. Columns.Select(c => c.Heading)];
        foreach (var row in Rows)
        {
            yield return [.. row.Select(c => c.CsvText)];
        }
    }

    /// <summary>Dates as dates, numbers as numbers, words alphabetically ignoring case; blanks first.</summary>
    private sealed class CellOrder : IComparer<HomeCell>
    {
        public static readonly CellOrder Instance = new();

        public int Compare(HomeCell? x, HomeCell? y)
        {
            var a = x?.SortValue ?? x?.Text;
            var b = y?.SortValue ?? y?.Text;
            return (a, b) switch
            {
                (null, null) => 0,
                (null, _) => -1,
                (_, null) => 1,
                (string s, string t) => StringComparer.CurrentCultureIgnoreCase.Compare(s, t),
                _ when a.GetType() == b.GetType() => a.CompareTo(b),
                _ => StringComparer.CurrentCultureIgnoreCase.Compare(a.ToString(), b.ToString()),
            };
        }
    }
}

/// <summary>A role's home page: what it loads, the partial that shows it, and its lists (for the CSV download).</summary>
public interface IRoleHome
{
    /// <summary>The partial view in Features/Home that shows this home, e.g. "_SocialWorkerHome".</summary>
    string Partial { get; }

    /// <summary>The page title and its heading.</summary>
    string Title { get; }

    IReadOnlyList<HomeList> Lists { get; }

    Task LoadAsync(CancellationToken ct);
}
