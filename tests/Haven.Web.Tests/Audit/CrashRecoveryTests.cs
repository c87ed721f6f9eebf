using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Haven.Domain.Access;
using Haven.Web.Cli;
using Haven.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Haven.Web.Tests.Audit;

/// <summary>
/// Haven as a real process, killed with SIGKILL in the middle of a burst of writes: after a restart every write that
/// was acknowledged (a redirect after the save) is there, with its event, and the audit chain verifies.
/// </summary>
public abstract class CrashRecoveryTests<TFactory> where TFactory : HavenAppFactory, new()
{
    [Fact]
    public async Task Every_acknowledged_write_survives_a_kill_9_and_the_audit_chain_still_verifies()
    {
        await using var database = new TFactory();
        await database.InitializeAsync();
        var worker = await database.CreateUserAsync("Crash Worker", Role.SocialWorker);
        var child = await database.RegisterAsync(worker, "Kit", "Killed", new DateOnly(2015, 1, 1));
        // The test's own app prepared the database (migrated, a worker, a child); from here only the real process writes.
        var setting = database.Services.GetRequiredService<IConfiguration>()["Haven:Database"]!;

        var acknowledged = new ConcurrentBag<string>();
        using (var haven = await HavenProcess.StartAsync(setting))
        {
            var clients = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => haven.SignInAsync(worker.Email!)));
            var url = $"/people/{child.Id}/case-notes/new";
            var forms = await Task.WhenAll(clients.Select(c => c.GetFormAsync(url)));
            var burst = Enumerable.Range(0, 4).Select(w => Task.Run(async () =>
            {
                for (var i = 0; ; i++)
                {
                    var subject = $"Burst {w}-{i}";
                    try
                    {
                        var response = await clients[w].PostFormAsync(url, forms[w], new()
                        {
                            ["Type"] = "PhoneCall", ["OccurredOn.Day"] = "24", ["OccurredOn.Month"] = "11", ["OccurredOn.Year"] = "2026",
                            ["Subject"] = subject, ["Text"] = "Phoned school about attendance.",
                        });
                        if (response.StatusCode != HttpStatusCode.Redirect)
                        {
                            throw new InvalidOperationException($"{subject} gave {(int)response.StatusCode}");
                        }
                        acknowledged.Add(subject);
                    }
                    catch (HttpRequestException)
                    {
                        return; // the process is gone
                    }
                    catch (TaskCanceledException)
                    {
                        return;
                    }
                }
            })).ToList();

            // Kill it once writes are flowing, without warning: no shutdown, no flush, no finishing requests.
            var deadline = Stopwatch.StartNew();
            while (acknowledged.Count < 30 && deadline.Elapsed < TimeSpan.FromSeconds(20) && burst.All(b => !b.IsCompleted))
            {
                await Task.Delay(20);
            }
            haven.Kill();
            await Task.WhenAll(burst);
        }
        Assert.True(acknowledged.Count >= 5, $"only {acknowledged.Count} writes were acknowledged before the kill");

        // Restart on the same database: it must come up, and keep writing on the same chain.
        using (var haven = await HavenProcess.StartAsync(setting))
        {
            var client = await haven.SignInAsync(worker.Email!);
            var url = $"/people/{child.Id}/case-notes/new";
            var after = await client.PostFormAsync(url, await client.GetFormAsync(url), new()
            {
                ["Type"] = "PhoneCall", ["OccurredOn.Day"] = "25", ["OccurredOn.Month"] = "11", ["OccurredOn.Year"] = "2026",
                ["Subject"] = "After the restart", ["Text"] = "Haven was back.",
            });
            Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        }

        var (notes, noteEvents) = await database.WithDbAsync(async db => (
            await db.CaseNotes.Where(n => n.PersonId == child.Id).Select(n => n.Subject).ToListAsync(),
            await db.CaseEvents.CountAsync(e => e.PersonId == child.Id && e.Type == Haven.Domain.Events.CaseEventTypes.CaseNoteAdded)));
        var lost = acknowledged.Except(notes).ToList();
        Assert.True(lost.Count == 0, $"{lost.Count} of {acknowledged.Count} acknowledged writes were lost: {string.Join(", ", lost)}");
        Assert.Contains("After the restart", notes);
        Assert.Equal(notes.Count, noteEvents);
        Assert.Equal(0, await HavenCommandLine.RunAsync(["audit", "verify", "--database", setting]));
    }
}

public sealed class CrashRecoveryTestsOnSqlite : CrashRecoveryTests<SqliteAppFactory>;

public sealed class CrashRecoveryTestsOnPostgres : CrashRecoveryTests<PostgresAppFactory>;

/// <summary>`dotnet Haven.dll serve`, as `./haven serve` runs it, on a free port.</summary>
public sealed class HavenProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private HavenProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<HavenProcess> StartAsync(string database)
    {
        var port = FreePort();
        var address = new Uri($"http://127.0.0.1:{port}");
        var dll = HavenDll();
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { dll, "serve", "--database", database, "--urls", address.ToString(), "--environment", "Testing" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["HAVEN_CONTENT_ROOT"] = Path.GetDirectoryName(dll);
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var haven = new HavenProcess(process, address);
        process.OutputDataReceived += (_, e) => haven.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => haven.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var probe = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(5) };
        var waited = Stopwatch.StartNew();
        // Seconds on an idle machine; generous, because a loaded build machine can take much longer to start .NET.
        while (waited.Elapsed < TimeSpan.FromSeconds(120))
        {
            if (process.HasExited)
            {
                break;
            }
            try
            {
                if ((await probe.GetAsync("/sign-in")).StatusCode == HttpStatusCode.OK)
                {
                    return haven;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
            await Task.Delay(200);
        }
        haven.Kill();
        throw new InvalidOperationException("Haven did not start:\n" + string.Join("\n", haven._output));
    }

    public async Task<HttpClient> SignInAsync(string email)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() })
        {
            BaseAddress = Address,
            Timeout = TimeSpan.FromSeconds(20),
        };
        var form = await client.GetFormAsync("/sign-in");
        var response = await client.PostFormAsync("/sign-in", form, new() { ["Email"] = email, ["Password"] = HavenAppFactory.Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>SIGKILL: the process gets no chance to finish anything.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }
        _process.WaitForExit(10_000);
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }
        _output.Enqueue(line);
        while (_output.Count > 200 && _output.TryDequeue(out _))
        {
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The Haven.Web build beside this test project's build (artifacts/bin/Haven.Web/release), else the copy here.</summary>
    private static string HavenDll()
    {
        var here = AppContext.BaseDirectory;
        var configuration = new DirectoryInfo(here).Name;
        var beside = Path.GetFullPath(Path.Combine(here, "..", "..", "Haven.Web", configuration, "Haven.dll"));
        return File.Exists(beside) ? beside : Path.Combine(here, "Haven.dll");
    }
}
