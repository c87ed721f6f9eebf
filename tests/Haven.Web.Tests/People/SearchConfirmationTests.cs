using System.Net;
using Haven.Domain.Access;
using Haven.Domain.Events;
using Haven.Web.Features.People;
using Haven.Web.Tests.Access;
using Haven.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Haven.Web.Tests.People;

/// <summary>
/// A search must not tell someone who is not named on a restricted record that the record matches: whatever they
/// search by, they get what they would get if the record were not there.
/// </summary>
public abstract class SearchConfirmationTests<TFactory>(TFactory app) : IClassFixture<TFactory> where TFactory : HavenAppFactory
{
    [Fact]
    public async Task A_restricted_record_changes_no_search_result_for_someone_not_named_on_it()
    {
        var manager = await app.CreateUserAsync("Restricting Searcher", Role.TeamManager);
        var unlisted = await app.CreateUserAsync("Unlisted Searcher", Role.SocialWorker);
        var surname = $"Quill{Guid.NewGuid():N}"[..11];
        // A child with the same name who is not restricted, so a search by name alone still finds someone.
        await app.RegisterAsync(manager, "Hester", surname, new DateOnly(2017, 1, 1), postcode: "HV7 7AA");
        var hidden = await app.RegisterAsync(manager, "Hester", surname, new DateOnly(2015, 6, 15), nhs: "4010232137", postcode: "HV9 9ZQ");
        await app.AsUserAsync(manager, async s =>
        {
            await s.GetRequiredService<PeopleService>().SetRestrictedAsync(hidden.Id, true, "Relative of a member of staff", CancellationToken.None);
            return 0;
        });
        var client = await app.SignInAsync(unlisted);

        async Task<string> Results(string query)
        {
            var page = await client.GetDocumentAsync($"/people?{query}");
            var heading = page.QuerySelector("#results")?.TextContent.Trim() ?? "(no results heading)";
            Assert.DoesNotContain(hidden.LaPersonId, page.Body!.TextContent, StringComparison.Ordinal);
            Assert.DoesNotContain("Restricted record", page.Body!.TextContent, StringComparison.Ordinal);
            return heading;
        }

        Assert.Equal("1 person found", await Results($"q=Hester+{surname}"));
        Assert.Equal("0 people found", await Results($"q=Hester+{surname}&dob.Day=15&dob.Month=6&dob.Year=2015"));
        Assert.Equal("0 people found", await Results("q=HV9+9ZQ"));
        Assert.Equal("0 people found", await Results("q=4010232137"));
        Assert.Equal("0 people found", await Results($"q={hidden.LaPersonId}"));
        Assert.Equal("0 people found", await Results("dob.Day=15&dob.Month=6&dob.Year=2015"));

        // Someone named on the record still finds it.
        var named = Html.MainText(await (await app.SignInAsync(manager)).GetDocumentAsync("/people?q=HV9+9ZQ"));
        Assert.Contains(hidden.LaPersonId, named, StringComparison.Ordinal);
    }
}

public sealed class SearchConfirmationTestsOnSqlite(SqliteAppFactory app) : SearchConfirmationTests<SqliteAppFactory>(app);

public sealed class SearchConfirmationTestsOnPostgres(PostgresAppFactory app) : SearchConfirmationTests<PostgresAppFactory>(app);

/// <summary>In relationship mode, search outside your work shows no one's details, and break-glass asks for a reason from a list.</summary>
public abstract class RelationshipSearchTests<TFactory>(TFactory app) : IClassFixture<TFactory> where TFactory : HavenAppFactory
{
    [Fact]
    public async Task Search_outside_the_relationship_shows_no_names_or_addresses()
    {
        var registrar = await app.CreateUserAsync("Registering Manager", Role.TeamManager);
        var stranger = await app.CreateUserAsync("Searching Stranger", Role.SocialWorker, teamId: Guid.NewGuid());
        var surname = $"Penrose{Guid.NewGuid():N}"[..13];
        var child = await app.RegisterAsync(registrar, "Imogen", surname, new DateOnly(2014, 4, 14), postcode: "HV5 5RS");

        var page = Html.MainText(await (await app.SignInAsync(stranger)).GetDocumentAsync($"/people?q=Imogen+{surname}"));

        Assert.Contains(child.LaPersonId, page, StringComparison.Ordinal);
        Assert.Contains("Record outside your caseload", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Imogen " + surname, page, StringComparison.Ordinal);
        Assert.DoesNotContain("1 Test Street", page, StringComparison.Ordinal);
        Assert.DoesNotContain("2014", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Break_glass_asks_for_a_reason_from_a_list_and_details_and_records_both()
    {
        var registrar = await app.CreateUserAsync("Registrar Manager", Role.TeamManager);
        var stranger = await app.CreateUserAsync("Night Duty Worker", Role.SocialWorker, teamId: Guid.NewGuid());
        var child = await app.RegisterAsync(registrar, "Glassy", "Reason", new DateOnly(2015, 5, 5));
        var client = await app.SignInAsync(stranger);
        var form = await client.GetFormAsync($"/people/{child.Id}/break-glass");
        var choices = (await client.GetDocumentAsync($"/people/{child.Id}/break-glass")).QuerySelectorAll("input[name=ReasonChoice]").Select(e => e.GetAttribute("value")).ToList();
        Assert.True(choices.Count >= 3, "break-glass offers a list of reasons");

        var noChoice = await client.PostFormAsync($"/people/{child.Id}/break-glass", form, new() { ["Reason"] = "Police called out of hours about the child" });
        Assert.Equal(HttpStatusCode.BadRequest, noChoice.StatusCode);
        var errors = Html.ErrorSummary(await noChoice.ReadDocumentAsync());
        Assert.Equal(["Select why you need to open this record"], errors);

        var noDetails = await client.PostFormAsync($"/people/{child.Id}/break-glass", form, new() { ["ReasonChoice"] = choices[0]!, ["Reason"] = "" });
        Assert.Equal(HttpStatusCode.BadRequest, noDetails.StatusCode);
        Assert.Equal(choices[0], (await noDetails.ReadDocumentAsync()).QuerySelector("input[name=ReasonChoice][checked]")?.GetAttribute("value"));

        var granted = await client.PostFormAsync($"/people/{child.Id}/break-glass", form, new() { ["ReasonChoice"] = choices[0]!, ["Reason"] = "Police called out of hours about the child" });
        Assert.Equal(HttpStatusCode.Redirect, granted.StatusCode);
        var grant = await app.WithDbAsync(db => db.BreakGlassGrants.AsNoTracking().SingleAsync(g => g.PersonId == child.Id));
        var recorded = await app.WithDbAsync(db => db.CaseEvents.AsNoTracking().SingleAsync(e => e.PersonId == child.Id && e.Type == CaseEventTypes.BreakGlassAccess));
        Assert.Contains("Police called out of hours about the child", grant.Reason, StringComparison.Ordinal);
        Assert.Equal(grant.Reason, recorded.Reason);
        Assert.NotEqual("Police called out of hours about the child", grant.Reason);
    }
}

public sealed class RelationshipSearchTestsOnSqlite(RelationshipAccessFactory app) : RelationshipSearchTests<RelationshipAccessFactory>(app);

public sealed class RelationshipSearchTestsOnPostgres(RelationshipAccessOnPostgresFactory app) : RelationshipSearchTests<RelationshipAccessOnPostgresFactory>(app);
