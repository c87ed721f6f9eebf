using System.Diagnostics;
using System.Globalization;
using System.Security.Claims;
using Haven.Data;
using Haven.Data.Demo;
using Haven.Domain.Access;
using Haven.Domain.Casework;
using Haven.Web.Features.Home;
using Haven.Web.Features.WorkTray;
using Haven.Web.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Haven.Bench;

/// <summary>
/// Times what a service manager waits for on the demo authority (default 2,000 children): the team work tray
/// across every team (the teams, every allocation, every clock table, the due work of each child, the workers'
/// figures) and the service manager's home page built on the same tray. Each is run 5 times to warm up, then
/// 20 times on a fresh DbContext, reporting the median and 95th percentile.
/// </summary>
public static class TeamTrayScenario
{
    public static async Task<int> RunAsync(string[] args)
    {
        var children = args.Length > 1 && args[0] == "--children" ? int.Parse(args[1], CultureInfo.InvariantCulture) : 2_000;
        var database = HavenDatabase.Parse(Environment.GetEnvironmentVariable("HAVEN_BENCH_DATABASE") ?? Path.Combine(Path.GetTempPath(), $"haven-bench-tray-{children}.db"));
        await using (var db = database.CreateContext())
        {
            await db.Database.MigrateAsync();
            if (!await db.People.AnyAsync())
            {
                var watch = Stopwatch.StartNew();
                var now = DateTime.UtcNow;
                await DemoAuthorityGenerator.GenerateAsync(db, new DemoOptions(children), new PasswordHasher<ApplicationUser>(), DateOnly.FromDateTime(now), now, null, CancellationToken.None);
                Console.WriteLine($"Generated the demo authority with {children:N0} children in {watch.Elapsed.TotalSeconds:N1} s");
            }
        }

        string managerId;
        await using (var db = database.CreateContext())
        {
            var role = await db.Roles.Where(r => r.Name == nameof(Role.ServiceManager)).Select(r => r.Id).SingleAsync();
            managerId = await db.UserRoles.Where(r => r.RoleId == role).Select(r => r.UserId).OrderBy(id => id).FirstAsync();
        }
        var accessor = new HttpContextAccessor
        {
            HttpContext = new DefaultHttpContext
            {
                User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, managerId), new Claim(ClaimTypes.Role, nameof(Role.ServiceManager))], "bench")),
            },
        };
        var user = new CurrentUser(accessor);
        var clock = TimeProvider.System;
        var options = Microsoft.Extensions.Options.Options.Create(new HavenOptions());

        var rows = 0;
        List<Guid> ids;
        Dictionary<Guid, ChildCaseSnapshot> snapshots;
        await using (var db = database.CreateContext())
        {
            ids = await db.Allocations.Where(a => a.EndDate == null).Select(a => a.PersonId).Distinct().ToListAsync();
            var queries = new WorkTrayQueries(db, user, clock, LocalTimescales.Default, new VisiblePeople(db, user, clock, options));
            snapshots = await queries.SnapshotsAsync(ids, CancellationToken.None);
        }
        var measures = new (string Name, Func<HavenDbContext, Task> Run)[]
        {
            ("team work tray, every team", async db =>
            {
                var queries = new WorkTrayQueries(db, user, clock, LocalTimescales.Default, new VisiblePeople(db, user, clock, options));
                var teams = await queries.ManagedTeamsAsync(CancellationToken.None);
                var tray = await queries.TeamsAsync([.. teams.Select(t => t.Id)], CancellationToken.None);
                _ = WorkTrayQueries.ByWorker(tray);
                rows = tray.Rows.Count;
            }),
            // The part of the tray worked out in memory, to see how much of it is the database.
            ("  due work in memory only", db =>
            {
                var today = Haven.Domain.Calendar.UkClock.Today(clock);
                foreach (var snapshot in snapshots.Values)
                {
                    _ = DueWork.For(snapshot, LocalTimescales.Default, today, Haven.Domain.Calendar.WorkingDayCalendar.EnglandAndWales);
                }
                return Task.CompletedTask;
            }),
            ("service manager's home", async db =>
            {
                var visible = new VisiblePeople(db, user, clock, options);
                var home = new ServiceManagerHome(new WorkTrayQueries(db, user, clock, LocalTimescales.Default, visible), new ManagerLists(db, visible, clock), db);
                await home.LoadAsync(CancellationToken.None);
            }),
        };
        await using (var db = database.CreateContext())
        {
            Console.WriteLine($"Service manager's work on {database.Describe()}, {await db.Allocations.CountAsync(a => a.EndDate == null):N0} current allocations in {await db.Teams.CountAsync()} teams; 20 runs each after 5 warm-up:");
        }
        var profile = SqlProfile.FromEnvironment();
        Console.WriteLine($"{"what",-28} {"median ms",10} {"p95 ms",8} {"max ms",8}");
        foreach (var (name, run) in measures)
        {
            var times = new List<double>();
            for (var i = 0; i < 25; i++)
            {
                await using var db = database.CreateContext();
                var watch = Stopwatch.StartNew();
                await run(db);
                if (i >= 5)
                {
                    times.Add(watch.Elapsed.TotalMilliseconds);
                }
            }
            times.Sort();
            Console.WriteLine($"{name,-28} {times[times.Count / 2],10:N1} {times[(int)Math.Ceiling(times.Count * 0.95) - 1],8:N1} {times[^1],8:N1}");
            if (profile is not null)
            {
                // One more run with every command timed (HAVEN_BENCH_SQL=1), to see which queries the time is in.
                await using var db = database.CreateContext();
                profile.On = true;
                await run(db);
                profile.On = false;
                profile.Print();
            }
        }
        Console.WriteLine($"  ({rows:N0} pieces of due work in the tray)");
        return 0;
    }
}
