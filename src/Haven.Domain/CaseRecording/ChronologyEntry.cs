namespace Haven.Domain.CaseRecording;

/// <summary>
/// An event a worker adds to a child's chronology by hand (a move, a missing episode, a court hearing, something
/// from another agency's records). Everything Haven records itself comes into the chronology from the record,
/// so nothing is typed twice.
/// </summary>
public sealed class ChronologyEntry
{
    public Guid Id { get; set; }
    public Guid PersonId { get; set; }
    public DateOnly OccurredOn { get; set; }
    public ChronologyCategory Category { get; set; }
    public required string Summary { get; set; }
    public string? Source { get; set; }
    public bool IsSignificant { get; set; }
    public required string RecordedByUserId { get; set; }
    public required string RecordedByName { get; set; }
    public DateTime RecordedAtUtc { get; set; }
}

/// <summary>
/// A worker's choice to mark an event Haven derived from the record as significant (or not), keyed by the
/// event's stable key, e.g. "assessment:{id}:authorised".
/// </summary>
public sealed class ChronologyMark
{
    public Guid Id { get; set; }
    public Guid PersonId { get; set; }
    public required string EventKey { get; set; }
    public bool IsSignificant { get; set; }
}

public enum ChronologyCategory
{
    Contact,
    Referral,
    Decision,
    EarlyHelp,
    Assessment,
    StrategyDiscussion,
    Section47,
    Conference,
    Plan,
    CoreGroup,
    Review,
    Visit,
    Note,
    Document,
    WorkerChange,
    Move,
    Missing,
    Court,
    Health,
    Education,
    Closure,

    /// <summary>A warning on the record (missing from home, CSE risk, MARAC …) starting or ending.</summary>
    Warning,
    Other,
}
