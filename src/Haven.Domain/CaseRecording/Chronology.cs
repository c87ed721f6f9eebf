namespace Haven.Domain.CaseRecording;

/// <summary>
/// One event in a child's chronology, whether Haven derived it from the record or a worker added it.
/// <paramref name="Key"/> is stable ("assessment:{id}:authorised") so a worker's mark of significance
/// stays with the event however often the chronology is rebuilt. <paramref name="Step"/> orders events on
/// the same day in the order the work happens (a referral before the assessment it led to).
/// </summary>
public sealed record ChronologyEvent(
    string Key,
    DateOnly Date,
    ChronologyCategory Category,
    string Summary,
    string? RecordedBy,
    bool SignificantByDefault,
    int Step = 0,
    string? Source = null);

/// <summary>An event as the chronology shows it: significant by default or as a worker marked it.</summary>
public sealed record ChronologyLine(ChronologyEvent Event, bool IsSignificant, bool IsMarked);

public sealed record ChronologyFilter(IReadOnlySet<ChronologyCategory> Categories, DateOnly? From, DateOnly? To, bool SignificantOnly)
{
    public static readonly ChronologyFilter All = new(new HashSet<ChronologyCategory>(), null, null, false);

    public bool IsEmpty => Categories.Count == 0 && From is null && To is null && !SignificantOnly;
}

/// <summary>
/// The pure part of a chronology: keys, one line per event, newest first, marks and filters. The queries that
/// read the record build <see cref="ChronologyEvent"/>s and hand them here, so the rules are tested without a database.
/// </summary>
public static class Chronology
{
    /// <summary>Categories a worker can choose for an event they add by hand; the rest come from the record.</summary>
    public static readonly IReadOnlyList<ChronologyCategory> ManualCategories =
    [
        ChronologyCategory.Move, ChronologyCategory.Missing, ChronologyCategory.Court, ChronologyCategory.Health,
        ChronologyCategory.Education, ChronologyCategory.Other,
    ];

    public const int SummaryMaxLength = 500;

    public static string Key(string kind, Guid id, string? step = null) =>
        step is null ? $"{kind}:{id}" : $"{kind}:{id}:{step}";

    /// <summary>
    /// Newest first, each key once. A key seen twice is the same event reached by two routes (a document
    /// attached to a note, say); the first wins so the chronology never repeats itself.
    /// </summary>
    public static IReadOnlyList<ChronologyLine> Compose(IEnumerable<ChronologyEvent> events, IReadOnlyDictionary<string, bool> marks)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(marks);
        return events
            .DistinctBy(e => e.Key, StringComparer.Ordinal)
            .OrderByDescending(e => e.Date)
            .ThenByDescending(e => e.Step)
            .ThenBy(e => e.Key, StringComparer.Ordinal)
            .Select(e => marks.TryGetValue(e.Key, out var marked)
                ? new ChronologyLine(e, marked, IsMarked: true)
                : new ChronologyLine(e, e.SignificantByDefault, IsMarked: false))
            .ToList();
    }

    public static IReadOnlyList<ChronologyLine> Filter(IEnumerable<ChronologyLine> lines, ChronologyFilter filter)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(filter);
        return lines.Where(l =>
                (filter.Categories.Count == 0 || filter.Categories.Contains(l.Event.Category))
                && (filter.From is null || l.Event.Date >= filter.From)
                && (filter.To is null || l.Event.Date <= filter.To)
                && (!filter.SignificantOnly || l.IsSignificant))
            .ToList();
    }

    /// <summary>Errors keyed by form field for an event a worker adds; empty when it can be saved.</summary>
    public static Dictionary<string, string> ValidateEntry(ChronologyCategory? category, string? summary)
    {
        var errors = new Dictionary<string, string>();
        if (category is null || !ManualCategories.Contains(category.Value))
        {
            errors["Category"] = "Select what kind of event this was";
        }
        if (string.IsNullOrWhiteSpace(summary))
        {
            errors["Summary"] = "Enter what happened";
        }
        else if (summary.Trim().Length > SummaryMaxLength)
        {
            errors["Summary"] = $"What happened must be {SummaryMaxLength} characters or fewer";
        }
        return errors;
    }

    public static string CategoryLabel(ChronologyCategory category) => category switch
    {
        ChronologyCategory.Contact => "Contact",
        ChronologyCategory.Referral => "Referral",
        ChronologyCategory.Decision => "Decision",
        ChronologyCategory.EarlyHelp => "Early help",
        ChronologyCategory.Assessment => "Assessment",
        ChronologyCategory.StrategyDiscussion => "Strategy discussion",
        ChronologyCategory.Section47 => "Section 47 enquiry",
        ChronologyCategory.Conference => "Child protection conference",
        ChronologyCategory.Plan => "Plan",
        ChronologyCategory.CoreGroup => "Core group",
        ChronologyCategory.Review => "Review",
        ChronologyCategory.Visit => "Visit",
        ChronologyCategory.Note => "Case note",
        ChronologyCategory.Document => "Document",
        ChronologyCategory.WorkerChange => "Change of worker",
        ChronologyCategory.Move => "Move",
        ChronologyCategory.Missing => "Missing episode",
        ChronologyCategory.Court => "Court",
        ChronologyCategory.Health => "Health",
        ChronologyCategory.Education => "Education",
        ChronologyCategory.Closure => "Case closed",
        ChronologyCategory.Warning => "Warning",
        _ => "Other",
    };
}
