using System.Net;
using Haven.Data;
using Haven.Domain.Access;
using Haven.Domain.CaseRecording;
using Haven.Domain.Casework;
using Haven.Domain.Events;
using Haven.Domain.People;
using Haven.Web.Tests.Infrastructure;
using Haven.Web.Tests.WorkTray;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Haven.Web.Tests.WorkTray.CaseworkSeed;

namespace Haven.Web.Tests.Oversight;

/// <summary>Management oversight and case supervision on a child's record, on both databases, on 25 November 2026.</summary>
public abstract class OversightTests<TFactory>(TFactory app) : IClassFixture<TFactory> where TFactory : HavenAppFactory
{
    private async Task<(ApplicationUser Manager, ApplicationUser Worker, Guid Team, Person Child)> SetUpAsync()
    {
        var manager = await app.CreateUserAsync("Oversight Manager", Role.TeamManager);
        var team = await app.TeamAsync($"Oversight team {Guid.NewGuid():N}"[..22], manager.Id);
        var worker = await app.CreateUserAsync("Oversight Worker", Role.SocialWorker, team.Id);
        var child = await app.RegisterAsync(worker, "Lola", "Brennan", D("2014-02-02"));
        return (manager, worker, team.Id, child);
    }

    private static string Url(Person child) => $"/people/{child.Id}/oversight";

    private Task<List<CaseEvent>> EventsAsync(Person child) =>
        app.WithDbAsync(db => db.CaseEvents.Where(e => e.PersonId == child.Id && e.Type == CaseEventTypes.OversightRecorded).ToListAsync());

    private static Dictionary<string, string> Today() => new() { ["RecordedOn.Day"] = "25", ["RecordedOn.Month"] = "11", ["RecordedOn.Year"] = "2026" };

    private static Dictionary<string, string> With(Dictionary<string, string> a, Dictionary<string, string> b) =>
        a.Concat(b).GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Last().Value);

    [Fact]
    public async Task Oversight_without_its_reasons_is_refused_and_nothing_is_saved()
    {
        var (manager, worker, team, child) = await SetUpAsync();
        await app.AllocateAsync(child.Id, worker.Id, team, "2026-09-01");
        await app.EpisodeAsync(child.Id, "2026-09-01", worker.Id);
        var client = await app.SignInAsync(manager);

        var before = Html.MainText(await client.GetDocumentAsync(Url(child)));
        // Referred on 1 September and never overseen: oversight was due on 1 October.
        Assert.Contains("1 October 2026", before, StringComparison.Ordinal);
        Assert.Contains("Overdue", before, StringComparison.Ordinal);

        var form = await client.GetFormAsync(Url(child));
        var refused = await client.PostFormAsync(Url(child), form, With(Today(), new()
        {
            ["Kind"] = "ManagementOversight", ["Direction"] = "Hold a strategy discussion today with police and school.", ["Rationale"] = "  ",
        }));
        var doc = await refused.ReadDocumentAsync();
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(["Enter the reasons for the direction"], Html.ErrorSummary(doc));
        Assert.Equal("Enter the reasons for the direction", Html.InlineError(doc, "Rationale"));
        Assert.Equal("Hold a strategy discussion today with police and school.", doc.QuerySelector("#Direction")!.TextContent.Trim());
        Assert.StartsWith("Error:", doc.Title, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.OversightRecords.CountAsync(o => o.PersonId == child.Id)));
        Assert.Empty(await EventsAsync(child));

        var saved = await client.PostFormAsync(Url(child), form, With(Today(), new()
        {
            ["Kind"] = "ManagementOversight", ["Direction"] = "Hold a strategy discussion today with police and school.",
            ["Rationale"] = "Second unexplained bruise in a month; mother's account has changed.",
        }));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var record = await app.WithDbAsync(db => db.OversightRecords.SingleAsync(o => o.PersonId == child.Id));
        Assert.Equal((OversightKind.ManagementOversight, D("2026-11-25"), manager.Id, null as string), (record.Kind, record.RecordedOn, record.ManagerUserId, record.WorkerUserId));
        var e = Assert.Single(await EventsAsync(child));
        Assert.Equal(manager.Id, e.ActorUserId);
        Assert.Contains(new FieldChange("Rationale", null, "Second unexplained bruise in a month; mother's account has changed."), e.Changes);
        Assert.Contains(new FieldChange("Kind", null, "Management oversight"), e.Changes);

        var after = await client.GetDocumentAsync(Url(child));
        var text = Html.MainText(after);
        Assert.Contains("Management oversight recorded", text, StringComparison.Ordinal);
        Assert.Contains("Second unexplained bruise in a month", after.QuerySelector(".moj-timeline")!.TextContent, StringComparison.Ordinal);
        // The next is due a month after today's.
        Assert.Contains("25 December 2026", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Overdue", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_service_runs_the_oversight_rule_itself_so_a_caller_without_the_page_is_refused_too()
    {
        var (manager, _, _, child) = await SetUpAsync();
        var refused = await Assert.ThrowsAsync<Haven.Web.Infrastructure.CaseRuleException>(() => app.AsUserAsync(manager, async s =>
            await s.GetRequiredService<Haven.Web.Features.Oversight.OversightService>().RecordAsync(child.Id, null, null, " ", null, null, null, CancellationToken.None)));
        Assert.Equal(
            [OversightRules.Fields.Kind, OversightRules.Fields.RecordedOn, OversightRules.Fields.Direction, OversightRules.Fields.Rationale],
            refused.Result.Problems.Select(p => p.Field));
        Assert.Equal("Enter the reasons for the direction", refused.Result.MessageFor(OversightRules.Fields.Rationale));
        Assert.Equal(0, await app.WithDbAsync(db => db.OversightRecords.CountAsync(o => o.PersonId == child.Id)));
        Assert.Empty(await EventsAsync(child));
    }

    [Fact]
    public async Task Supervision_needs_the_worker_and_the_page_counts_changes_of_social_worker()
    {
        var (manager, worker, team, child) = await SetUpAsync();
        var first = await app.CreateUserAsync("First Worker", Role.SocialWorker, team);
        var second = await app.CreateUserAsync("Second Worker", Role.SocialWorker, team);
        await app.AllocateAsync(child.Id, first.Id, team, "2025-01-06", "2025-10-31");
        await app.AllocateAsync(child.Id, second.Id, team, "2025-12-01", "2026-06-30");
        await app.AllocateAsync(child.Id, worker.Id, team, "2026-07-01");
        var client = await app.SignInAsync(manager);

        var doc = await client.GetDocumentAsync(Url(child));
        string Value(string key) => doc.QuerySelectorAll(".govuk-summary-list__row")
            .Single(r => r.QuerySelector(".govuk-summary-list__key")!.TextContent.Trim() == key).QuerySelector(".govuk-summary-list__value")!.TextContent.Trim();
        Assert.Equal("2", Value("Changes of social worker in the last 12 months"));
        Assert.Equal("2", Value("Social workers in the last 12 months"));
        Assert.Equal("2", Value("Changes of social worker overall"));
        var history = doc.QuerySelectorAll("table").Single(t => t.QuerySelector("caption")!.TextContent.Contains("Allocation history", StringComparison.Ordinal));
        Assert.Equal(["Oversight Worker", "Second Worker", "First Worker"], history.QuerySelectorAll("tbody tr").Select(r => r.QuerySelector("td, th")!.TextContent.Trim()));
        Assert.Contains("Current", history.QuerySelectorAll("tbody tr")[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("no open episode", Html.MainText(doc), StringComparison.Ordinal);

        var form = await client.GetFormAsync(Url(child));
        var refused = await client.PostFormAsync(Url(child), form, With(Today(), new()
        {
            ["Kind"] = "Supervision", ["WorkerUserId"] = "", ["Direction"] = "Discussed school's concerns; visit jointly with the school nurse.", ["Rationale"] = "Health needs unclear.",
        }));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(["Select the worker who was supervised"], Html.ErrorSummary(await refused.ReadDocumentAsync()));

        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(Url(child), form, With(Today(), new()
        {
            ["Kind"] = "Supervision", ["WorkerUserId"] = worker.Id, ["Direction"] = "Discussed school's concerns; visit jointly with the school nurse.", ["Rationale"] = "Health needs unclear.",
        }))).StatusCode);
        var record = await app.WithDbAsync(db => db.OversightRecords.SingleAsync(o => o.PersonId == child.Id));
        Assert.Equal((OversightKind.Supervision, worker.Id), (record.Kind, record.WorkerUserId));
        Assert.Contains(new FieldChange("Worker supervised", null, "Oversight Worker"), Assert.Single(await EventsAsync(child)).Changes);
        Assert.Contains("Case supervision with Oversight Worker", (await client.GetDocumentAsync(Url(child))).QuerySelector(".moj-timeline")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_social_worker_reads_oversight_but_cannot_record_it()
    {
        var (_, worker, team, child) = await SetUpAsync();
        await app.AllocateAsync(child.Id, worker.Id, team, "2026-09-01");
        var client = await app.SignInAsync(worker);
        var doc = await client.GetDocumentAsync(Url(child));
        Assert.Null(doc.QuerySelector("main form textarea#Rationale"));
        Assert.NotNull(doc.QuerySelector("nav a[href$='/oversight'][aria-current='page']"));

        var tokens = await client.GetFormAsync($"/people/{child.Id}/oversight", "header form, form.haven-sign-out");
        var refused = await client.PostFormAsync(Url(child), tokens, With(Today(), new() { ["Kind"] = "ManagementOversight", ["Direction"] = "Close.", ["Rationale"] = "Fine." }));
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("access-denied", refused.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.OversightRecords.CountAsync(o => o.PersonId == child.Id)));
    }
}

public sealed class OversightTestsOnSqlite(SqliteAppFactory app) : OversightTests<SqliteAppFactory>(app);

public sealed class OversightTestsOnPostgres(PostgresAppFactory app) : OversightTests<PostgresAppFactory>(app);
