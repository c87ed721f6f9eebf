using System.Net;
using Haven.Domain.CaseRecording;
using Haven.Web.Tests.Infrastructure;
using Haven.Web.Tests.WorkTray;
using static Haven.Web.Tests.Casework.SocialCareTestData;

namespace Haven.Web.Tests.LookedAfter.Reviews;

/// <summary>
/// Statutory visits to a looked-after child are case notes; the visit page shows each placement's schedule, and the
/// work tray the next review, visit and care plan due. On both databases; today is Wednesday 25 November 2026.
/// </summary>
public abstract class CareVisitTests<TFactory>(TFactory app) : IClassFixture<TFactory> where TFactory : HavenAppFactory
{
    private static Dictionary<string, string> Visit(DateOnly on, string purpose = "LookedAfter") => Date("OccurredOn", on).With(new()
    {
        ["Type"] = "HomeVisit", ["Subject"] = "Statutory visit", ["Text"] = "Saw Lowen alone in his room. He said the Kellys are kind and he likes his new school.",
        ["VisitWentAhead"] = "true", ["ChildSeen"] = "true", ["SeenAlone"] = "true", ["VisitPurpose"] = purpose,
    });

    [Fact]
    public async Task The_case_note_form_offers_the_looked_after_purpose_for_a_child_in_care_and_the_note_says_so()
    {
        var c = await app.ChildInCareAsync("Lowen", "Tregarthen");
        var worker = await app.SignInAsync(c.Worker);
        var url = $"/people/{c.Child.Id}/case-notes/new";

        var form = await worker.GetDocumentAsync(url);
        Assert.NotNull(form.QuerySelector("input[name=VisitPurpose][value=LookedAfter]"));
        Assert.Equal(HttpStatusCode.Redirect, (await worker.PostFormAsync(url, await worker.GetFormAsync(url), Visit(new DateOnly(2026, 11, 20)))).StatusCode);

        var note = await app.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.CaseNotes, n => n.PersonId == c.Child.Id));
        Assert.Equal(VisitPurpose.LookedAfter, note.VisitPurpose);
        Assert.Contains("Looked-after child", Html.MainText(await worker.GetDocumentAsync($"/people/{c.Child.Id}/case-notes/{note.Id}")), StringComparison.Ordinal);

        // A child who is not in care is not offered it.
        var notInCare = await app.RegisterAsync(c.Worker, "Demelza", "Hosken", new DateOnly(2016, 1, 2));
        Assert.Null((await worker.GetDocumentAsync($"/people/{notInCare.Id}/case-notes/new")).QuerySelector("input[name=VisitPurpose][value=LookedAfter]"));
    }

    [Fact]
    public async Task The_visit_schedule_restarts_with_a_change_of_placement_and_shows_visits_on_time_late_and_missed()
    {
        // In care from Monday 1 June 2026 with the Ashdowns; moved to the Kellys on Monday 2 November.
        var c = await app.ChildInCareAsync("Loveday", "Penrose", movedOn: "2026-11-02");
        var worker = await app.SignInAsync(c.Worker);
        var url = $"/people/{c.Child.Id}/case-notes/new";
        foreach (var day in new[] { new DateOnly(2026, 6, 5), new DateOnly(2026, 7, 20), new DateOnly(2026, 11, 6) })
        {
            Assert.Equal(HttpStatusCode.Redirect, (await worker.PostFormAsync(url, await worker.GetFormAsync(url), Visit(day))).StatusCode);
        }
        // A visit for another purpose does not count.
        Assert.Equal(HttpStatusCode.Redirect, (await worker.PostFormAsync(url, await worker.GetFormAsync(url), Visit(new DateOnly(2026, 9, 1), "Assessment"))).StatusCode);

        var doc = await worker.GetDocumentAsync(c.Visits);
        var tables = doc.QuerySelectorAll("main table").Select(t => t.QuerySelectorAll("tbody tr")
            .Select(r => string.Join("|", r.QuerySelectorAll("td").Select(td => string.Join(" ", td.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))))).ToList()).ToList();
        Assert.Equal(2, tables.Count);
        Assert.Equal(
        [
            // A week after the move, Monday 9 November; seen on 6 November. Then 6 weeks on: Friday 18 December.
            "9 November 2026|6 November 2026|Visited on time|Yes",
            "18 December 2026|Not yet|Not yet due|",
        ], tables[0]);
        Assert.Equal(
        [
            "8 June 2026|5 June 2026|Visited on time|Yes",
            // 6 weeks after 5 June is 17 July: seen 3 days late on 20 July; the next, due 31 August, never happened before the move.
            "17 July 2026|20 July 2026|Visited late 3 days late|Yes",
            "31 August 2026|Not yet|Missed 63 days late|",
        ], tables[1]);
        Assert.Contains("Current placement: The Kellys", Html.MainText(doc), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_work_tray_shows_the_looked_after_review_visit_and_care_plan_due_linking_to_where_each_is_done()
    {
        var c = await app.ChildInCareAsync("Kerra", "Polglase", since: "2026-11-02");
        var team = await app.TeamAsync("Children in care", c.Manager.Id);
        await app.AllocateAsync(c.Child.Id, c.Worker.Id, team.Id, "2026-11-02");
        var worker = await app.SignInAsync(c.Worker);

        var doc = await worker.GetDocumentAsync("/work-tray");
        var links = doc.QuerySelectorAll("tbody tr td a[href*='/care/']").Select(a => (Href: a.GetAttribute("href"), Text: a.TextContent.Trim())).ToList();
        Assert.Contains(($"/people/{c.Child.Id}/care/reviews", "Looked-after review due for Kerra Polglase"), links);
        Assert.Contains(($"/people/{c.Child.Id}/care/visits", "Looked-after child visit due for Kerra Polglase"), links);
        Assert.Contains(($"/people/{c.Child.Id}/care/plans/care-plan", "Care plan due for Kerra Polglase"), links);
        // The review is due 30 November; the first visit was due 9 November, so it is overdue; the care plan 16 November.
        var text = Html.MainText(doc);
        Assert.Contains("30 Nov 2026", text, StringComparison.Ordinal);
        Assert.Contains("9 Nov 2026", text, StringComparison.Ordinal);
        Assert.Contains("16 Nov 2026", text, StringComparison.Ordinal);
    }
}

public sealed class CareVisitTestsOnSqlite(SqliteAppFactory app) : CareVisitTests<SqliteAppFactory>(app);

public sealed class CareVisitTestsOnPostgres(PostgresAppFactory app) : CareVisitTests<PostgresAppFactory>(app);
