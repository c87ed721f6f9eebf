using System.Net;
using Haven.Data;
using Haven.Domain.Access;
using Haven.Domain.Events;
using Haven.Domain.People;
using Haven.Web.Tests.Infrastructure;
using Haven.Web.Tests.WorkTray;
using Microsoft.EntityFrameworkCore;

namespace Haven.Web.Tests.People;

/// <summary>Issue 17 item 2: a warning list narrows to an allocated worker or team and downloads as an audited CSV. Both databases.</summary>
public abstract class WarningListFilterTests<TFactory>(TFactory app) : IClassFixture<TFactory> where TFactory : HavenAppFactory
{
    private static List<string> Names(AngleSharp.Html.Dom.IHtmlDocument doc) =>
        doc.QuerySelectorAll("main table tbody tr td:first-child a").Select(a => a.TextContent.Trim()).ToList();

    [Fact]
    public async Task A_warning_list_filters_by_worker_and_team_and_downloads_as_an_audited_csv()
    {
        var manager = await app.CreateUserAsync("Warning List Manager", Role.TeamManager);
        var east = await app.TeamAsync($"East {Guid.NewGuid():N}"[..16], manager.Id);
        var west = await app.TeamAsync($"West {Guid.NewGuid():N}"[..16], manager.Id);
        var ann = await app.CreateUserAsync("Ann Warnlist", Role.SocialWorker, east.Id);
        var bill = await app.CreateUserAsync("Bill Warnlist", Role.SocialWorker, west.Id);
        var surname = $"Cl{Guid.NewGuid():N}"[..10];
        var kit = await app.RegisterAsync(ann, "Kit", surname, new DateOnly(2010, 3, 3));
        var lee = await app.RegisterAsync(ann, "Lee", surname, new DateOnly(2011, 3, 3));
        var max = await app.RegisterAsync(ann, "Max", surname, new DateOnly(2012, 3, 3));
        await app.AllocateAsync(kit.Id, ann.Id, east.Id, "2026-09-01");
        await app.AllocateAsync(lee.Id, bill.Id, west.Id, "2026-09-01");
        foreach (var (child, review) in new[] { (kit, (DateOnly?)new DateOnly(2026, 11, 1)), (lee, null), (max, null) })
        {
            await app.AddAsync(new PersonFlag { Id = Guid.NewGuid(), PersonId = child.Id, Type = FlagType.CountyLines, From = new DateOnly(2026, 10, 1), ReviewDate = review, Note = $"Note for {child.FirstName}" });
        }
        var client = await app.SignInAsync(ann);

        var all = Names(await client.GetDocumentAsync("/chronology/flags?type=CountyLines")).Where(n => n.EndsWith(surname, StringComparison.Ordinal)).Order().ToList();
        Assert.Equal([$"Kit {surname}", $"Lee {surname}", $"Max {surname}"], all);
        var byTeam = await client.GetDocumentAsync($"/chronology/flags?type=CountyLines&team={east.Id}");
        Assert.Equal([$"Kit {surname}"], Names(byTeam));
        Assert.Contains("Ann Warnlist", Html.MainText(byTeam), StringComparison.Ordinal);
        Assert.Equal([$"Lee {surname}"], Names(await client.GetDocumentAsync($"/chronology/flags?type=CountyLines&worker={bill.Id}")));
        Assert.Empty(Names(await client.GetDocumentAsync($"/chronology/flags?type=CountyLines&worker={bill.Id}&team={east.Id}")));

        var csv = await client.GetAsync($"/chronology/flags?type=CountyLines&team={east.Id}&download=warning");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        var lines = (await csv.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Child,Date of birth,Warning since,Review,Allocated worker,Details", lines[0]);
        Assert.StartsWith($"Kit {surname}", Assert.Single(lines.Skip(1)), StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Type == AuditEventTypes.Exported && e.ActorUserId == ann.Id && e.TargetName == "warning list: County lines")));
    }
}

public sealed class WarningListFilterTestsOnSqlite(SqliteAppFactory app) : WarningListFilterTests<SqliteAppFactory>(app);

public sealed class WarningListFilterTestsOnPostgres(PostgresAppFactory app) : WarningListFilterTests<PostgresAppFactory>(app);
