using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Haven.Domain.Access;
using Haven.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Haven.Web.Tests.Audit;

/// <summary>
/// The record view log is written by group commit (many requests' rows in one transaction), which must not cost an
/// audit record: Haven as a real process (<see cref="HavenProcess"/>), killed with SIGKILL in the middle of a burst of
/// record views from eight clients, and every record page that reached a client has its view in the log afterwards.
/// </summary>
public abstract class RecordViewBurstTests<TFactory> where TFactory : HavenAppFactory, new()
{
    [Fact]
    public async Task Every_record_page_served_before_a_kill_9_has_its_view_in_the_log()
    {
        await using var database = new TFactory();
        await database.InitializeAsync();
        var worker = await database.CreateUserAsync("Burst Viewer", Role.SocialWorker);
        var children = new List<Guid>();
        for (var i = 0; i < 6; i++)
        {
            children.Add((await database.RegisterAsync(worker, "Vee", $"Viewed{i}", new DateOnly(2015, 1, 1).AddDays(i))).Id);
        }
        var setting = database.Services.GetRequiredService<IConfiguration>()["Haven:Database"]!;

        // Each page that came back whole (its closing tag arrived), by child.
        var served = new ConcurrentDictionary<Guid, int>();
        using (var haven = await HavenProcess.StartAsync(setting))
        {
            var clients = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => haven.SignInAsync(worker.Email!)));
            var burst = Enumerable.Range(0, clients.Length).Select(c => Task.Run(async () =>
            {
                for (var i = 0; ; i++)
                {
                    var child = children[(c + i) % children.Count];
                    try
                    {
                        var response = await clients[c].GetAsync($"/people/{child}");
                        var html = await response.Content.ReadAsStringAsync();
                        if (response.StatusCode != HttpStatusCode.OK)
                        {
                            throw new InvalidOperationException($"/people/{child} gave {(int)response.StatusCode}");
                        }
                        if (html.Contains("</html>", StringComparison.Ordinal))
                        {
                            served.AddOrUpdate(child, 1, (_, n) => n + 1);
                        }
                    }
                    catch (HttpRequestException)
                    {
                        return; // the process is gone
                    }
                    catch (TaskCanceledException)
                    {
                        return;
                    }
                    catch (IOException)
                    {
                        return;
                    }
                }
            })).ToList();

            var deadline = Stopwatch.StartNew();
            while (served.Values.Sum() < 60 && deadline.Elapsed < TimeSpan.FromSeconds(30) && burst.All(b => !b.IsCompleted))
            {
                await Task.Delay(10);
            }
            haven.Kill();
            await Task.WhenAll(burst);
        }
        Assert.True(served.Values.Sum() >= 10, $"only {served.Values.Sum()} record pages were served before the kill");

        var logged = await database.WithDbAsync(db => db.RecordViews.Where(v => v.UserId == worker.Id && v.Page == "/People/Record/Index")
            .GroupBy(v => v.PersonId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count));
        var missing = served.Where(s => logged.GetValueOrDefault(s.Key) < s.Value)
            .Select(s => $"{s.Key}: {s.Value} pages served, {logged.GetValueOrDefault(s.Key)} views logged").ToList();
        Assert.True(missing.Count == 0, "pages were served without their view in the log:\n" + string.Join("\n", missing));
    }
}

public sealed class RecordViewBurstTestsOnSqlite : RecordViewBurstTests<SqliteAppFactory>;

public sealed class RecordViewBurstTestsOnPostgres : RecordViewBurstTests<PostgresAppFactory>;
