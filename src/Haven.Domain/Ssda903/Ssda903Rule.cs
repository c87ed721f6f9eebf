using Haven.Domain.CinCensus;

namespace Haven.Domain.Ssda903;

/// <summary>One failed check: which child, which rule, the DfE's message, the file and field, and the value as written.</summary>
public sealed record Ssda903Issue(string? Child, string RuleId, string Message, string FileName, string Field, string? Value);

/// <summary>
/// One DfE SSDA903 validation rule: its DfE code, the DfE's message (as the public validator quotes it for 2025/26)
/// and the fields it reads. It sees the whole return (most rules compare a child's rows with each other).
/// </summary>
public abstract class Ssda903Rule(string id, string message, params string[] fields)
{
    public string Id { get; } = id;

    public string Message { get; } = message;

    public IReadOnlyList<string> Fields { get; } = fields;

    public abstract IEnumerable<Ssda903Issue> Check(Ssda903RuleContext context);

    protected Ssda903Issue Issue(string? child, Ssda903File file, string field, string? value) =>
        new(child, Id, Message, file.FileName, field, value);

    public override string ToString() => $"{Id}: {Message}";
}

/// <summary>
/// What rules need besides the rows: the collection year, last year's return when given (rules 202-208 compare with
/// it), and each child's header row and episodes in date order, worked out once for all rules.
/// </summary>
public sealed class Ssda903RuleContext
{
    public Ssda903RuleContext(Ssda903Return current, CensusPeriod year, Ssda903Return? previous = null)
    {
        Return = current ?? throw new ArgumentNullException(nameof(current));
        Year = year ?? throw new ArgumentNullException(nameof(year));
        Previous = previous;
        Headers = current.Header.Where(h => h.Child is not null).GroupBy(h => h.Child!).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        EpisodesOf = current.Episodes.OrderBy(e => Ssda903Dates.Parse(e.Decom) ?? DateOnly.MinValue).ToLookup(e => e.Child, StringComparer.Ordinal);
        PreviousHeaders = previous?.Header.Where(h => h.Child is not null).GroupBy(h => h.Child!).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        PreviousEpisodesOf = previous?.Episodes.OrderBy(e => Ssda903Dates.Parse(e.Decom) ?? DateOnly.MinValue).ToLookup(e => e.Child, StringComparer.Ordinal);
    }

    public Ssda903Return Return { get; }

    public CensusPeriod Year { get; }

    public Ssda903Return? Previous { get; }

    public IReadOnlyDictionary<string, Ssda903Header> Headers { get; }

    public IReadOnlyDictionary<string, Ssda903Header>? PreviousHeaders { get; }

    /// <summary>Last year's episodes of each child, earliest first, when last year's files were given.</summary>
    public ILookup<string?, Ssda903Episode>? PreviousEpisodesOf { get; }

    /// <summary>
    /// The episode a child's care was in at the end of last year, as last year's return left it: their latest episode
    /// there, when it had not ended. This year's return must carry on from it (rules 502 and 503A-F).
    /// </summary>
    public Ssda903Episode? OpenAtEndOfLastYear(string? child) =>
        PreviousEpisodesOf is { } last && last[child].LastOrDefault() is { Dec: null } open ? open : null;

    /// <summary>A child's episodes, earliest first (an unreadable start date sorts first).</summary>
    public ILookup<string?, Ssda903Episode> EpisodesOf { get; }

    /// <summary>The child's date of birth from header.csv, when there and readable.</summary>
    public DateOnly? BornOf(string? child) =>
        child is not null && Headers.TryGetValue(child, out var h) ? Ssda903Dates.Parse(h.Dob) : null;

    /// <summary>The child's age in whole years on a day, when both dates are known.</summary>
    public int? AgeOn(string? child, DateOnly? day) =>
        BornOf(child) is { } born && day is { } d ? Ssda903FromRecord.Age(born, d) : null;
}

/// <summary>
/// A rule checked row by row in one file. Most DfE rules are this shape: a field's value is missing, not in its
/// code list, or at odds with another field of the same row or the child's date of birth.
/// </summary>
public abstract class Ssda903RowRule<T>(
    string id, string message, Ssda903File file, string field,
    Func<Ssda903Return, IEnumerable<T>> rows, Func<T, string?> child, Func<T, string?> value, Func<T, Ssda903RuleContext, bool> fails)
    : Ssda903Rule(id, message, field)
{
    public override IEnumerable<Ssda903Issue> Check(Ssda903RuleContext context) =>
        from row in rows(context.Return)
        where fails(row, context)
        select Issue(child(row), file, Fields[0], value(row));
}

public abstract class HeaderRule(string id, string message, string field, Func<Ssda903Header, string?> value, Func<Ssda903Header, Ssda903RuleContext, bool> fails)
    : Ssda903RowRule<Ssda903Header>(id, message, Ssda903Files.Header, field, r => r.Header, h => h.Child, value, fails);

public abstract class EpisodeRule(string id, string message, string field, Func<Ssda903Episode, string?> value, Func<Ssda903Episode, Ssda903RuleContext, bool> fails)
    : Ssda903RowRule<Ssda903Episode>(id, message, Ssda903Files.Episodes, field, r => r.Episodes, e => e.Child, value, fails);

public abstract class ReviewRule(string id, string message, string field, Func<Ssda903Review, string?> value, Func<Ssda903Review, Ssda903RuleContext, bool> fails)
    : Ssda903RowRule<Ssda903Review>(id, message, Ssda903Files.Reviews, field, r => r.Reviews, v => v.Child, value, fails);

public abstract class MissingRule(string id, string message, string field, Func<Ssda903Missing, string?> value, Func<Ssda903Missing, Ssda903RuleContext, bool> fails)
    : Ssda903RowRule<Ssda903Missing>(id, message, Ssda903Files.Missing, field, r => r.Missing, m => m.Child, value, fails);

public abstract class UascRule(string id, string message, string field, Func<Ssda903Uasc, string?> value, Func<Ssda903Uasc, Ssda903RuleContext, bool> fails)
    : Ssda903RowRule<Ssda903Uasc>(id, message, Ssda903Files.Uasc, field, r => r.Uasc, u => u.Child, value, fails);

public abstract class Oc2Rule(string id, string message, string field, Func<Ssda903Oc2, string?> value, Func<Ssda903Oc2, Ssda903RuleContext, bool> fails)
    : Ssda903RowRule<Ssda903Oc2>(id, message, Ssda903Files.Oc2, field, r => r.Oc2, o => o.Child, value, fails);

public abstract class Oc3Rule(string id, string message, string field, Func<Ssda903Oc3, string?> value, Func<Ssda903Oc3, Ssda903RuleContext, bool> fails)
    : Ssda903RowRule<Ssda903Oc3>(id, message, Ssda903Files.Oc3, field, r => r.Oc3, o => o.Child, value, fails);

public abstract class Ad1Rule(string id, string message, string field, Func<Ssda903Ad1, string?> value, Func<Ssda903Ad1, Ssda903RuleContext, bool> fails)
    : Ssda903RowRule<Ssda903Ad1>(id, message, Ssda903Files.Ad1, field, r => r.Ad1, a => a.Child, value, fails);

public abstract class PlacedForAdoptionRule(string id, string message, string field, Func<Ssda903PlacedForAdoption, string?> value, Func<Ssda903PlacedForAdoption, Ssda903RuleContext, bool> fails)
    : Ssda903RowRule<Ssda903PlacedForAdoption>(id, message, Ssda903Files.PlacedForAdoption, field, r => r.PlacedForAdoption, p => p.Child, value, fails);

public abstract class PreviousPermanenceRule(string id, string message, string field, Func<Ssda903PreviousPermanence, string?> value, Func<Ssda903PreviousPermanence, Ssda903RuleContext, bool> fails)
    : Ssda903RowRule<Ssda903PreviousPermanence>(id, message, Ssda903Files.PreviousPermanence, field, r => r.PreviousPermanence, p => p.Child, value, fails);

public abstract class SwEpisodeRule(string id, string message, string field, Func<Ssda903SwEpisode, string?> value, Func<Ssda903SwEpisode, Ssda903RuleContext, bool> fails)
    : Ssda903RowRule<Ssda903SwEpisode>(id, message, Ssda903Files.SwEpisodes, field, r => r.SwEpisodes, s => s.Child, value, fails);

/// <summary>
/// A rule over one child's episodes in date order (a gap, an overlap, a missing continuation): it returns the
/// episodes at fault.
/// </summary>
public abstract class ChildEpisodesRule(string id, string message, string field, Func<Ssda903Episode, string?> value,
    Func<IReadOnlyList<Ssda903Episode>, Ssda903RuleContext, IEnumerable<Ssda903Episode>> failing) : Ssda903Rule(id, message, field)
{
    public override IEnumerable<Ssda903Issue> Check(Ssda903RuleContext context) =>
        from episodes in context.EpisodesOf
        from episode in failing([.. episodes], context)
        select Issue(episode.Child, Ssda903Files.Episodes, Fields[0], value(episode));
}

/// <summary>Internal checks: every child in a file must be in header.csv (INT03, INT04, INT08, INT09).</summary>
public abstract class InHeaderRule<T>(string id, string message, Ssda903File file, Func<Ssda903Return, IEnumerable<T>> rows, Func<T, string?> child)
    : Ssda903Rule(id, message, "CHILD")
{
    public override IEnumerable<Ssda903Issue> Check(Ssda903RuleContext context) =>
        from row in rows(context.Return)
        where child(row) is not { } id || !context.Headers.ContainsKey(id)
        select Issue(child(row), file, "CHILD", child(row));
}

/// <summary>Internal checks: a file's DOB (or SEX) must be the one in header.csv (INT13, INT17, INT18, INT21).</summary>
public abstract class SameAsHeaderRule<T>(string id, string message, Ssda903File file, string field,
    Func<Ssda903Return, IEnumerable<T>> rows, Func<T, string?> child, Func<T, string?> value, Func<Ssda903Header, string?> inHeader)
    : Ssda903Rule(id, message, field)
{
    public override IEnumerable<Ssda903Issue> Check(Ssda903RuleContext context) =>
        from row in rows(context.Return)
        where child(row) is { } id && context.Headers.TryGetValue(id, out var header) && !string.Equals(value(row), inHeader(header), StringComparison.Ordinal)
        select Issue(child(row), file, field, value(row));
}

/// <summary>Internal checks: a child may appear only once in a one-row-per-child file (INT32, INT36).</summary>
public abstract class OncePerChildRule<T>(string id, string message, Ssda903File file, Func<Ssda903Return, IEnumerable<T>> rows, Func<T, string?> child)
    : Ssda903Rule(id, message, "CHILD")
{
    public override IEnumerable<Ssda903Issue> Check(Ssda903RuleContext context) =>
        from row in rows(context.Return).GroupBy(child).Where(g => g.Count() > 1).SelectMany(g => g.Skip(1))
        select Issue(child(row), file, "CHILD", child(row));
}

/// <summary>
/// A header field that must agree with last year's return for the same child (202, 203, 204, 208). Without last
/// year's files (<c>--previous</c>) there is nothing to compare and the rule does not run.
/// </summary>
public abstract class SameAsLastYearRule(string id, string message, string field, Func<Ssda903Header, string?> value, Func<string?, string?, bool> disagree)
    : Ssda903Rule(id, message, field)
{
    public override IEnumerable<Ssda903Issue> Check(Ssda903RuleContext context) =>
        context.PreviousHeaders is not { } last ? [] :
        from header in context.Return.Header
        where header.Child is { } id && last.TryGetValue(id, out var before) && disagree(value(header), value(before))
        select Issue(header.Child, Ssda903Files.Header, Fields[0], value(header));
}
