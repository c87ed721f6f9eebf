using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Haven.Bench;

/// <summary>
/// Where a scenario's database time goes: while on, every command EF Core sends is timed (through EF's diagnostic
/// events, so nothing in the app changes), and <see cref="Print"/> lists the slowest statements with their count
/// and total time. Turned on by HAVEN_BENCH_SQL=1.
/// </summary>
public sealed class SqlProfile : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>
{
    private readonly ConcurrentDictionary<string, (int Count, double Ms)> _commands = new();

    // Executing a command only starts it: SQLite steps to each row (and EF materialises it) while the reader is read,
    // so the time to the reader's disposal, with its row count, is what a page actually waits for.
    private readonly ConcurrentDictionary<string, (double Ms, long Rows)> _read = new();

    public bool On { get; set; }

    public IDisposable? Subscription { get; private set; }

    public static SqlProfile? FromEnvironment()
    {
        if (Environment.GetEnvironmentVariable("HAVEN_BENCH_SQL") != "1")
        {
            return null;
        }
        var profile = new SqlProfile();
        profile.Subscription = DiagnosticListener.AllListeners.Subscribe(profile);
        return profile;
    }

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
        {
            value.Subscribe(this);
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (On && value.Value is CommandExecutedEventData executed)
        {
            _commands.AddOrUpdate(executed.Command.CommandText, (1, executed.Duration.TotalMilliseconds),
                (_, old) => (old.Count + 1, old.Ms + executed.Duration.TotalMilliseconds));
        }
        else if (On && value.Value is DataReaderDisposingEventData disposing)
        {
            _read.AddOrUpdate(disposing.Command.CommandText, (disposing.Duration.TotalMilliseconds, disposing.ReadCount),
                (_, old) => (old.Ms + disposing.Duration.TotalMilliseconds, old.Rows + disposing.ReadCount));
        }
    }

    public void Print(int top = 12)
    {
        Console.WriteLine($"SQL: {_commands.Values.Sum(c => c.Count):N0} commands, {_commands.Values.Sum(c => c.Ms):N1} ms to execute, "
            + $"{_read.Values.Sum(c => c.Ms):N1} ms to the last row read; the slowest, read in full:");
        foreach (var (sql, (ms, rows)) in _read.OrderByDescending(c => c.Value.Ms).Take(top))
        {
            var count = _commands.TryGetValue(sql, out var c) ? c.Count : 0;
            Console.WriteLine($"  {ms,9:N1} ms  x{count,-4} {rows,7:N0} rows  {sql.ReplaceLineEndings(" ")[..Math.Min(sql.Length, 120)]} … {sql.ReplaceLineEndings(" ")[Math.Max(0, sql.Length - 300)..]}");
        }
        _commands.Clear();
        _read.Clear();
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }
}
