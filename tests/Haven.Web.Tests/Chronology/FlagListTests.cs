using System.Net;
using Haven.Data;
using Haven.Domain.Access;
using Haven.Domain.People;
using Haven.Domain.Workforce;
using Haven.Web.Tests.Access;
using Haven.Web.Tests.Infrastructure;

namespace Haven.Web.Tests.Chronology;

/// <summary>Lists of children with a warning show only records the viewer could open.</summary>
public abstract class FlagListTests<TFactory>(TFactory app) : IClassFixture<TFactory> where TFactory : HavenAppFactory
{
    private Task FlagAsync(Person person, FlagType type, string from, string? to = null, string? note = null) => app.WithDbAsync(async db =>
    {
        db.PersonFlags.Add(new PersonFlag { Id = Guid.NewGuid(), PersonId = person.Id, Type = type, From = DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), To = to is null ? null : DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture), Note = note });
        await db.SaveChangesAsync();
    });

    private static List<string> Names(AngleSharp.Html.Dom.IHtmlDocument doc) =>
        doc.QuerySelectorAll("main table tbody tr td:first-child a").Select(a => a.TextContent.Trim()).ToList();

    [Fact]
    public async Task Children_with_an_active_warning_are_listed_but_not_restricted_records_the_viewer_is_not_named_on()
    {
        var worker = await app.CreateUserAsync("Flag Worker", Role.SocialWorker);
        var named = await app.CreateUserAsync("Named Worker", Role.SocialWorker);
        var surname = $"Cse{Guid.NewGuid():N}"[..12];
        var open = await app.RegisterAsync(worker, "Ruby", surname, new DateOnly(2010, 3, 3));
        var restricted = await app.RegisterAsync(worker, "Jade", surname, new DateOnly(2011, 4, 4));
        var ended = await app.RegisterAsync(worker, "Amber", surname, new DateOnly(2012, 5, 5));
        var adult = await app.RegisterAsync(worker, "Opal", surname, new DateOnly(1990, 1, 1), kind: PersonKind.Adult);
        await FlagAsync(open, FlagType.ChildSexualExploitation, "2026-10-01", note: "Seen with older males at the station");
        await FlagAsync(restricted, FlagType.ChildSexualExploitation, "2026-09-01");
        await FlagAsync(ended, FlagType.ChildSexualExploitation, "2026-01-01", "2026-06-30");
        await FlagAsync(adult, FlagType.ChildSexualExploitation, "2026-01-01");
        await app.WithDbAsync(async db =>
        {
            (await db.People.FindAsync(restricted.Id))!.IsRestricted = true;
            db.RestrictedAccessGrants.Add(new RestrictedAccessGrant { Id = Guid.NewGuid(), PersonId = restricted.Id, UserId = named.Id, GrantedByUserId = named.Id });
            await db.SaveChangesAsync();
        });

        var doc = await (await app.SignInAsync(worker)).GetDocumentAsync("/chronology/flags?type=ChildSexualExploitation");
        var mine = Names(doc).Where(n => n.EndsWith(surname, StringComparison.Ordinal)).ToList();
        Assert.Equal([$"Ruby {surname}"], mine);
        Assert.Contains("Seen with older males at the station", Html.MainText(doc), StringComparison.Ordinal);
        Assert.Contains("on a record you cannot open", Html.MainText(doc), StringComparison.Ordinal);
        Assert.DoesNotContain("Jade", Html.MainText(doc), StringComparison.Ordinal);

        var namedDoc = await (await app.SignInAsync(named)).GetDocumentAsync("/chronology/flags?type=ChildSexualExploitation");
        Assert.Equal([$"Ruby {surname}", $"Jade {surname}"], Names(namedDoc).Where(n => n.EndsWith(surname, StringComparison.Ordinal)));

        Assert.DoesNotContain(Names(await (await app.SignInAsync(worker)).GetDocumentAsync("/chronology/flags?type=YoungCarer")), n => n.EndsWith(surname, StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.SignInAsync(worker)).GetAsync("/chronology/flags?type=Allergy")).StatusCode);
    }

    [Fact]
    public async Task Every_listed_warning_can_be_added_on_the_record_and_shows_with_its_label()
    {
        var worker = await app.CreateUserAsync("Warning Adder", Role.SocialWorker);
        var child = await app.RegisterAsync(worker, "Iris", "Carer", new DateOnly(2012, 7, 7));
        var client = await app.SignInAsync(worker);
        var url = $"/people/{child.Id}/warnings/new";
        var page = await client.GetDocumentAsync(url);
        var offered = page.QuerySelectorAll("input[name=Type]").Select(i => i.GetAttribute("value")).ToList();
        Assert.All(Haven.Web.Features.Chronology.FlagsModel.ListTypes, t => Assert.Contains(t.ToString(), offered));

        var added = await client.PostFormAsync(url, await client.GetFormAsync(url), new()
        {
            ["Type"] = "YoungCarer", ["Note"] = "Cares for mum after her stroke", ["From.Day"] = "2", ["From.Month"] = "11", ["From.Year"] = "2026",
        });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains("Young carer: Cares for mum after her stroke", Html.MainText(await client.GetDocumentAsync($"/people/{child.Id}")), StringComparison.Ordinal);
        var list = await client.GetDocumentAsync("/chronology/flags?type=YoungCarer");
        Assert.Contains("Iris Carer", Names(list));
        Assert.Contains("Children with a warning: Young carer", list.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_performance_analyst_cannot_open_the_lists()
    {
        var analyst = await app.CreateUserAsync("Flag Analyst", Role.PerformanceAnalyst);
        var response = await (await app.SignInAsync(analyst)).GetAsync("/chronology/flags?type=MissingFromHome");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("access-denied", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }
}

public sealed class FlagListTestsOnSqlite(SqliteAppFactory app) : FlagListTests<SqliteAppFactory>(app);

public sealed class FlagListTestsOnPostgres(PostgresAppFactory app) : FlagListTests<PostgresAppFactory>(app);

/// <summary>With access by relationship, a worker's list holds only the children their team works with.</summary>
public sealed class FlagListRelationshipTests(RelationshipAccessFactory app) : IClassFixture<RelationshipAccessFactory>
{
    [Fact]
    public async Task A_worker_sees_their_teams_children_and_a_service_manager_sees_all()
    {
        var teamId = Guid.NewGuid();
        var otherTeamId = Guid.NewGuid();
        await app.WithDbAsync(async db =>
        {
            db.Teams.AddRange(new Team { Id = teamId, Name = "Missing Team A" }, new Team { Id = otherTeamId, Name = "Missing Team B" });
            await db.SaveChangesAsync();
        });
        var worker = await app.CreateUserAsync("Relationship Worker", Role.SocialWorker, teamId);
        var colleague = await app.CreateUserAsync("Other Team Worker", Role.SocialWorker, otherTeamId);
        var serviceManager = await app.CreateUserAsync("Relationship Service Manager", Role.ServiceManager);
        var ours = await app.RegisterAsync(worker, "Theo", "Runaway", new DateOnly(2011, 1, 1));
        var theirs = await app.RegisterAsync(worker, "Leo", "Runaway", new DateOnly(2012, 1, 1));
        await app.WithDbAsync(async db =>
        {
            db.Allocations.Add(new Allocation { Id = Guid.NewGuid(), PersonId = ours.Id, WorkerUserId = colleague.Id, TeamId = teamId, StartDate = new DateOnly(2026, 1, 1) });
            db.Allocations.Add(new Allocation { Id = Guid.NewGuid(), PersonId = theirs.Id, WorkerUserId = colleague.Id, TeamId = otherTeamId, StartDate = new DateOnly(2026, 1, 1) });
            foreach (var child in new[] { ours, theirs })
            {
                db.PersonFlags.Add(new PersonFlag { Id = Guid.NewGuid(), PersonId = child.Id, Type = FlagType.MissingFromHome, From = new DateOnly(2026, 11, 1) });
            }
            await db.SaveChangesAsync();
        });

        static List<string> Names(AngleSharp.Html.Dom.IHtmlDocument doc) =>
            doc.QuerySelectorAll("main table tbody tr td:first-child a").Select(a => a.TextContent.Trim()).Where(n => n.EndsWith("Runaway", StringComparison.Ordinal)).Order().ToList();

        var workerDoc = await (await app.SignInAsync(worker)).GetDocumentAsync("/chronology/flags?type=MissingFromHome");
        Assert.Equal(["Theo Runaway"], Names(workerDoc));
        Assert.Contains("1 more child has this warning on a record you cannot open", Html.MainText(workerDoc), StringComparison.Ordinal);
        Assert.Equal(["Leo Runaway", "Theo Runaway"], Names(await (await app.SignInAsync(serviceManager)).GetDocumentAsync("/chronology/flags?type=MissingFromHome")));
    }
}
