using System.Net;
using Haven.Data;
using Haven.Domain.Access;
using Haven.Domain.Events;
using Haven.Domain.Workforce;
using Haven.Web.Cli;
using Haven.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Haven.Web.Tests.Audit;

/// <summary>
/// What goes into the audit trail in the database (not only the log): account changes, downloads of children's and
/// staff data, refusals; and "who has viewed" in words. On both databases.
/// </summary>
public abstract class AuditTrailTests<TFactory>(TFactory app) : IClassFixture<TFactory> where TFactory : HavenAppFactory
{
    private Task<List<AuditEvent>> EventsByAsync(string actorUserId) =>
        app.WithDbAsync(db => db.AuditEvents.AsNoTracking().Where(e => e.ActorUserId == actorUserId).OrderBy(e => e.Sequence).ToListAsync());

    [Fact]
    public async Task Role_team_and_two_factor_changes_are_audit_events_in_the_database()
    {
        var team = new Team { Id = Guid.NewGuid(), Name = $"Audit team {Guid.NewGuid():N}"[..20], Service = "Assessment" };
        await app.WithDbAsync(async db =>
        {
            db.Teams.Add(team);
            await db.SaveChangesAsync();
        });
        var admin = await app.CreateUserAsync("Audit Admin", Role.SystemAdministrator);
        var user = await app.CreateUserAsync("Audited Worker", Role.SocialWorker, twoFactor: true);
        var client = await app.SignInAsync(admin);
        var url = $"/admin/users/{user.Id}";

        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(url + "?handler=Role", await client.GetFormAsync(url, "form[action*='handler=Role']"), new() { ["NewRole"] = nameof(Role.TeamManager) })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(url + "?handler=Team", await client.GetFormAsync(url, "form[action*='handler=Team']"), new() { ["NewTeamId"] = team.Id.ToString() })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(url + "?handler=ResetTwoFactor", await client.GetFormAsync(url, "form[action*='handler=ResetTwoFactor']"), [])).StatusCode);

        // A two-factor reset is requested by one administrator and approved by another (issue 11 item 2): both are events.
        var approver = await app.CreateUserAsync("Audit Approver", Role.SystemAdministrator);
        var approverClient = await app.SignInAsync(approver);
        Assert.Equal(HttpStatusCode.Redirect, (await approverClient.PostFormAsync(url + "?handler=ApproveTwoFactorReset", await approverClient.GetFormAsync(url, "form[action*='handler=ApproveTwoFactorReset']"), [])).StatusCode);
        Assert.Equal(["UserTwoFactorReset"], (await EventsByAsync(approver.Id)).Select(e => e.Type));

        var events = await EventsByAsync(admin.Id);
        Assert.Equal(["UserRoleChanged", "UserTeamChanged", "UserTwoFactorResetRequested"], events.Select(e => e.Type));
        Assert.All(events, e => Assert.Equal(("User", user.Id, "Audited Worker", "Audit Admin"), (e.TargetType, e.TargetId, e.TargetName, e.ActorName)));
        Assert.Equal(new FieldChange("UserRoleChanged", "Social worker", "Team manager"), Assert.Single(events[0].Changes));
        Assert.Equal(new FieldChange("UserTeamChanged", "none", team.Name), Assert.Single(events[1].Changes));
        Assert.Equal(HavenAppFactory.Now.UtcDateTime, events[0].OccurredAtUtc);
    }

    [Fact]
    public async Task Downloads_of_children_and_staff_lists_and_of_the_census_are_audit_events()
    {
        var admin = await app.CreateUserAsync("Export Admin", Role.SystemAdministrator);
        var manager = await app.CreateUserAsync("Export Manager", Role.ServiceManager);
        var adminClient = await app.SignInAsync(admin);
        var managerClient = await app.SignInAsync(manager);

        Assert.Equal(HttpStatusCode.OK, (await adminClient.GetAsync("/admin/users.csv")).StatusCode);
        foreach (var url in new[]
        {
            "/work-tray?format=csv", "/work-tray/team?format=csv", "/front-door/contacts?view=awaiting&format=csv",
            "/returns/cin-census/download?year=2026", "/returns/cin-census/issues?year=2026&format=csv", "/returns/cin-census/issues?year=2026&format=xlsx",
        })
        {
            var response = await managerClient.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} gave {response.StatusCode}");
            await response.Content.ReadAsByteArrayAsync();
        }

        var byAdmin = Assert.Single(await EventsByAsync(admin.Id));
        Assert.Equal((AuditEventTypes.Exported, "Export", "the list of users"), (byAdmin.Type, byAdmin.TargetType, byAdmin.TargetName));
        Assert.Equal("haven-users-2026-11-25.csv", byAdmin.TargetId);
        var byManager = await EventsByAsync(manager.Id);
        Assert.All(byManager, e => Assert.Equal(AuditEventTypes.Exported, e.Type));
        Assert.Equal(["work tray", "team work tray", "front door contacts", "CIN census 2025 to 2026", "CIN census issues (CSV)", "CIN census issues (Excel)"],
            byManager.Select(e => e.TargetName));
        Assert.Equal("cin-census-2026-issues.xlsx", byManager[^1].TargetId);
    }

    [Fact]
    public async Task Every_refused_page_record_and_change_is_an_audit_event_saying_who_what_and_when()
    {
        var owner = await app.CreateUserAsync("Refusal Owner", Role.SocialWorker);
        var child = await app.RegisterAsync(owner, "Rhea", "Refused", new DateOnly(2017, 2, 2));
        var worker = await app.CreateUserAsync("Refused Worker", Role.SocialWorker);
        var auditor = await app.CreateUserAsync("Refused Auditor", Role.Auditor);
        var workerClient = await app.SignInAsync(worker);
        var auditorClient = await app.SignInAsync(auditor);

        // The page's rule refuses it; the page itself refuses it (Forbid); the record refuses a change by a reader.
        Assert.Contains("access-denied", (await workerClient.GetAsync("/admin/users")).Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Contains("access-denied", (await workerClient.GetAsync($"/people/{child.Id}/viewers")).Headers.Location!.OriginalString, StringComparison.Ordinal);
        var form = await auditorClient.GetFormAsync($"/people/{child.Id}/addresses/new");
        var change = await auditorClient.PostFormAsync($"/people/{child.Id}/addresses/new", form, new() { ["Input.Line1"] = "1 Way", ["Input.Town"] = "Town", ["Input.Postcode"] = "HV1 1AA" });
        Assert.Contains("no-access", change.Headers.Location!.OriginalString, StringComparison.Ordinal);

        var byWorker = await EventsByAsync(worker.Id);
        Assert.All(byWorker, e => Assert.Equal((AuditEventTypes.AccessRefused, "Refused Worker", HavenAppFactory.Now.UtcDateTime), (e.Type, e.ActorName, e.OccurredAtUtc)));
        Assert.Equal(["GET /admin/users", $"GET /people/{child.Id}/viewers"], byWorker.Select(e => e.TargetId));
        Assert.Equal("Refused GET /admin/users: it needs Administer", byWorker[0].Summary);
        var byAuditor = Assert.Single(await EventsByAsync(auditor.Id));
        Assert.Equal((AuditEventTypes.AccessRefused, "Person", child.Id.ToString(), "Rhea Refused"), (byAuditor.Type, byAuditor.TargetType, byAuditor.TargetId, byAuditor.TargetName));
        Assert.Contains("Adding an address for Rhea Refused", byAuditor.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Who_has_viewed_says_what_was_viewed_in_words_and_filters_by_viewer_and_date()
    {
        var owner = await app.CreateUserAsync("Viewed Owner", Role.SocialWorker);
        var child = await app.RegisterAsync(owner, "Ava", "Viewed", new DateOnly(2015, 5, 5));
        var first = await app.CreateUserAsync("First Viewer", Role.SocialWorker);
        var second = await app.CreateUserAsync("Second Viewer", Role.SocialWorker);
        var manager = await app.SignInAsync(await app.CreateUserAsync("Viewing Manager", Role.TeamManager));
        // Views on two UK days: 24 and 25 November.
        await app.WithDbAsync(async db =>
        {
            db.RecordViews.AddRange(
                new RecordView { PersonId = child.Id, UserId = first.Id, UserName = "First Viewer", Page = "/Chronology/Index", ViewedAtUtc = new DateTime(2026, 11, 24, 9, 0, 0, DateTimeKind.Utc) },
                new RecordView { PersonId = child.Id, UserId = second.Id, UserName = "Second Viewer", Page = "/Sharing/Item", ViewedAtUtc = new DateTime(2026, 11, 25, 9, 0, 0, DateTimeKind.Utc) });
            await db.SaveChangesAsync();
        });
        var url = $"/people/{child.Id}/viewers";

        var all = await manager.GetDocumentAsync(url);
        var rows = Rows(all);
        Assert.Contains(("First Viewer", "Chronology of Ava Viewed"), rows);
        Assert.Contains(("Second Viewer", "A document shared with the family of Ava Viewed"), rows);
        Assert.DoesNotContain("/Sharing/Item", Html.MainText(all), StringComparison.Ordinal);

        Assert.Equal([("First Viewer", "Chronology of Ava Viewed")], Rows(await manager.GetDocumentAsync($"{url}?who={first.Id}")));
        var onThe25th = Rows(await manager.GetDocumentAsync($"{url}?From.Day=25&From.Month=11&From.Year=2026&To.Day=25&To.Month=11&To.Year=2026"));
        Assert.Contains(("Second Viewer", "A document shared with the family of Ava Viewed"), onThe25th);
        Assert.DoesNotContain(onThe25th, r => r.Who == "First Viewer");

        var backwards = await manager.GetAsync($"{url}?From.Day=25&From.Month=11&From.Year=2026&To.Day=24&To.Month=11&To.Year=2026");
        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
        var doc = await backwards.ReadDocumentAsync();
        Assert.Equal("The to date must be the same as or after the from date", Html.InlineError(doc, "To"));
        Assert.Equal("24", (doc.QuerySelector("#To-day") as AngleSharp.Html.Dom.IHtmlInputElement)?.Value);

        static List<(string Who, string What)> Rows(AngleSharp.Html.Dom.IHtmlDocument page) =>
            [.. page.QuerySelectorAll("table.govuk-table").Last().QuerySelectorAll("tbody tr")
                .Select(r => (r.Children[0].TextContent.Trim(), r.Children[2].TextContent.Trim()))];
    }

    [Fact]
    public async Task Audit_verify_accepts_the_chain_the_app_writes_and_parallel_writers_do_not_fork_it()
    {
        var worker = await app.CreateUserAsync("Parallel Writer", Role.SocialWorker);
        var child = await app.RegisterAsync(worker, "Pia", "Parallel", new DateOnly(2014, 4, 4));
        var clients = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => app.SignInAsync(worker)));
        var url = $"/people/{child.Id}/case-notes/new";
        var forms = await Task.WhenAll(clients.Select(c => c.GetFormAsync(url)));

        var posted = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => clients[i % 4].PostFormAsync(url, forms[i % 4], new()
        {
            ["Type"] = "PhoneCall", ["OccurredOn.Day"] = "24", ["OccurredOn.Month"] = "11", ["OccurredOn.Year"] = "2026",
            ["Subject"] = $"Call {i}", ["Text"] = "Spoke to mother about school attendance.",
        })));

        Assert.All(posted, p => Assert.Equal(HttpStatusCode.Redirect, p.StatusCode));
        var sequences = await app.WithDbAsync(db => db.CaseEvents.Select(e => e.Sequence).OrderBy(s => s).ToListAsync());
        Assert.Equal(Enumerable.Range(1, sequences.Count).Select(i => (long)i), sequences);
        var checks = await app.WithDbAsync(db => EventChains.VerifyAsync(db));
        Assert.All(checks, c => Assert.True(c.IsWhole, c.Problem));
        Assert.True(checks[0].Checked >= 13);
        var database = app.Services.GetRequiredService<IConfiguration>()["Haven:Database"]!;
        Assert.Equal(0, await HavenCommandLine.RunAsync(["audit", "verify", "--database", database]));
    }

    [Fact]
    public async Task The_event_tables_refuse_updates_and_deletes()
    {
        var worker = await app.CreateUserAsync("Append Only", Role.SocialWorker);
        await app.RegisterAsync(worker, "Ada", "Appendonly", new DateOnly(2014, 4, 4));
        // A refused page is an audit event. Without one, audit_events could be empty when this test runs first, and a
        // row trigger has no row to refuse: DELETE on an empty table "succeeds" and the test would prove nothing.
        var client = await app.SignInAsync(worker);
        Assert.Contains("access-denied", (await client.GetAsync("/admin/users")).Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.ActorUserId == worker.Id)));
        await app.WithDbAsync(async db =>
        {
            await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("UPDATE case_events SET \"Summary\" = 'rewritten'"));
            await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM case_events"));
            await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM audit_events"));
        });
        Assert.True(await app.WithDbAsync(db => db.CaseEvents.AnyAsync(e => e.Summary != "rewritten")));
        Assert.True(await app.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.ActorUserId == worker.Id)));
    }
}

public sealed class AuditTrailTestsOnSqlite(SqliteAppFactory app) : AuditTrailTests<SqliteAppFactory>(app);

public sealed class AuditTrailTestsOnPostgres(PostgresAppFactory app) : AuditTrailTests<PostgresAppFactory>(app);
