namespace Haven.Domain.CinCensus;

/// <summary>
/// One DfE validation rule. The id is the DfE's (a Q suffix marks a query); the message is the DfE's wording,
/// shown to the person fixing the data; the fields are the elements the rule reads.
/// </summary>
public abstract class CinRule(string id, string message, params string[] fields)
{
    public string Id { get; } = id;

    public CinRuleLevel Level { get; } = id.EndsWith('Q') ? CinRuleLevel.Query : CinRuleLevel.Error;

    public string Message { get; } = message;

    public IReadOnlyList<string> Fields { get; } = fields;

    public override string ToString() => $"{Id}: {Message}";

    protected internal CinIssue Issue(string? childId, string field, string? value, CinIssueLocation location) =>
        new(childId, Id, Level, Message, field, value, location);
}

/// <summary>A rule that can be checked on one child alone, so it can run as a worker saves a form.</summary>
public abstract class CinChildRule(string id, string message, params string[] fields) : CinRule(id, message, fields)
{
    public abstract IEnumerable<CinIssue> Check(CinCensusChild child, CinRuleContext context);

    protected CinIssue Issue(CinCensusChild child, string field, string? value, CinIssueLocation location) =>
        Issue(child.LAchildID, field, value, location);
}

/// <summary>
/// A rule over the whole return (totals, duplicates, the header). It sees each child once as the file streams
/// past and reports at the end, so it must keep only small totals or keys, never the children.
/// </summary>
public abstract class CinReturnRule(string id, string message, params string[] fields) : CinRule(id, message, fields)
{
    public abstract CinReturnCheck Start(CinCensusHeader header, CinRuleContext? context);
}

/// <summary>The running state of one return-level rule during one validation.</summary>
public abstract class CinReturnCheck
{
    public virtual void Observe(CinCensusChild child)
    {
    }

    public abstract IEnumerable<CinIssue> Finish();
}
