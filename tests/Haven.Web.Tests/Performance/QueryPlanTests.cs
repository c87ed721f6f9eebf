using System.Data.Common;
using Haven.Data;
using Haven.Domain.Access;
using Haven.Domain.CaseRecording;
using Haven.Domain.People;
using Haven.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using static Haven.Web.Tests.WorkTray.CaseworkSeed;

namespace Haven.Web.Tests.Performance;

/// <summary>
/// The hot pages (a child's record, the chronology, a worker's work tray, the team tray, a name search) on both
/// databases: every SQL command a page sends is captured and its plan asked for (SQLite's EXPLAIN QUERY PLAN,
/// PostgreSQL's EXPLAIN with sequential scans priced out, so a scan in the plan means no index could serve it).
/// No plan may read the people table from end to end, nor walk the merged-records index to find the unmerged (on
/// 100,000 children that read all 216,860 people for every team tray and search: issue 18). And the number of
/// commands a page sends does not grow with what is on it: a page for 1 item and for 20 sends the same count.
/// </summary>
public abstract class QueryPlanTests<TFactory>(TFactory app) : IClassFixture<TFactory> where TFactory : HavenAppFactory
{
    private sealed record Captured(string Sql, IReadOnlyList<DbParameter> Parameters);

    /// <summary>Records every command the app's contexts send while on.</summary>
    private sealed class CommandLog : DbCommandInterceptor
    {
        private readonly List<Captured> _commands = [];
        private volatile bool _on;

        public void Start()
        {
            lock (_commands)
            {
                _commands.Clear();
            }
            _on = true;
        }

        public List<Captured> Stop()
        {
            _on = false;
            lock (_commands)
            {
                return [.. _commands];
            }
        }

        private void Capture(DbCommand command)
        {
            if (!_on)
            {
                return;
            }
            var parameters = command.Parameters.Cast<DbParameter>().Select(Copy).ToList();
            lock (_commands)
            {
                _commands.Add(new Captured(command.CommandText, parameters));
            }
        }

        // A parameter belongs to one command, so the plan query gets a copy.
        private static DbParameter Copy(DbParameter p) => p switch
        {
            Npgsql.NpgsqlParameter npgsql => npgsql.Clone(),
            Microsoft.Data.Sqlite.SqliteParameter sqlite => new Microsoft.Data.Sqlite.SqliteParameter(sqlite.ParameterName, sqlite.Value ?? DBNull.Value) { SqliteType = sqlite.SqliteType },
            _ => throw new NotSupportedException(p.GetType().Name),
        };

        public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
        {
            Capture(command);
            return result;
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Capture(command);
            return ValueTask.FromResult(result);
        }

        public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
        {
            Capture(command);
            return result;
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Capture(command);
            return ValueTask.FromResult(result);
        }

        public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
        {
            Capture(command);
            return result;
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            Capture(command);
            return ValueTask.FromResult(result);
        }
    }

    private sealed record Authority(
        HttpClient Worker1, HttpClient Worker20, HttpClient Manager1, HttpClient Manager20, HttpClient ServiceManager,
        Guid OneNote, Guid TwentyNotes, string LoneSurname, string SharedSurname);

    /// <summary>What the tests of one class share: xunit makes a new instance per test, the fixture lives for the class.</summary>
    private sealed class Shared
    {
        public readonly CommandLog Log = new();
        public readonly SemaphoreSlim Gate = new(1, 1);
        public WebApplicationFactory<Program>? Host;
        public Authority? Authority;
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<HavenAppFactory, Shared> ByFactory = [];

    private Shared State => ByFactory.GetValue(app, _ => new Shared());

    private CommandLog Log => State.Log;

    /// <summary>
    /// Two teams: the first's worker has one child (one case note), the second's has twenty (the first of them with
    /// twenty case notes), each with an open episode and an assessment, so every clock table has rows to read.
    /// </summary>
    private async Task<Authority> AuthorityAsync()
    {
        var state = State;
        await state.Gate.WaitAsync();
        try
        {
            return state.Authority ??= await CreateAuthorityAsync(state);
        }
        finally
        {
            state.Gate.Release();
        }
    }

    private async Task<Authority> CreateAuthorityAsync(Shared state)
    {
        var log = state.Log;
        state.Host = app.WithWebHostBuilder(b => b.ConfigureServices(services =>
        {
            services.ConfigureDbContext<SqliteHavenDbContext>(o => o.AddInterceptors(log));
            services.ConfigureDbContext<PostgresHavenDbContext>(o => o.AddInterceptors(log));
        }));
        var manager1 = await app.CreateUserAsync("Plan Manager One", Role.TeamManager);
        var manager20 = await app.CreateUserAsync("Plan Manager Twenty", Role.TeamManager);
        var service = await app.CreateUserAsync("Plan Service Manager", Role.ServiceManager);
        var team1 = await app.TeamAsync($"Plans one {Guid.NewGuid():N}"[..20], manager1.Id);
        var team20 = await app.TeamAsync($"Plans twenty {Guid.NewGuid():N}"[..20], manager20.Id);
        var worker1 = await app.CreateUserAsync("Plan Worker One", Role.SocialWorker, team1.Id);
        var worker20 = await app.CreateUserAsync("Plan Worker Twenty", Role.SocialWorker, team20.Id);
        var tag = Guid.NewGuid().ToString("N")[..6];
        var lone = $"Solo{tag}";
        var shared = $"Many{tag}";

        var one = await app.RegisterAsync(worker1, "Ada", lone, D("2015-03-01"));
        await ChildWithWorkAsync(one.Id, worker1.Id, team1.Id, notes: 1);
        var twenty = new List<Person>();
        for (var i = 0; i < 20; i++)
        {
            var child = await app.RegisterAsync(worker20, $"Bo{(char)('a' + i)}", shared, D("2014-01-01").AddDays(i * 40));
            await ChildWithWorkAsync(child.Id, worker20.Id, team20.Id, notes: i == 0 ? 20 : 1);
            twenty.Add(child);
        }
        return new Authority(
            await SignInAsync(worker1), await SignInAsync(worker20), await SignInAsync(manager1), await SignInAsync(manager20), await SignInAsync(service),
            one.Id, twenty[0].Id, lone, shared);
    }

    private async Task ChildWithWorkAsync(Guid child, string worker, Guid team, int notes)
    {
        await app.AllocateAsync(child, worker, team, "2026-08-01");
        var episode = await app.EpisodeAsync(child, "2026-10-26", worker);
        var work = new List<object>
        {
            new Haven.Domain.Assessments.Assessment { Id = Guid.NewGuid(), PersonId = child, ReferralId = episode.Id, StartDate = D("2026-10-27"), TimescaleWorkingDays = 45 },
        };
        for (var n = 0; n < notes; n++)
        {
            work.Add(new CaseNote
            {
                Id = Guid.NewGuid(), PersonId = child, Type = n % 2 == 0 ? CaseNoteType.HomeVisit : CaseNoteType.Other, OccurredOn = D("2026-10-28").AddDays(n),
                Subject = $"Note {n + 1}", Text = "Synthetic note for a query plan test.", ChildSeen = n % 2 == 0 ? true : null,
                RecordedByUserId = worker, RecordedByName = "Plan Worker", RecordedAtUtc = HavenAppFactory.Now.UtcDateTime,
            });
        }
        await app.AddAsync([.. work]);
    }

    private async Task<HttpClient> SignInAsync(ApplicationUser user)
    {
        var client = State.Host!.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var form = await client.GetFormAsync("/sign-in");
        var response = await client.PostFormAsync("/sign-in", form, new() { ["Email"] = user.Email!, ["Password"] = HavenAppFactory.Password });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>The commands one page sends, after a first request has warmed anything done once per session.</summary>
    private async Task<List<Captured>> CommandsAsync(HttpClient client, string url)
    {
        (await client.GetAsync(url)).EnsureSuccessStatusCode();
        Log.Start();
        var response = await client.GetAsync(url);
        var commands = Log.Stop();
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode}");
        return commands;
    }

    public static TheoryData<string> Pages => ["record", "chronology", "work tray", "team tray", "search"];

    private (HttpClient Small, string SmallUrl, HttpClient Large, string LargeUrl) PageFor(string page, Authority a) => page switch
    {
        "record" => (a.Worker1, $"/people/{a.OneNote}", a.Worker20, $"/people/{a.TwentyNotes}"),
        "chronology" => (a.Worker1, $"/people/{a.OneNote}/chronology", a.Worker20, $"/people/{a.TwentyNotes}/chronology"),
        "work tray" => (a.Worker1, "/work-tray", a.Worker20, "/work-tray"),
        "team tray" => (a.Manager1, "/work-tray/team", a.Manager20, "/work-tray/team"),
        "search" => (a.Worker1, $"/people?q={a.LoneSurname}", a.Worker1, $"/people?q={a.SharedSurname}"),
        _ => throw new ArgumentOutOfRangeException(nameof(page)),
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task A_page_sends_the_same_number_of_commands_for_one_item_as_for_twenty(string page)
    {
        var a = await AuthorityAsync();
        var (small, smallUrl, large, largeUrl) = PageFor(page, a);
        var one = await CommandsAsync(small, smallUrl);
        var twenty = await CommandsAsync(large, largeUrl);
        Assert.True(one.Count == twenty.Count,
            $"{page}: {one.Count} commands for one item, {twenty.Count} for twenty. Twenty's commands:\n{string.Join("\n---\n", twenty.Select(c => c.Sql))}");
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task No_plan_reads_every_person(string page)
    {
        var a = await AuthorityAsync();
        var (_, _, large, largeUrl) = PageFor(page, a);
        // The service manager's tray is the largest: every team.
        var commands = await CommandsAsync(page == "team tray" ? a.ServiceManager : large, page == "team tray" ? "/work-tray/team" : largeUrl);
        var plans = new List<(string Sql, string Plan)>();
        foreach (var command in commands.Where(c => c.Sql.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase)))
        {
            plans.Add((command.Sql, await PlanAsync(command)));
        }
        Assert.NotEmpty(plans);
        var bad = plans.Where(p => ReadsEveryPerson(p.Plan)).ToList();
        Assert.True(bad.Count == 0, $"{page}: {bad.Count} plan(s) read every person:\n{string.Join("\n=====\n", bad.Select(b => b.Sql + "\n--- plan ---\n" + b.Plan))}");
        if (page == "team tray")
        {
            Assert.Contains(plans, p => p.Plan.Contains("IX_allocations_TeamId", StringComparison.Ordinal));
        }
    }

    private bool ReadsEveryPerson(string plan) => app.Provider == DatabaseProvider.Sqlite
        // "SCAN people" (with or without an index) reads the whole table; the merged-records index walked for the
        // unmerged is the same read in another order.
        ? plan.Split('\n').Any(line => line.TrimStart().StartsWith("SCAN people", StringComparison.Ordinal)) || plan.Contains("IX_people_MergedIntoId", StringComparison.Ordinal)
        : plan.Contains("Seq Scan on people", StringComparison.Ordinal) || plan.Contains("IX_people_MergedIntoId", StringComparison.Ordinal);

    private async Task<string> PlanAsync(Captured command)
    {
        var connectionString = HavenDatabase.Parse(app.Database).ConnectionString;
        await using DbConnection connection = app.Provider == DatabaseProvider.Sqlite
            ? new Microsoft.Data.Sqlite.SqliteConnection(connectionString)
            : new Npgsql.NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        if (app.Provider == DatabaseProvider.PostgreSql)
        {
            // A test database is tiny, so PostgreSQL would rightly scan every table; priced out, a scan that remains
            // is one no index can replace.
            await using var off = connection.CreateCommand();
            off.CommandText = "SET enable_seqscan = off";
            await off.ExecuteNonQueryAsync();
        }
        await using var explain = connection.CreateCommand();
        explain.CommandText = (app.Provider == DatabaseProvider.Sqlite ? "EXPLAIN QUERY PLAN " : "EXPLAIN ") + command.Sql;
        foreach (var parameter in command.Parameters)
        {
            explain.Parameters.Add(parameter);
        }
        var lines = new List<string>();
        await using var reader = await explain.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            lines.Add(app.Provider == DatabaseProvider.Sqlite ? reader.GetString(3) : reader.GetString(0));
        }
        return string.Join('\n', lines);
    }
}

public sealed class QueryPlanTestsOnSqlite(SqliteAppFactory app) : QueryPlanTests<SqliteAppFactory>(app);

public sealed class QueryPlanTestsOnPostgres(PostgresAppFactory app) : QueryPlanTests<PostgresAppFactory>(app);
