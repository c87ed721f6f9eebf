using System.Net;
using System.Text.RegularExpressions;
using Haven.Data;
using Haven.Domain.Access;
using Haven.Domain.Events;
using Haven.Domain.EarlyHelp;
using Haven.Domain.People;
using Haven.Web.Features.EarlyHelp;
using Haven.Web.Tests.Infrastructure;
using Haven.Web.Tests.WorkTray;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Haven.Web.Tests.EarlyHelp;

/// <summary>
/// Issue 17 item 1: <c>/early-help</c> lists open early help and step-ups waiting, filtered by worker, team and lead
/// agency, through VisiblePeople, with an audited CSV; early help reviews and warning reviews come to the work tray;
/// plan actions and team members are changed and ended, and the chronology shows each as it was then. Both databases.
/// </summary>
public abstract class EarlyHelpListTests<TFactory>(TFactory app) : IClassFixture<TFactory> where TFactory : HavenAppFactory
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    private static DateOnly D(string date) => CaseworkSeed.D(date);

    private async Task<Guid> StartAsync(ApplicationUser worker, Person child, string agency, string? nextReview = null) =>
        await app.AsUserAsync(worker, async s =>
        {
            var eh = s.GetRequiredService<EarlyHelpService>();
            var episode = await eh.StartAsync(child.Id, new EarlyHelpStartDetails(EarlyHelpStart.AgencyRequest, D("2026-09-01"), "Sarah Patel", agency, null), Ct);
            if (nextReview is not null)
            {
                await eh.RecordReviewAsync(episode.Id, D("2026-10-01"), "Some progress.", "Happier at school.", D(nextReview), Ct);
            }
            return episode.Id;
        });

    private static List<string> Children(AngleSharp.Html.Dom.IHtmlDocument doc) =>
        doc.QuerySelectorAll("table[data-list=early-help] tbody tr").Select(tr => tr.QuerySelector("td a")!.TextContent.Trim()).ToList();

    private static List<string> Timeline(AngleSharp.Html.Dom.IHtmlDocument doc) =>
        doc.QuerySelectorAll(".moj-timeline__item .moj-timeline__description p").Select(p => Regex.Replace(p.TextContent, @"\s+", " ").Trim()).ToList();

    private static Dictionary<string, string> Date(string field, DateOnly date) => new()
    {
        [$"{field}.Day"] = date.Day.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [$"{field}.Month"] = date.Month.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [$"{field}.Year"] = date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static Dictionary<string, string> With(Dictionary<string, string> a, Dictionary<string, string> b) =>
        a.Concat(b).GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Last().Value);

    [Fact]
    public async Task The_list_shows_open_early_help_and_step_ups_waiting_filtered_by_worker_team_and_agency_with_an_audited_csv()
    {
        var manager = await app.CreateUserAsync("List Manager", Role.TeamManager);
        var north = await app.TeamAsync($"North EH {Guid.NewGuid():N}"[..20], manager.Id);
        var south = await app.TeamAsync($"South EH {Guid.NewGuid():N}"[..20], manager.Id);
        var ana = await app.CreateUserAsync("Ana Listworker", Role.SocialWorker, north.Id);
        var bo = await app.CreateUserAsync("Bo Listworker", Role.SocialWorker, south.Id);
        var school = $"Listfield School {Guid.NewGuid():N}"[..24];
        var hub = $"Listfield Hub {Guid.NewGuid():N}"[..21];

        var ada = await app.RegisterAsync(ana, "Ada", "Ehlistone", D("2016-01-01"));
        var ben = await app.RegisterAsync(ana, "Ben", "Ehlisttwo", D("2016-01-01"));
        var cal = await app.RegisterAsync(ana, "Cal", "Ehlistthree", D("2016-01-01"));
        var dee = await app.RegisterAsync(ana, "Dee", "Ehlistfour", D("2016-01-01"));
        var eve = await app.RegisterAsync(ana, "Eve", "Ehlistfive", D("2016-01-01"));
        await app.AllocateAsync(ada.Id, ana.Id, north.Id, "2026-09-01");
        await app.AllocateAsync(ben.Id, bo.Id, south.Id, "2026-09-01");
        await app.AllocateAsync(cal.Id, bo.Id, south.Id, "2026-09-01");
        await StartAsync(ana, ada, school, nextReview: "2026-11-20");
        await StartAsync(ana, ben, hub);
        await StartAsync(ana, cal, school);
        var deeEpisode = await StartAsync(ana, dee, school);
        var eveEpisode = await StartAsync(ana, eve, hub);
        await app.AsUserAsync(ana, async s =>
        {
            var eh = s.GetRequiredService<EarlyHelpService>();
            await eh.CloseAsync(deeEpisode, EarlyHelpClosure.NeedsMet, "Routines in place.", D("2026-11-01"), null, Ct);
            await eh.CloseAsync(eveEpisode, EarlyHelpClosure.SteppedUpToSocialCare, "Eve disclosed being hit.", D("2026-11-20"), null, Ct);
            return 0;
        });
        // Cal's record is restricted and Ana is not named on it: counted, never listed.
        await app.WithDbAsync(async db =>
        {
            (await db.People.SingleAsync(p => p.Id == cal.Id)).IsRestricted = true;
            await db.SaveChangesAsync();
        });
        var client = await app.SignInAsync(ana);

        var bySchool = await client.GetDocumentAsync($"/early-help?agency={Uri.EscapeDataString(school)}");
        Assert.Equal(["Ada Ehlistone"], Children(bySchool));
        Assert.Contains("1 more record is not shown", Html.MainText(bySchool), StringComparison.Ordinal);
        Assert.DoesNotContain("Ehlistthree", bySchool.Body!.TextContent, StringComparison.Ordinal);
        var adaRow = Regex.Replace(bySchool.QuerySelector("table[data-list=early-help] tbody tr")!.TextContent, @"\s+", " ");
        Assert.Contains("Review overdue", adaRow, StringComparison.Ordinal);
        Assert.Contains("Ana Listworker", adaRow, StringComparison.Ordinal);

        var byHub = await client.GetDocumentAsync($"/early-help?agency={Uri.EscapeDataString(hub)}&early-help-sort=child");
        Assert.Equal(["Ben Ehlisttwo", "Eve Ehlistfive"], Children(byHub));
        Assert.Contains("Step-up waiting: contact", Html.MainText(byHub), StringComparison.Ordinal);
        Assert.DoesNotContain("Ehlistfour", byHub.Body!.TextContent, StringComparison.Ordinal);

        Assert.Equal(["Ben Ehlisttwo"], Children(await client.GetDocumentAsync($"/early-help?agency={Uri.EscapeDataString(hub)}&worker={bo.Id}")));
        Assert.Equal(["Ada Ehlistone"], Children(await client.GetDocumentAsync($"/early-help?team={north.Id}")));
        Assert.Empty(Children(await client.GetDocumentAsync($"/early-help?team={north.Id}&agency={Uri.EscapeDataString(hub)}")));

        var csv = await client.GetAsync($"/early-help?agency={Uri.EscapeDataString(hub)}&download=early-help&early-help-sort=child&early-help-dir=asc");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        var lines = (await csv.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Child,Lead professional,Lead agency,Started", lines[0], StringComparison.Ordinal);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("Ben Ehlisttwo", lines[1], StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Type == AuditEventTypes.Exported && e.ActorUserId == ana.Id && e.TargetName == "early help")));
    }

    [Fact]
    public async Task Early_help_reviews_and_warning_reviews_come_to_the_allocated_workers_tray()
    {
        var manager = await app.CreateUserAsync("Tray EH Manager", Role.TeamManager);
        var team = await app.TeamAsync($"Tray EH {Guid.NewGuid():N}"[..20], manager.Id);
        var worker = await app.CreateUserAsync("Tray EH Worker", Role.SocialWorker, team.Id);
        var child = await app.RegisterAsync(worker, "Fin", "Traywhistle", D("2015-05-05"));
        await app.AllocateAsync(child.Id, worker.Id, team.Id, "2026-09-01");
        var episode = await StartAsync(worker, child, "Traywhistle Primary", nextReview: "2026-11-20");
        await app.AddAsync(new PersonFlag { Id = Guid.NewGuid(), PersonId = child.Id, Type = FlagType.CountyLines, From = D("2026-09-01"), ReviewDate = D("2026-12-20") });
        await app.AddAsync(new PersonFlag { Id = Guid.NewGuid(), PersonId = child.Id, Type = FlagType.YoungCarer, From = D("2026-09-01"), To = D("2026-10-01"), ReviewDate = D("2026-10-20") });
        var client = await app.SignInAsync(worker);

        var tray = await client.GetDocumentAsync("/work-tray");
        var rows = tray.QuerySelectorAll("tbody tr").Select(tr => Regex.Replace(tr.TextContent, @"\s+", " ")).Where(t => t.Contains("Traywhistle", StringComparison.Ordinal)).ToList();
        Assert.Single(rows, r => r.Contains("Early help review due", StringComparison.Ordinal) && r.Contains("Overdue", StringComparison.Ordinal));
        // The ended warning's review is not work; the one in force is.
        Assert.Single(rows, r => r.Contains("Warning review due", StringComparison.Ordinal));
        Assert.NotNull(tray.QuerySelector($"a[href='/people/{child.Id}/early-help/{episode}/reviews/new']"));
    }

    [Fact]
    public async Task Actions_and_team_members_are_changed_and_ended_and_the_chronology_shows_each_as_it_was_then()
    {
        var worker = await app.CreateUserAsync("Plan Change Worker", Role.SocialWorker);
        var child = await app.RegisterAsync(worker, "Gus", "Planchange", D("2016-02-02"));
        var episodeId = await StartAsync(worker, child, "Northbridge Primary School");
        var (sleep, hearing) = await app.AsUserAsync(worker, async s =>
        {
            var eh = s.GetRequiredService<EarlyHelpService>();
            var a = await eh.AddActionAsync(episodeId, "Sleep routine plan", "Jo Green", D("2026-10-15"), Ct);
            var b = await eh.AddActionAsync(episodeId, "Book a hearing test", "Sam Okoro", D("2026-12-01"), Ct);
            await eh.AddTeamMemberAsync(episodeId, "Sam Okoro", "Northbridge Primary School", "Designated safeguarding lead", Ct);
            return (a.Id, b.Id);
        });
        var memberId = await app.WithDbAsync(db => db.TeamAroundFamilyMembers.Where(m => m.EpisodeId == episodeId).Select(m => m.Id).SingleAsync());
        var client = await app.SignInAsync(worker);
        var changeUrl = $"/people/{child.Id}/early-help/{episodeId}/actions/{sleep}/change";
        var form = await client.GetFormAsync(changeUrl);

        var unchanged = await client.PostFormAsync(changeUrl + "?handler=Change", form,
            With(Date("DueDate", D("2026-10-15")), new() { ["Action"] = "Sleep routine plan", ["Owner"] = "Jo Green" }));
        Assert.Equal(HttpStatusCode.BadRequest, unchanged.StatusCode);
        Assert.Equal("Change what will be done, who will do it or when: nothing was changed", Html.InlineError(await unchanged.ReadDocumentAsync(), "Action"));

        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(changeUrl + "?handler=Change", form,
            With(Date("DueDate", D("2026-12-15")), new() { ["Action"] = "Sleep and morning routine plan", ["Owner"] = "Jo Green" }))).StatusCode);

        var stopUrl = $"/people/{child.Id}/early-help/{episodeId}/actions/{hearing}/change";
        var noReason = await client.PostFormAsync(stopUrl + "?handler=Stop", await client.GetFormAsync(stopUrl), With(Date("StoppedOn", D("2026-11-24")), new() { ["EndReason"] = "" }));
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        var noReasonDoc = await noReason.ReadDocumentAsync();
        Assert.Equal("Enter why the action is no longer needed", Html.InlineError(noReasonDoc, "EndReason"));
        Assert.Equal("24", Html.Value(noReasonDoc, "StoppedOn-day"));
        Assert.Null((await app.WithDbAsync(db => db.EarlyHelpActions.SingleAsync(a => a.Id == hearing))).EndedOn);
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(stopUrl + "?handler=Stop", await client.GetFormAsync(stopUrl),
            With(Date("StoppedOn", D("2026-11-24")), new() { ["EndReason"] = "GP already booked it" }))).StatusCode);

        var memberUrl = $"/people/{child.Id}/early-help/{episodeId}/team/{memberId}";
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(memberUrl + "?handler=Change", await client.GetFormAsync(memberUrl),
            new() { ["Name"] = "Sam Okoro", ["Agency"] = "Northbridge Academy", ["Role"] = "Designated safeguarding lead" })).StatusCode);
        var early = await client.PostFormAsync(memberUrl + "?handler=Left", await client.GetFormAsync(memberUrl), Date("LeftOn", D("2026-08-01")));
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Equal("The date they left the team must be the same as or after early help started on 1 September 2026", Html.InlineError(await early.ReadDocumentAsync(), "LeftOn"));
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(memberUrl + "?handler=Left", await client.GetFormAsync(memberUrl), Date("LeftOn", D("2026-11-23")))).StatusCode);
        // Someone who has left is history: their page sends the worker back to the episode.
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync(memberUrl)).StatusCode);

        var lines = Timeline(await client.GetDocumentAsync($"/people/{child.Id}/chronology"));
        Assert.Single(lines, l => l == "Early help plan action set: Sleep routine plan (Jo Green), due 15 October 2026");
        Assert.Single(lines, l => l == "Early help plan action changed from Sleep routine plan (Jo Green), due 15 October 2026 to Sleep and morning routine plan (Jo Green), due 15 December 2026");
        Assert.Single(lines, l => l == "Early help plan action not done: Book a hearing test (Sam Okoro): GP already booked it");
        Assert.Single(lines, l => l == "Team around the family changed from Sam Okoro, Designated safeguarding lead (Northbridge Primary School) to Sam Okoro, Designated safeguarding lead (Northbridge Academy)");
        Assert.Single(lines, l => l == "Sam Okoro, Designated safeguarding lead (Northbridge Academy) left the team around the family");

        var types = await app.WithDbAsync(db => db.CaseEvents.Where(e => e.PersonId == child.Id).Select(e => e.Type).ToListAsync());
        Assert.Contains(CaseEventTypes.EarlyHelpPlanActionChanged, types);
        Assert.Contains(CaseEventTypes.EarlyHelpPlanActionEnded, types);
        Assert.Contains(CaseEventTypes.EarlyHelpTeamMemberChanged, types);
        Assert.Contains(CaseEventTypes.EarlyHelpTeamMemberLeft, types);
    }
}

public sealed class EarlyHelpListTestsOnSqlite(SqliteAppFactory app) : EarlyHelpListTests<SqliteAppFactory>(app);

public sealed class EarlyHelpListTestsOnPostgres(PostgresAppFactory app) : EarlyHelpListTests<PostgresAppFactory>(app);
