using System.Text;
using System.Text.RegularExpressions;

namespace Haven.Web.Features.WorkTray;

/// <summary>
/// What the worker's tray and the team's tray share: filtering by kind and status, sorting, and the same rows as
/// CSV. GET parameters throughout, so a filtered list can be bookmarked and works without JavaScript.
/// </summary>
public abstract partial class WorkListModel(AuditTrail audit) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "kind")] public string? Kind { get; set; }
    [BindProperty(SupportsGet = true, Name = "status")] public string? Status { get; set; }
    [BindProperty(SupportsGet = true, Name = "sort")] public string? Sort { get; set; }
    [BindProperty(SupportsGet = true, Name = "dir")] public string? Direction { get; set; }
    [BindProperty(SupportsGet = true, Name = "format")] public string? Format { get; set; }

    public Tray Tray { get; protected set; } = Tray.Empty;

    /// <summary>The rows after the filters, in the chosen order.</summary>
    public IReadOnlyList<TrayRow> Rows { get; private set; } = [];

    public string SortKey { get; private set; } = "due";
    public bool Descending { get; private set; }

    /// <summary>Shown in the table and the CSV: the team tray says whose work it is.</summary>
    public abstract bool ShowsWorker { get; }

    protected abstract string CsvName { get; }

    /// <summary>A team name under each worker says nothing when every child is in the same team.</summary>
    public bool ShowsTeam => Tray.Children.Select(c => c.TeamId).Distinct().Skip(1).Any();

    public static readonly IReadOnlyList<(string Slug, string Label)> Statuses =
        [("overdue", "Overdue"), ("due-soon", "Due soon"), ("not-yet-due", "Not yet due")];

    public static IEnumerable<(string Slug, string Label)> Kinds =>
        Enum.GetValues<WorkKind>().Select(k => (KindSlug(k), DueWork.Describe(k)));

    public static string KindSlug(WorkKind kind) => WordBoundary().Replace(kind.ToString(), "-$1").ToLowerInvariant();

    public static string StatusSlug(TimescaleState state) => state switch
    {
        TimescaleState.Overdue => "overdue",
        TimescaleState.DueSoon => "due-soon",
        _ => "not-yet-due",
    };

    public static string StatusLabel(TimescaleState state) => Statuses.Single(s => s.Slug == StatusSlug(state)).Label;

    public static string StatusColour(TimescaleState state) => state switch
    {
        TimescaleState.Overdue => "red",
        TimescaleState.DueSoon => "yellow",
        _ => "grey",
    };

    public int Count(TimescaleState state) => Tray.Rows.Count(r => r.Item.State == state);

    /// <summary>Unknown filter values are ignored rather than refused: an old bookmark still opens the tray.</summary>
    protected async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        var rows = Tray.Rows.AsEnumerable();
        if (Kinds.Any(k => k.Slug == Kind))
        {
            rows = rows.Where(r => KindSlug(r.Item.Kind) == Kind);
        }
        if (Statuses.Any(s => s.Slug == Status))
        {
            rows = rows.Where(r => StatusSlug(r.Item.State) == Status);
        }
        SortKey = Sort is "child" or "work" or "worker" ? Sort : "due";
        Descending = Direction is "desc" or "descending";
        var byName = StringComparer.CurrentCultureIgnoreCase;
        IOrderedEnumerable<TrayRow> sorted = (SortKey, Descending) switch
        {
            ("child", false) => rows.OrderBy(r => r.Child.Name, byName),
            ("child", true) => rows.OrderByDescending(r => r.Child.Name, byName),
            ("work", false) => rows.OrderBy(r => r.Item.What, byName),
            ("work", true) => rows.OrderByDescending(r => r.Item.What, byName),
            ("worker", false) => rows.OrderBy(r => r.Child.WorkerName, byName),
            ("worker", true) => rows.OrderByDescending(r => r.Child.WorkerName, byName),
            // Soonest due first is also overdue first: an overdue item's date is in the past.
            (_, false) => rows.OrderBy(r => r.Item.DueOn),
            (_, true) => rows.OrderByDescending(r => r.Item.DueOn),
        };
        Rows = sorted.ThenBy(r => r.Item.DueOn).ThenBy(r => r.Child.Name, byName).ToList();

        if (string.Equals(Format, "csv", StringComparison.OrdinalIgnoreCase))
        {
            var name = $"{CsvName}-{Tray.Today:yyyy-MM-dd}.csv";
            // A list of children's names is leaving Haven: record who took it, which list and how many rows.
            await audit.ExportedAsync(CsvName.Replace('-', ' '), name, Rows.Count, ct);
            return File(Csv.Encode(CsvRows()), "text/csv; charset=utf-8", name);
        }
        return Page();
    }

    /// <summary>This list's address with some parameters changed (null removes one).</summary>
    public string ListUrl(string? format = null) =>
        QueryString(new()
        {
            ["kind"] = Kind, ["status"] = Status, ["sort"] = SortKey, ["dir"] = Descending ? "desc" : "asc", ["format"] = format,
        });

    /// <summary>Parameters of the page itself (the team or worker chosen) that the filters and sort links keep.</summary>
    protected virtual Dictionary<string, string?> ExtraQuery => [];

    /// <summary>What the filter form carries along besides its own fields.</summary>
    public IEnumerable<(string Key, string Value)> HiddenFilterFields =>
        ExtraQuery.Append(new("sort", SortKey)).Append(new("dir", Descending ? "desc" : "asc"))
            .Where(v => !string.IsNullOrEmpty(v.Value)).Select(v => (v.Key, v.Value!));

    public string ClearFiltersUrl => QueryString(new() { ["sort"] = SortKey, ["dir"] = Descending ? "desc" : "asc" });

    /// <summary>The list filtered to one status, for the figures at the top.</summary>
    public string StatusUrl(TimescaleState state) => QueryString(new() { ["status"] = StatusSlug(state) }) + "#work";

    private string QueryString(Dictionary<string, string?> values)
    {
        foreach (var (k, v) in ExtraQuery)
        {
            values.TryAdd(k, v);
        }
        var parts = values.Where(v => !string.IsNullOrEmpty(v.Value)).Select(v => $"{v.Key}={Uri.EscapeDataString(v.Value!)}");
        return $"{Request.Path}?{string.Join("&", parts)}";
    }

    private IEnumerable<IReadOnlyList<string>> CsvRows()
    {
        yield return ShowsWorker
            ? ["Child", "Haven ID", "Worker", "Team", "Work", "Due", "Status", "Days overdue", "Link"]
            : ["Child", "Haven ID", "Work", "Due", "Status", "Days overdue", "Link"];
        var origin = $"{Request.Scheme}://{Request.Host}";
        foreach (var r in Rows)
        {
            var due = DateText.Date(r.Item.DueOn);
            var overdue = r.Item.Status.DaysOverdue.ToString(System.Globalization.CultureInfo.InvariantCulture);
            yield return ShowsWorker
                ? [r.Child.Name, r.Child.HavenId, r.Child.WorkerName, r.Child.TeamName, r.Item.What, due, StatusLabel(r.Item.State), overdue, origin + r.Item.Link]
                : [r.Child.Name, r.Child.HavenId, r.Item.What, due, StatusLabel(r.Item.State), overdue, origin + r.Item.Link];
        }
    }

    [GeneratedRegex("(?<=[a-z])([A-Z])")]
    private static partial Regex WordBoundary();
}
