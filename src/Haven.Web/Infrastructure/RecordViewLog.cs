using System.Threading.Channels;
using Haven.Domain.Access;

namespace Haven.Web.Infrastructure;

/// <summary>
/// Writes the record view log (<c>record_views</c>) by group commit. Every page of a child's record logs a view before
/// it is shown; one insert a request meant, at 50 connections on SQLite, writers queueing on the one write lock and
/// Microsoft.Data.Sqlite retrying SQLITE_BUSY with 150 ms sleeps: the whole p90/p99 tail of the record (issue 18).
/// Here the rows of requests arriving together go to the database in one transaction from one writer, and each request
/// waits for the commit that holds its row before its page is sent, so no page is ever served unlogged. A failed
/// commit fails every page in it (the request errors rather than showing an unlogged record).
/// </summary>
public sealed class RecordViewLog(IServiceScopeFactory scopes, ILogger<RecordViewLog> logger) : IAsyncDisposable, IDisposable
{
    /// <summary>Enough to empty a burst at once without one transaction growing without bound.</summary>
    private const int MostInOneCommit = 500;

    private sealed record Pending(RecordView View, TaskCompletionSource Written);

    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Lock _start = new();
    private Task? _writer;

    /// <summary>Completes when <paramref name="view"/> is committed. Not cancellable: a view that was asked for is logged.</summary>
    public Task WriteAsync(RecordView view)
    {
        var pending = new Pending(view, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!_queue.Writer.TryWrite(pending))
        {
            throw new InvalidOperationException("Haven is shutting down: the record view log is closed, so the record is not shown.");
        }
        lock (_start)
        {
            _writer ??= Task.Run(WriteAllAsync);
        }
        return pending.Written.Task;
    }

    private async Task WriteAllAsync()
    {
        var batch = new List<Pending>();
        while (await _queue.Reader.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < MostInOneCommit && _queue.Reader.TryRead(out var next))
            {
                batch.Add(next);
            }
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<HavenDbContext>();
                db.RecordViews.AddRange(batch.Select(p => p.View));
                // More than one row goes in one transaction (EF Core wraps a multi-row save in one); on SQLite that
                // transaction begins IMMEDIATE, so it waits for the write lock up front rather than failing to upgrade.
                await db.SaveChangesAsync();
                foreach (var pending in batch)
                {
                    pending.Written.TrySetResult();
                }
            }
#pragma warning disable CA1031 // Whatever failed, every waiting page must hear of it, and the writer must go on for the next.
            catch (Exception e)
#pragma warning restore CA1031
            {
                logger.LogError(e, "Could not write {Count} record views; their pages are refused", batch.Count);
                foreach (var pending in batch)
                {
                    pending.Written.TrySetException(e);
                }
            }
        }
    }

    /// <summary>On shutdown, writes what is queued before the database goes.</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        Task? writer;
        lock (_start)
        {
            writer = _writer;
        }
        if (writer is not null)
        {
            await writer;
        }
    }

    /// <summary>The same for a container disposed synchronously (which refuses a service that can only be disposed asynchronously).</summary>
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();
}
