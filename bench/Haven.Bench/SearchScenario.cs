using System.Diagnostics;
using System.Globalization;
using System.Security.Claims;
using Haven.Data;
using Haven.Data.Demo;
using Haven.Domain.People;
using Haven.Web.Features.People;
using Haven.Web.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Haven.Bench;

/// <summary>
/// Times person search, the busiest query at a front door, on a generated authority of a given size: the
/// kinds of search a worker makes (full name, misspelt name, surname only, NHS number, postcode, Haven ID),
/// each repeated with different people, reporting the median and 95th percentile.
/// </summary>
public static class SearchScenario
{
    public static async Task<int> RunAsync(string[] args)
    {
        var children = args.Length > 1 && args[0] == "--children" ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100_000;
        var database = HavenDatabase.Parse(Environment.GetEnvironmentVariable("HAVEN_BENCH_DATABASE") ?? Path.Combine(Path.GetTempPath(), $"haven-bench-{children}.db"));
        await using (var db = database.CreateContext())
        {
            await db.Database.MigrateAsync();
            if (!await db.People.AnyAsync())
            {
                var watch = Stopwatch.StartNew();
                var now = DateTime.UtcNow;
                await DemoAuthorityGenerator.GenerateAsync(db, new DemoOptions(children, 20261125), new PasswordHasher<ApplicationUser>(), DateOnly.FromDateTime(now), now, null, CancellationToken.None);
                Console.WriteLine($"Generated {children:N0} children in {watch.Elapsed.TotalSeconds:N1} s");
            }
        }

        await using var context = database.CreateContext();
        var accessor = new HttpContextAccessor
        {
            HttpContext = new DefaultHttpContext
            {
                User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, "bench"), new Claim(ClaimTypes.Role, "SocialWorker")], "bench")),
            },
        };
        var user = new CurrentUser(accessor);
        var search = new PersonSearch(context, TimeProvider.System,
            new VisiblePeople(context, user, TimeProvider.System, Microsoft.Extensions.Options.Options.Create(new HavenOptions())));
        var sample = await context.People.AsNoTracking().Where(p => p.Kind == PersonKind.Child && p.NhsNumber != null)
            .OrderBy(p => p.LaPersonId).Take(5000).ToListAsync();
        var postcodes = await context.Addresses.AsNoTracking().OrderBy(a => a.Id).Select(a => a.Postcode).Take(5000).ToListAsync();
        var random = new Random(7);
        var people = Enumerable.Range(0, 60).Select(_ => sample[random.Next(sample.Count)]).ToList();

        var scenarios = new (string Name, Func<Person, int, string> Query)[]
        {
            ("full name", (p, _) => $"{p.FirstName} {p.LastName}"),
            ("surname first", (p, _) => $"{p.LastName} {p.FirstName}"),
            ("misspelt name", (p, _) => $"{p.FirstName} {Misspell(p.LastName)}"),
            ("surname only", (p, _) => p.LastName),
            ("NHS number", (p, _) => p.NhsNumber!),
            ("postcode", (_, i) => postcodes[i * 37 % postcodes.Count]),
            ("Haven ID", (p, _) => p.LaPersonId),
        };
        Console.WriteLine($"Person search on {database.Describe()}, {await context.People.CountAsync():N0} people; {people.Count} searches each after 5 warm-up:");
        Console.WriteLine($"{"search",-16} {"median ms",10} {"p95 ms",8} {"max ms",8} {"avg results",12}");
        foreach (var (name, query) in scenarios)
        {
            for (var i = 0; i < 5; i++)
            {
                await search.SearchAsync(new PersonSearchQuery(query(people[i], i), null), CancellationToken.None);
            }
            var times = new List<double>();
            var results = 0;
            for (var i = 0; i < people.Count; i++)
            {
                var watch = Stopwatch.StartNew();
                results += (await search.SearchAsync(new PersonSearchQuery(query(people[i], i), null), CancellationToken.None)).Count;
                times.Add(watch.Elapsed.TotalMilliseconds);
                context.ChangeTracker.Clear();
            }
            times.Sort();
            Console.WriteLine($"{name,-16} {times[times.Count / 2],10:N1} {times[(int)(times.Count * 0.95)],8:N1} {times[^1],8:N1} {results / (double)people.Count,12:N1}");
        }
        return 0;
    }

    /// <summary>Swaps two letters in the middle, the commonest typing slip.</summary>
    private static string Misspell(string name) => name.Length < 4 ? name : string.Concat(name.AsSpan(0, 2), name.AsSpan(3, 1), name.AsSpan(2, 1), name.AsSpan(4));
}
