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
    }

    public void Print(int top = 12)
    {
        Console.WriteLine($"SQL: {_commands.Values.Sum(c => c.Count):N0} commands, {_commands.Values.Sum(c => c.Ms):N1} ms in all; the slowest:");
        foreach (var (sql, (count, ms)) in _commands.OrderByDescending(c => c.Value.Ms).Take(top))
        {
            Console.WriteLine($"  {ms,9:N1} ms  x{count,-4} {sql.ReplaceLineEndings(" ")[..Math.Min(sql.Length, 400)]}");
        }
        _commands.Clear();
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }
}
