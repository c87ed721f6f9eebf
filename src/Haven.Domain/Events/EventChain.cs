using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Haven.Domain.Events;

/// <summary>
/// An event that is a link in a hash chain: it stores its position, the hash of the event before it and the hash of
/// its own content plus that previous hash, so changing, removing or inserting any event breaks every link after it.
/// </summary>
public abstract class ChainedEvent
{
    /// <summary>The chain this event belongs to (one per table), e.g. "case_events".</summary>
    public abstract string ChainName { get; }

    /// <summary>1 for the first event of the chain, then one more for each event after it, with no gaps.</summary>
    public long Sequence { get; set; }

    public string PreviousHash { get; set; } = "";

    public string Hash { get; set; } = "";

    public DateTime OccurredAtUtc { get; set; }

    /// <summary>Writes every field that says what happened, in a fixed order (not the database id, which the chain does not need).</summary>
    public abstract void WriteContent(CanonicalWriter content);
}

/// <summary>
/// The canonical form an event is hashed in. It must come out byte for byte the same from SQLite and PostgreSQL and
/// from any later version of Haven, so it uses no serializer: each field is its UTF-8 length, a colon, the text and a
/// newline (null is "-" alone), instants are UTC at microsecond precision (PostgreSQL keeps no more), ids are
/// lower-case and numbers invariant.
/// </summary>
public sealed class CanonicalWriter
{
    private readonly StringBuilder _text = new();

    public CanonicalWriter Add(string? value)
    {
        if (value is null)
        {
            _text.Append("-\n");
        }
        else
        {
            _text.Append(Encoding.UTF8.GetByteCount(value).ToString(CultureInfo.InvariantCulture)).Append(':').Append(value).Append('\n');
        }
        return this;
    }

    public CanonicalWriter Add(long value) => Add(value.ToString(CultureInfo.InvariantCulture));

    public CanonicalWriter Add(Guid? value) => Add(value?.ToString("D"));

    public CanonicalWriter Add(DateTime utc) => Add(EventChain.Instant(utc));

    /// <summary>Before/after values: how many, then field, old and new for each, in the order they were recorded.</summary>
    public CanonicalWriter Add(IReadOnlyCollection<FieldChange> changes)
    {
        Add(changes.Count);
        foreach (var change in changes)
        {
            Add(change.Field).Add(change.OldValue).Add(change.NewValue);
        }
        return this;
    }

    public override string ToString() => _text.ToString();
}

/// <summary>How an event's hash is computed, and how a stored chain is checked.</summary>
public static class EventChain
{
    /// <summary>The "previous hash" of the first event of a chain.</summary>
    public static readonly string Start = new('0', 64);

    /// <summary>
    /// An instant cut to whole microseconds, the precision both databases keep; events are stored this way so the
    /// hash computed when writing is the hash computed when reading back.
    /// </summary>
    public static DateTime ToStoredPrecision(DateTime utc) =>
        new(utc.Ticks - utc.Ticks % 10, DateTimeKind.Utc);

    public static string Instant(DateTime utc) =>
        ToStoredPrecision(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    /// <summary>The canonical text of an event in its place: the chain, position and previous hash, then the content.</summary>
    public static string Canonical(ChainedEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var content = new CanonicalWriter().Add(e.ChainName).Add(e.Sequence).Add(e.PreviousHash);
        e.WriteContent(content);
        return content.ToString();
    }

    /// <summary>SHA-256 of the canonical text, lower-case hex.</summary>
    public static string HashOf(ChainedEvent e) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Canonical(e))));

    /// <summary>Places an event after the one whose sequence and hash are given, and seals it.</summary>
    public static void Append(ChainedEvent e, long previousSequence, string previousHash)
    {
        ArgumentNullException.ThrowIfNull(e);
        e.OccurredAtUtc = ToStoredPrecision(e.OccurredAtUtc);
        e.Sequence = previousSequence + 1;
        e.PreviousHash = previousHash;
        e.Hash = HashOf(e);
    }
}

/// <summary>
/// Checks a chain read back in sequence order, one event at a time, and keeps the first problem: an event whose
/// content no longer matches its hash (altered), a gap in the sequence or a broken link (missing or inserted), or
/// fewer events than the chain's head says were written (removed from the end).
/// </summary>
public sealed class ChainCheck(string chainName)
{
    private long _lastSequence;
    private string _lastHash = EventChain.Start;

    public string ChainName { get; } = chainName;

    public long Checked { get; private set; }

    /// <summary>The first problem found, in words, or null while the chain is whole.</summary>
    public string? Problem { get; private set; }

    public bool IsWhole => Problem is null;

    /// <summary>Checks the next event; returns false once a problem is found (later events are not looked at).</summary>
    public bool Next(ChainedEvent e, string describe)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (Problem is not null)
        {
            return false;
        }
        if (e.Sequence != _lastSequence + 1)
        {
            Problem = e.Sequence <= _lastSequence
                ? $"{ChainName}: event {e.Sequence} ({describe}) appears twice or out of order after event {_lastSequence}"
                : $"{ChainName}: event {_lastSequence + 1} is missing (the next event found is {e.Sequence}, {describe})";
        }
        else if (!string.Equals(e.PreviousHash, _lastHash, StringComparison.Ordinal))
        {
            Problem = $"{ChainName}: event {e.Sequence} ({describe}) does not follow event {_lastSequence}: an event before it was altered, removed or inserted";
        }
        else if (!string.Equals(e.Hash, EventChain.HashOf(e), StringComparison.Ordinal))
        {
            Problem = $"{ChainName}: event {e.Sequence} ({describe}) was altered after it was written";
        }
        if (Problem is not null)
        {
            return false;
        }
        _lastSequence = e.Sequence;
        _lastHash = e.Hash;
        Checked++;
        return true;
    }

    /// <summary>Events stored without a place in the chain: written before the chain began, or added outside Haven.</summary>
    public void Unsealed(long count, bool chainStarted)
    {
        if (Problem is null && count > 0)
        {
            Problem = chainStarted
                ? $"{ChainName}: {count} event(s) have no place in the chain: they were added outside Haven"
                : $"{ChainName}: {count} event(s) from before the chain began are not sealed yet (the next change saved seals them)";
        }
    }

    /// <summary>After the last event: the chain's head (what was last written) must be the last event read.</summary>
    public void End(long headSequence, string headHash)
    {
        if (Problem is not null)
        {
            return;
        }
        if (headSequence > _lastSequence)
        {
            Problem = $"{ChainName}: events {_lastSequence + 1} to {headSequence} are missing (removed from the end)";
        }
        else if (headSequence < _lastSequence || !string.Equals(headHash, _lastHash, StringComparison.Ordinal))
        {
            Problem = $"{ChainName}: the last event ({_lastSequence}) is not the one last written ({headSequence}): events were added outside Haven";
        }
    }
}
