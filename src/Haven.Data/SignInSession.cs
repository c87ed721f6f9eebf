namespace Haven.Data;

/// <summary>
/// One signed-in session, held server-side: the cookie carries only <see cref="Id"/>, so deleting the row (sign-out)
/// ends the session even for a copy of the cookie. The idle timeout counts from <see cref="LastActiveAtUtc"/>, the
/// absolute lifetime from <see cref="SignedInAtUtc"/>.
/// </summary>
public sealed class SignInSession
{
    /// <summary>A random key (256 bits, hex), unguessable; the cookie holds it, protected by data protection.</summary>
    public required string Id { get; set; }

    public required string UserId { get; set; }

    /// <summary>The serialised authentication ticket (claims and properties).</summary>
    public required byte[] Ticket { get; set; }

    public DateTime SignedInAtUtc { get; set; }

    public DateTime LastActiveAtUtc { get; set; }
}

/// <summary>
/// A form a user posted after their session had timed out, kept so that after signing in again they can send it
/// with nothing lost. Only the same user can see it; it is deleted when shown and after a day.
/// </summary>
public sealed class KeptForm
{
    public Guid Id { get; set; }

    public required string UserId { get; set; }

    /// <summary>The path and query the form was posted to (local, e.g. "/people/…/case-notes/add").</summary>
    public required string PostedTo { get; set; }

    /// <summary>The posted fields as JSON pairs (a field can repeat), without the antiforgery token.</summary>
    public required string FieldsJson { get; set; }

    public DateTime KeptAtUtc { get; set; }
}

/// <summary>A fixed-window counter (e.g. public referrals from one client address in an hour), kept across restarts.</summary>
public sealed class RateLimitCounter
{
    /// <summary>What is counted and for whom, e.g. "partner-referral:203.0.113.7".</summary>
    public required string Key { get; set; }

    public DateTime WindowStartUtc { get; set; }

    public int Count { get; set; }
}
