using System.Net;
using Haven.Domain.Calendar;
using Haven.Domain.Casework;
using Haven.Domain.Events;
using Haven.Web.Features.WorkTray;
using Haven.Web.Tests.Casework;
using Haven.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Haven.Web.Tests.Casework.SocialCareTestData;

namespace Haven.Web.Tests.Safeguarding;

/// <summary>
/// A child who is not in care goes missing from home, through the real pages, on both databases: the same episode
/// model as the care record (no period of care), the 72-hour return home interview on the work tray and the page, the
/// repeat-missing pattern on the record and each step once in the chronology. The fake clock's today is Wednesday 25
/// November 2026.
/// </summary>
public abstract class MissingFromHomeTests<TFactory>(TFactory app) : IClassFixture<TFactory> where TFactory : HavenAppFactory
{
    private static Dictionary<string, string> Missing(DateOnly on, string time) => Date("StartedOn", on).With(new() { ["StartedTime"] = time, ["PoliceInformed"] = "true" });

    private async Task ReportAsync(HttpClient worker, Guid child, DateOnly on, string time)
    {
        var report = $"/people/{child}/missing/new";
        Assert.Equal(HttpStatusCode.Redirect, (await worker.PostFormAsync(report, await worker.GetFormAsync(report), Missing(on, time))).StatusCode);
    }

    [Fact]
    public async Task A_child_missing_from_home_gets_a_return_interview_clock_on_the_tray_and_the_record_shows_each_step_once()
    {
        var c = await app.ReferredChildAsync("Tyler", "Brook");
        var worker = await app.SignInAsync(c.Worker);
        var list = $"/people/{c.Child.Id}/missing";

        var empty = await worker.GetDocumentAsync(list);
        Assert.Contains("Report the child missing from home", Html.MainText(empty), StringComparison.Ordinal);
        var form = await worker.GetDocumentAsync($"{list}/new");
        Assert.Equal("Report the child missing from home", form.QuerySelector("h1")!.TextContent.Trim());
        Assert.Null(form.QuerySelector("input[name=MissingOrAway]")); // "away from placement" is a care term

        // No date: refused by the field, the police reference kept, nothing saved.
        var noDate = await worker.PostFormAsync($"{list}/new", await worker.GetFormAsync($"{list}/new"), new()
        {
            ["StartedOn.Day"] = "", ["StartedOn.Month"] = "", ["StartedOn.Year"] = "", ["StartedTime"] = "9pm", ["PoliceInformed"] = "true", ["PoliceReference"] = "HV-991",
        });
        Assert.Equal(HttpStatusCode.BadRequest, noDate.StatusCode);
        var noDateDoc = await noDate.ReadDocumentAsync();
        Assert.NotNull(Html.InlineError(noDateDoc, "StartedOn"));
        Assert.Equal("HV-991", Html.Value(noDateDoc, "PoliceReference"));
        Assert.False(await app.WithDbAsync(db => db.MissingEpisodes.AnyAsync(m => m.PersonId == c.Child.Id)));

        // Missing on Friday 20 November at 9pm, back at 8am on Saturday: the interview is due at 8am on Tuesday 24th.
        await ReportAsync(worker, c.Child.Id, new DateOnly(2026, 11, 20), "9pm");
        var episode = await app.WithDbAsync(db => db.MissingEpisodes.SingleAsync(m => m.PersonId == c.Child.Id));
        Assert.Null(episode.CarePeriodId);
        Assert.Equal("M", episode.MissingOrAway);
        var back = $"{list}/{episode.Id}/return";
        Assert.Equal(HttpStatusCode.Redirect, (await worker.PostFormAsync(back, await worker.GetFormAsync(back), Date("ReturnedOn", new DateOnly(2026, 11, 21)).With(new()
        {
            ["ReturnedTime"] = "08:00", ["WhereFound"] = "Found by police at a bus station in Kingsford", ["Screening"] = "CriminalExploitationRisk",
        }))).StatusCode);

        var page = Html.MainText(await worker.GetDocumentAsync(list));
        Assert.Contains("Missing from home on 20 November 2026 at 9pm", page, StringComparison.Ordinal);
        Assert.Contains("Due by 24 November 2026 at 8am", page, StringComparison.Ordinal);
        Assert.Contains("Overdue", page, StringComparison.Ordinal);

        var tray = await TrayAsync(c);
        var item = Assert.Single(tray, i => i.Kind == WorkKind.ReturnInterview);
        Assert.Equal((new DateOnly(2026, 11, 24), TimescaleState.Overdue), (item.DueOn, item.State));
        Assert.Equal($"/people/{c.Child.Id}/missing/{episode.Id}/interview", item.Link);

        var interview = $"{list}/{episode.Id}/interview";
        Assert.Equal(HttpStatusCode.Redirect, (await worker.PostFormAsync(interview, await worker.GetFormAsync(interview), Date("OfferedOn", new DateOnly(2026, 11, 21))
            .With(Date("HeldOn", new DateOnly(2026, 11, 23))).With(new()
            {
                ["OfferedTime"] = "10am", ["OfferedBy"] = "Sam Reid, return home interview worker", ["HeldTime"] = "4pm", ["HeldBy"] = "Sam Reid",
                ["Outcome"] = "Tyler was asked to carry a bag to Kingsford by an older boy; referred to the exploitation panel.",
            }))).StatusCode);
        Assert.Contains("Completed in time", Html.MainText(await worker.GetDocumentAsync(list)), StringComparison.Ordinal);
        Assert.DoesNotContain(await TrayAsync(c), i => i.Kind == WorkKind.ReturnInterview);

        // Two more episodes in 90 days: a repeat missing child, said on the record.
        Assert.Null((await worker.GetDocumentAsync(list)).QuerySelector("#repeat-missing"));
        await ReportAsync(worker, c.Child.Id, new DateOnly(2026, 10, 2), "11pm");
        await ReportAsync(worker, c.Child.Id, new DateOnly(2026, 11, 24), "7pm");
        Assert.Contains("gone missing 3 times in the last 90 days", (await worker.GetDocumentAsync(list)).QuerySelector("#repeat-missing")!.TextContent, StringComparison.Ordinal);

        var events = await app.EventsAsync(c.Child, CaseEventTypes.MissingEpisodeReported, CaseEventTypes.MissingEpisodeReturned, CaseEventTypes.ReturnInterviewRecorded);
        Assert.Equal("Missing from home on 20 November 2026 at 9pm", events[0].Summary);
        Assert.Equal(5, events.Count);
        var chronology = (await worker.GetDocumentAsync($"/people/{c.Child.Id}/chronology")).QuerySelectorAll("main p.govuk-body").Select(p => p.TextContent.Trim()).ToList();
        Assert.Single(chronology, "Missing from home on 20 November 2026 at 9pm");
        Assert.Single(chronology, "Came back: Found by police at a bus station in Kingsford");
        Assert.Single(chronology, "Return home interview held");
    }

    [Fact]
    public async Task The_care_record_address_still_refuses_a_child_not_in_care_and_the_record_links_to_the_missing_page()
    {
        var c = await app.ReferredChildAsync("Jade", "Oakes");
        var worker = await app.SignInAsync(c.Worker);
        Assert.Equal(HttpStatusCode.Redirect, (await worker.GetAsync($"/people/{c.Child.Id}/care/missing/new")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await worker.GetAsync($"/people/{c.Child.Id}/missing/new")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await worker.GetAsync($"/people/{c.Child.Id}/care/missing")).StatusCode);
        var record = await worker.GetDocumentAsync($"/people/{c.Child.Id}");
        Assert.Contains(record.QuerySelectorAll("a"), a => a.GetAttribute("href") == $"/people/{c.Child.Id}/missing" && a.TextContent.Trim() == "Safeguarding");
    }

    private async Task<IReadOnlyList<WorkItem>> TrayAsync(SocialCareCase c)
    {
        var snapshots = await app.AsUserAsync(c.Worker, s => s.GetRequiredService<WorkTrayQueries>().SnapshotsAsync([c.Child.Id], CancellationToken.None));
        return DueWork.For(snapshots[c.Child.Id], LocalTimescales.Default, new DateOnly(2026, 11, 25), WorkingDayCalendar.EnglandAndWales);
    }
}

public sealed class MissingFromHomeTestsOnSqlite(SqliteAppFactory app) : MissingFromHomeTests<SqliteAppFactory>(app);

public sealed class MissingFromHomeTestsOnPostgres(PostgresAppFactory app) : MissingFromHomeTests<PostgresAppFactory>(app);
