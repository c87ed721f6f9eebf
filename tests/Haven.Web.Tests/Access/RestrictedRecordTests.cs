using System.Net;
using Haven.Domain.Access;
using Haven.Domain.Events;
using Haven.Web.Features.FrontDoor;
using Haven.Web.Features.People;
using Haven.Web.Tests.Infrastructure;
using Haven.Web.Tests.WorkTray;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Haven.Web.Tests.Access;

/// <summary>A restricted record always has someone named who can open it, follows its allocation, and can be audited.</summary>
public abstract class RestrictedRecordTests<TFactory>(TFactory app) : IClassFixture<TFactory> where TFactory : HavenAppFactory
{
    [Fact]
    public async Task Restricting_names_the_manager_who_restricted_and_the_last_named_user_cannot_be_removed()
    {
        var manager = await app.CreateUserAsync("Last Named Manager", Role.TeamManager);
        var child = await app.RegisterAsync(manager, "Lonely", "Grant", new DateOnly(2014, 4, 4));
        await app.AsUserAsync(manager, async s =>
        {
            await s.GetRequiredService<PeopleService>().SetRestrictedAsync(child.Id, true, "Relative of a member of staff", CancellationToken.None);
            return 0;
        });
        Assert.Equal([manager.Id], await app.WithDbAsync(db => db.RestrictedAccessGrants.Where(g => g.PersonId == child.Id).Select(g => g.UserId).ToListAsync()));

        var client = await app.SignInAsync(manager);
        var form = await client.GetFormAsync($"/people/{child.Id}/access", "form[action*='RemoveUser']");
        var removed = await client.PostFormAsync($"/people/{child.Id}/access?handler=RemoveUser", form, new() { ["userId"] = manager.Id });

        Assert.Equal(HttpStatusCode.BadRequest, removed.StatusCode);
        Assert.Equal(["Name another colleague before removing the last one: a restricted record must have someone who can open it"],
            Html.ErrorSummary(await removed.ReadDocumentAsync()));
        Assert.Equal(1, await app.WithDbAsync(db => db.RestrictedAccessGrants.CountAsync(g => g.PersonId == child.Id)));
    }

    [Fact]
    public async Task Allocating_a_restricted_record_names_the_worker_and_their_team_manager()
    {
        var restricting = await app.CreateUserAsync("Restricting Service Manager", Role.ServiceManager);
        var teamManager = await app.CreateUserAsync("Allocating Team Manager", Role.TeamManager);
        var team = await app.TeamAsync($"Team {Guid.NewGuid():N}", teamManager.Id);
        var worker = await app.CreateUserAsync("Allocated Worker", Role.SocialWorker, team.Id);
        var child = await app.RegisterAsync(restricting, "Allotted", "Secret", new DateOnly(2015, 5, 5));
        var referral = await app.EpisodeAsync(child.Id, "2026-11-20", restricting.Id);
        await app.AsUserAsync(restricting, async s =>
        {
            await s.GetRequiredService<PeopleService>().SetRestrictedAsync(child.Id, true, "High-profile case", CancellationToken.None);
            await s.GetRequiredService<Haven.Web.Features.Allocations.AllocationService>().AllocateAsync(referral.PersonId, referral.Id, worker.Id, null, null, CancellationToken.None);
            return 0;
        });

        var named = await app.WithDbAsync(db => db.RestrictedAccessGrants.Where(g => g.PersonId == child.Id).Select(g => g.UserId).ToListAsync());
        Assert.Contains(worker.Id, named);
        Assert.Contains(teamManager.Id, named);
        var granted = await app.WithDbAsync(db => db.CaseEvents.Where(e => e.PersonId == child.Id && e.Type == CaseEventTypes.NamedAccessGranted).Select(e => e.Summary).ToListAsync());
        Assert.Contains(granted, s => s.Contains("Allocated Worker", StringComparison.Ordinal));
        Assert.Contains(granted, s => s.Contains("Allocating Team Manager", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, (await (await app.SignInAsync(worker)).GetAsync($"/people/{child.Id}")).StatusCode);
    }

    [Fact]
    public async Task An_auditor_reads_a_restricted_record_without_being_named_cannot_change_it_and_the_reading_is_audited()
    {
        var manager = await app.CreateUserAsync("Audited Manager", Role.TeamManager);
        var auditor = await app.CreateUserAsync("Visiting Auditor", Role.Auditor);
        var child = await app.RegisterAsync(manager, "Inspected", "Restricted", new DateOnly(2012, 2, 2));
        await app.AsUserAsync(manager, async s =>
        {
            await s.GetRequiredService<PeopleService>().SetRestrictedAsync(child.Id, true, "Relative of a member of staff", CancellationToken.None);
            return 0;
        });
        var client = await app.SignInAsync(auditor);

        var record = await client.GetAsync($"/people/{child.Id}");
        Assert.Equal(HttpStatusCode.OK, record.StatusCode);
        var page = await record.ReadDocumentAsync();
        Assert.Contains("Inspected Restricted", Html.MainText(page), StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("main a[href*='/new'], main a[href$='/edit']"));

        var audited = await app.WithDbAsync(db => db.CaseEvents.Where(e => e.PersonId == child.Id && e.Type == CaseEventTypes.RestrictedRecordAudited).ToListAsync());
        Assert.Contains(audited, e => e.ActorUserId == auditor.Id);

        var form = await client.GetFormAsync($"/people/{child.Id}/addresses/new");
        var write = await client.PostFormAsync($"/people/{child.Id}/addresses/new", form, new() { ["Input.Line1"] = "1 Way", ["Input.Town"] = "Town", ["Input.Postcode"] = "HV1 1AA", ["Input.StartDate.Day"] = "1", ["Input.StartDate.Month"] = "1", ["Input.StartDate.Year"] = "2026" });
        Assert.Contains("no-access", write.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.Addresses.CountAsync(a => a.PersonId == child.Id)));
    }
}

public sealed class RestrictedRecordTestsOnSqlite(SqliteAppFactory app) : RestrictedRecordTests<SqliteAppFactory>(app);

public sealed class RestrictedRecordTestsOnPostgres(PostgresAppFactory app) : RestrictedRecordTests<PostgresAppFactory>(app);
