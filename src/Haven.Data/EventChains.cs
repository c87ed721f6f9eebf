using Microsoft.EntityFrameworkCore;

namespace Haven.Data;

/// <summary>Where a chain ends: its last event's sequence and hash. One row per chained table.</summary>
public sealed class EventChainHead
{
    public required string Chain { get; set; }
    public long LastSequence { get; set; }
    public required string LastHash { get; set; }
}

/// <summary>
/// Seals new events into their hash chain as they are saved, and checks stored chains (<c>./haven audit verify</c>).
/// Appends are serialised by the chain's head row: the first statement of every append is an UPDATE of that row,
/// which holds PostgreSQL's row lock, and SQLite's single write lock, until the transaction ends, so two writers
/// can never both extend the same end of a chain (the unique sequence index would refuse it if they did).
/// </summary>
public static class EventChains
{
    /// <summary>Gives each added event of one chain its place and hash, inside the caller's transaction.</summary>
    internal static async Task StampAsync<T>(HavenDbContext db, string chain, IReadOnlyList<T> added, CancellationToken ct)
        where T : ChainedEvent
    {
        var started = await db.Database.ExecuteSqlAsync(
            $"INSERT INTO event_chain_heads (\"Chain\", \"LastSequence\", \"LastHash\") VALUES ({chain}, {0L}, {EventChain.Start}) ON CONFLICT (\"Chain\") DO NOTHING", ct) == 1;
        await db.Database.ExecuteSqlAsync($"UPDATE event_chain_heads SET \"LastSequence\" = \"LastSequence\" WHERE \"Chain\" = {chain}", ct);
        var head = await db.Set<EventChainHead>().AsNoTracking().SingleAsync(h => h.Chain == chain, ct);
        var (sequence, hash) = (head.LastSequence, head.LastHash);

        var toSeal = new List<T>();
        if (started)
        {
            // The chain begins here: events written before Haven kept one (sequence 0) are sealed first, in the order written.
            toSeal.AddRange(await db.Set<T>().Where(e => e.Sequence == 0).OrderBy(e => EF.Property<long>(e, "Id")).ToListAsync(ct));
        }
        toSeal.AddRange(added);
        foreach (var e in toSeal)
        {
            EventChain.Append(e, sequence, hash);
            (sequence, hash) = (e.Sequence, e.Hash);
        }
        await db.Database.ExecuteSqlAsync(
            $"UPDATE event_chain_heads SET \"LastSequence\" = {sequence}, \"LastHash\" = {hash} WHERE \"Chain\" = {chain}", ct);
    }

    /// <summary>Checks every chain from its first event to its head; each result says where the first problem is, if any.</summary>
    public static async Task<IReadOnlyList<ChainCheck>> VerifyAsync(HavenDbContext db, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return
        [
            await CheckAsync(db, db.CaseEvents, CaseEvent.Chain, e => $"id {e.Id}, {e.Type} at {EventChain.Instant(e.OccurredAtUtc)} by {e.ActorName}", ct),
            await CheckAsync(db, db.AuditEvents, AuditEvent.Chain, e => $"id {e.Id}, {e.Type} at {EventChain.Instant(e.OccurredAtUtc)} by {e.ActorName}", ct),
        ];
    }

    private static async Task<ChainCheck> CheckAsync<T>(HavenDbContext db, IQueryable<T> events, string chain, Func<T, string> describe, CancellationToken ct)
        where T : ChainedEvent
    {
        var check = new ChainCheck(chain);
        var head = await db.Set<EventChainHead>().AsNoTracking().SingleOrDefaultAsync(h => h.Chain == chain, ct);
        check.Unsealed(await events.CountAsync(e => e.Sequence == 0, ct), chainStarted: head is not null);
        await foreach (var e in events.AsNoTracking().Where(e => e.Sequence > 0).OrderBy(e => e.Sequence).AsAsyncEnumerable().WithCancellation(ct))
        {
            if (!check.Next(e, describe(e)))
            {
                break;
            }
        }
        check.End(head?.LastSequence ?? 0, head?.LastHash ?? EventChain.Start);
        return check;
    }
}
