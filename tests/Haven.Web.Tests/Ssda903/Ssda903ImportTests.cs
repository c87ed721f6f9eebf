using Haven.Data;
using Haven.Data.Demo;
using Haven.Domain.CinCensus;
using Haven.Domain.Events;
using Haven.Domain.Ssda903;
using Haven.Web.Features.Ssda903;
using Haven.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Haven.Web.Tests.Ssda903;

/// <summary>
/// `ssda903 import` on both databases: the demo authority's returns, every year from its first period of care, imported
/// oldest first into an empty database give back the same files; importing again changes nothing; a return that breaks
/// the DfE's rules is refused and changes nothing.
/// </summary>
public abstract class Ssda903ImportTests<TFactory>(TFactory app) : IClassFixture<TFactory> where TFactory : HavenAppFactory, new()
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(HavenAppFactory.Now.UtcDateTime);

    private static async Task<Ssda903Return> ExportAsync(HavenAppFactory factory, CensusPeriod year)
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<Ssda903Exporter>().BuildAsync(year, CancellationToken.None);
    }

    private static async Task<Ssda903ImportReport> ImportAsync(HavenAppFactory factory, Ssda903Return ssda903, CensusPeriod year)
    {
        using var scope = factory.Services.CreateScope();
        var files = Ssda903Reader.Read(Ssda903Writer.Files(ssda903));
        return await scope.ServiceProvider.GetRequiredService<Ssda903Importer>().ImportAsync(files, year, "test", "Import test", CancellationToken.None);
    }

    private static async Task<int> CountAsync(HavenAppFactory factory) => await factory.WithDbAsync(async db =>
        await db.People.CountAsync() + await db.CarePeriods.CountAsync() + await db.Placements.CountAsync() + await db.CareLegalStatuses.CountAsync()
        + await db.CareReviews.CountAsync() + await db.MissingEpisodes.CountAsync() + await db.AdoptionJourneys.CountAsync() + await db.HealthChecks.CountAsync()
        + await db.Allocations.CountAsync() + await db.Carers.CountAsync() + await db.CaseEvents.CountAsync());

    [Fact]
    public async Task The_demo_authoritys_returns_imported_into_an_empty_database_export_to_identical_files_and_import_twice_changes_nothing()
    {
        await using var source = new TFactory();
        await source.InitializeAsync();
        await source.WithDbAsync(async db =>
        {
            var hasher = new PasswordHasher<ApplicationUser>();
            await DemoAuthorityGenerator.GenerateAsync(db, new DemoOptions(Children: 300, Today: Today), hasher, Today, HavenAppFactory.Now.UtcDateTime, null, CancellationToken.None);
        });
        var first = await source.WithDbAsync(db => db.CarePeriods.MinAsync(p => p.StartDate));
        var years = Enumerable.Range(first.Month >= 4 ? first.Year + 1 : first.Year, Today.Year - first.Year + 1)
            .Select(CensusPeriod.YearEnding).Where(y => y.End < Today).ToList();
        var exported = new List<Ssda903Return>();
        foreach (var year in years)
        {
            exported.Add(await ExportAsync(source, year));
        }
        Assert.Contains(exported, r => r.Episodes.Count > 0 && r.Reviews.Count > 0 && r.Missing.Count > 0 && r.Oc2.Count > 0);

        // The authority's staff are set up before its history is brought in, so social worker episodes find their workers.
        await using var target = new TFactory();
        await target.InitializeAsync();
        var (teams, users) = await source.WithDbAsync(async db => (await db.Teams.AsNoTracking().ToListAsync(), await db.Users.AsNoTracking().ToListAsync()));
        await target.WithDbAsync(async db =>
        {
            db.Teams.AddRange(teams);
            db.Users.AddRange(users);
            await db.SaveChangesAsync();
        });

        for (var i = 0; i < years.Count; i++)
        {
            var report = await ImportAsync(target, exported[i], years[i]);
            Assert.False(report.Refused, $"{years[i].End.Year}: {string.Join("; ", report.Issues.Take(5).Select(x => $"{x.Child} {x.RuleId} {x.Value}").Concat(report.FileProblems.Select(p => p.ToString())))}");
        }
        for (var i = 0; i < years.Count; i++)
        {
            var again = await ExportAsync(target, years[i]);
            foreach (var ((name, before), (_, after)) in Ssda903Writer.Files(exported[i]).Zip(Ssda903Writer.Files(again)))
            {
                Assert.True(before == after, $"{years[i].End.Year} {name}: {FirstDifference(before, after)}");
            }
        }

        // Importing the last year again adds nothing and records nothing.
        var count = await CountAsync(target);
        var repeat = await ImportAsync(target, exported[^1], years[^1]);
        Assert.Equal((0, 0), (repeat.ChildrenCreated, repeat.ChildrenChanged));
        Assert.Equal(count, await CountAsync(target));
    }

    private static string FirstDifference(string before, string after)
    {
        var a = before.Split("\r\n");
        var b = after.Split("\r\n");
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var x = i < a.Length ? a[i] : "(none)";
            var y = i < b.Length ? b[i] : "(none)";
            if (x != y)
            {
                return $"line {i + 1}: exported '{x}', after import '{y}' ({a.Length} and {b.Length} lines)";
            }
        }
        return "same";
    }

    [Fact]
    public async Task A_return_that_breaks_a_rule_is_refused_with_the_issues_and_changes_nothing()
    {
        var before = await CountAsync(app);
        var year = CensusPeriod.YearEnding(2026);
        var files = Ssda903Reader.Read([
            ("header.csv", "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\r\nIMP1,M,12/06/2012,WBRI,UN5,,\r\n"),
            ("episodes.csv", "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\r\nIMP1,01/06/2025,S,C2,N1,H5,PR1,,,,LS1 1AA,LS2 2BB,\r\n"),
        ]);
        using var scope = app.Services.CreateScope();
        var report = await scope.ServiceProvider.GetRequiredService<Ssda903Importer>().ImportAsync(files, year, "test", "Import test", CancellationToken.None);
        Assert.True(report.Refused);
        Assert.Contains(report.Issues, i => i.RuleId == "146" && i.Value == "H5");
        Assert.Equal(before, await CountAsync(app));
    }

    [Fact]
    public async Task A_return_is_imported_into_the_care_record_with_a_chronology_entry_and_a_second_run_changes_nothing()
    {
        var year = CensusPeriod.YearEnding(2026);
        var files = Ssda903Reader.Read([
            ("header.csv", "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\r\nIMP2,F,12/06/2012,WBRI,UN5,,\r\n"),
            ("episodes.csv", "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\r\n"
                + "IMP2,01/06/2025,S,V2,N1,U3,PR1,01/09/2025,X1,CARPL,LS1 1AA,LS2 2BB,\r\n"
                + "IMP2,01/09/2025,P,V2,N1,K1,PR4,,,,LS1 1AA,LS3 3CC,SC123456\r\n"),
            ("reviews.csv", "CHILD,DOB,REVIEW,REVIEW_CODE\r\nIMP2,12/06/2012,10/07/2025,PN1\r\n"),
            ("missing.csv", "CHILD,DOB,MISSING,MIS_START,MIS_END\r\nIMP2,12/06/2012,M,10/10/2025,12/10/2025\r\n"),
        ]);
        using (var scope = app.Services.CreateScope())
        {
            var report = await scope.ServiceProvider.GetRequiredService<Ssda903Importer>().ImportAsync(files, year, "test", "Import test", CancellationToken.None);
            Assert.False(report.Refused, string.Join("; ", report.Issues.Select(i => $"{i.RuleId} {i.Value}")));
            Assert.Equal((1, 1), (report.ChildrenCreated, report.ChildrenChanged));
        }
        var (period, events, carer) = await app.WithDbAsync(async db =>
        {
            var child = await db.People.SingleAsync(p => p.LaPersonId == "IMP2");
            var period = await db.CarePeriods.Include(p => p.Placements).Include(p => p.LegalStatuses).SingleAsync(p => p.PersonId == child.Id);
            var events = await db.CaseEvents.Where(e => e.PersonId == child.Id).Select(e => e.Type).ToListAsync();
            return (period, events, await db.Carers.SingleAsync(c => c.Urn == "SC123456"));
        });
        Assert.Equal(new DateOnly(2025, 6, 1), period.StartDate);
        Assert.Equal(["U3", "K1"], period.Placements.OrderBy(p => p.StartDate).Select(p => p.PlacementType));
        Assert.Equal("CARPL", period.Placements.Single(p => p.PlacementType == "U3").ReasonForChange);
        Assert.Equal(carer.Id, period.Placements.Single(p => p.PlacementType == "K1").CarerId);
        Assert.Contains(CaseEventTypes.CareHistoryImported, events);

        using (var scope = app.Services.CreateScope())
        {
            var again = await scope.ServiceProvider.GetRequiredService<Ssda903Importer>().ImportAsync(files, year, "test", "Import test", CancellationToken.None);
            Assert.Equal((0, 1, 0), (again.ChildrenCreated, again.ChildrenMatched, again.ChildrenChanged));
        }
        var exported = await ExportAsync(app, year);
        Assert.Equal(files.Return.Episodes, exported.Episodes.Where(e => e.Child == "IMP2"));
        Assert.Equal(files.Return.Reviews, exported.Reviews.Where(e => e.Child == "IMP2"));
        Assert.Equal(files.Return.Missing, exported.Missing.Where(e => e.Child == "IMP2"));
    }
}

public sealed class Ssda903ImportTestsOnSqlite(SqliteAppFactory app) : Ssda903ImportTests<SqliteAppFactory>(app);

[Trait("Database", "PostgreSQL")]
public sealed class Ssda903ImportTestsOnPostgres(PostgresAppFactory app) : Ssda903ImportTests<PostgresAppFactory>(app);
