using System.Net;
using Haven.Domain.Access;
using Haven.Domain.Workforce;
using Haven.Web.Tests.Infrastructure;
using Haven.Web.Tests.WorkTray;
using Microsoft.EntityFrameworkCore;

namespace Haven.Web.Tests.Allocations;

/// <summary>
/// Issue 12 item 2: the Allocate form appeared only while a child was unallocated, so a change of social worker could
/// never be recorded. A manager now changes the worker with a reason and a handover note; the history and the count of
/// changes follow, and the choice of workers shows each one's team and caseload.
/// </summary>
public abstract class ReallocationTests<TFactory>(TFactory app) : IClassFixture<TFactory> where TFactory : HavenAppFactory
{
    [Fact]
    public async Task A_manager_changes_the_social_worker_with_a_reason_and_handover_and_the_history_keeps_both()
    {
        var manager = await app.CreateUserAsync("Realloc Manager", Role.TeamManager);
        var team = await app.TeamAsync($"Realloc {Guid.NewGuid():N}"[..20], manager.Id);
        var first = await app.CreateUserAsync("First Worker", Role.SocialWorker, team.Id);
        var second = await app.CreateUserAsync("Second Worker", Role.SocialWorker, team.Id);
        var child = await app.RegisterAsync(manager, "Robin", $"Moves{Guid.NewGuid():N}"[..12], new DateOnly(2016, 3, 3));
        var episode = await app.EpisodeAsync(child.Id, "2026-10-01", manager.Id);
        var client = await app.SignInAsync(manager);
        var url = $"/people/{child.Id}/allocation";

        // First allocation: only the worker is asked for.
        var page = await client.GetDocumentAsync(url);
        Assert.Contains(page.QuerySelectorAll("select[name=WorkerId] option"), o => o.TextContent.Contains("First Worker", StringComparison.Ordinal) && o.TextContent.Contains("(0 children)", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(url, await client.GetFormAsync(url, "main form"), new() { ["WorkerId"] = first.Id })).StatusCode);

        // A change without a reason or handover is refused by each field, and what was chosen is kept.
        var form = await client.GetFormAsync(url, "main form");
        var refused = await client.PostFormAsync(url, form, new() { ["WorkerId"] = second.Id });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var shown = await refused.ReadDocumentAsync();
        Assert.Contains("Enter why the social worker is changing", Html.MainText(shown), StringComparison.Ordinal);
        Assert.Contains("Enter a handover note for the new social worker", Html.MainText(shown), StringComparison.Ordinal);
        Assert.Equal(second.Id, shown.QuerySelector("select[name=WorkerId] option[selected]")?.GetAttribute("value"));
        Assert.Equal(1, await app.WithDbAsync(db => db.Allocations.CountAsync(a => a.PersonId == child.Id)));

        var sameWorker = await client.PostFormAsync(url, form, new() { ["WorkerId"] = first.Id, ["Reason"] = "r", ["HandoverNote"] = "h" });
        Assert.Contains("already allocated to them", Html.MainText(await sameWorker.ReadDocumentAsync()), StringComparison.Ordinal);

        var changed = await client.PostFormAsync(url, form, new() { ["WorkerId"] = second.Id, ["Reason"] = "First worker is leaving the authority", ["HandoverNote"] = "Robin trusts his teacher; next CIN review due in January." });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);

        var rows = await app.WithDbAsync(db => db.Allocations.AsNoTracking().Where(a => a.PersonId == child.Id).OrderBy(a => a.EndDate == null).ToListAsync());
        Assert.Equal([first.Id, second.Id], rows.Select(r => r.WorkerUserId));
        Assert.Equal(DateOnly.FromDateTime(HavenAppFactory.Now.UtcDateTime), rows[0].EndDate);
        Assert.Equal(("First worker is leaving the authority", "Robin trusts his teacher; next CIN review due in January."), (rows[1].Reason, rows[1].HandoverNote));
        Assert.Equal(second.Id, await app.WithDbAsync(db => db.Referrals.Where(r => r.Id == episode.Id).Select(r => r.AllocatedWorkerUserId).SingleAsync()));

        var history = await client.GetDocumentAsync(url);
        var text = Html.MainText(history);
        Assert.Contains("Second Worker", text, StringComparison.Ordinal);
        Assert.Contains("First worker is leaving the authority", text, StringComparison.Ordinal);
        Assert.Equal("1", history.QuerySelectorAll("main .govuk-summary-list__row").Single(r => r.TextContent.Contains("Changes of social worker", StringComparison.Ordinal)).QuerySelector(".govuk-summary-list__value")!.TextContent.Trim());
        var change = await app.WithDbAsync(db => db.CaseEvents.AsNoTracking().Where(e => e.PersonId == child.Id && e.Type == "WorkerAllocated").OrderBy(e => e.Sequence).ToListAsync());
        Assert.Equal(2, change.Count);
        Assert.Equal("First worker is leaving the authority", change[1].Reason);
    }

    [Fact]
    public async Task Only_managers_may_change_the_social_worker()
    {
        var worker = await app.CreateUserAsync("Not A Manager", Role.SocialWorker);
        var child = await app.RegisterAsync(worker, "Kit", $"Stays{Guid.NewGuid():N}"[..12], new DateOnly(2016, 3, 3));
        var client = await app.SignInAsync(worker);
        Assert.Contains("access-denied", (await client.GetAsync($"/people/{child.Id}/allocation")).Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.DoesNotContain("Change the social worker", Html.MainText(await client.GetDocumentAsync($"/people/{child.Id}")), StringComparison.Ordinal);
    }
}

public sealed class ReallocationTestsOnSqlite(SqliteAppFactory app) : ReallocationTests<SqliteAppFactory>(app);

public sealed class ReallocationTestsOnPostgres(PostgresAppFactory app) : ReallocationTests<PostgresAppFactory>(app);
