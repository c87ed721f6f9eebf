using System.Net;
using Haven.Data;
using Haven.Domain.Access;
using Haven.Domain.Calendar;
using Haven.Domain.Casework;
using Haven.Domain.Events;
using Haven.Domain.People;
using Haven.Web.Features.WorkTray;
using Haven.Web.Tests.Casework;
using Haven.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Haven.Web.Tests.Casework.SocialCareTestData;

namespace Haven.Web.Tests.Safeguarding;

/// <summary>
/// A private fostering arrangement through the real pages, on both databases: notified on Monday 16 November 2026, the
/// first visit due 7 working days later (Wednesday 25 November, the fake clock's today), assessed, visited, ended; each
/// step one event and one chronology entry; the visit clock on the work tray; the year's figures with an audited CSV.
/// </summary>
public abstract class PrivateFosteringTests<TFactory>(TFactory app) : IClassFixture<TFactory> where TFactory : HavenAppFactory
{
    [Fact]
    public async Task An_arrangement_is_notified_visited_in_time_assessed_and_ended_and_counted_in_the_years_figures()
    {
        var c = await app.ReferredChildAsync("Amara", "Okoye");
        var worker = await app.SignInAsync(c.Worker);
        var list = $"/people/{c.Child.Id}/private-fostering";
        var notify = $"{list}/new";

        var noCarer = await worker.PostFormAsync(notify, await worker.GetFormAsync(notify), Date("NotifiedOn", new DateOnly(2026, 11, 16))
            .With(Date("StartedOn", new DateOnly(2026, 11, 9))).With(new() { ["NotifiedBy"] = "Mrs Hale, head teacher at Kingsford Academy", ["CarerName"] = "" }));
        Assert.Equal(HttpStatusCode.BadRequest, noCarer.StatusCode);
        var noCarerDoc = await noCarer.ReadDocumentAsync();
        Assert.Equal("Enter the private foster carer's name", Html.InlineError(noCarerDoc, "CarerName"));
        Assert.Equal("Mrs Hale, head teacher at Kingsford Academy", Html.Value(noCarerDoc, "NotifiedBy"));
        Assert.False(await app.WithDbAsync(db => db.PrivateFosteringArrangements.AnyAsync(a => a.PersonId == c.Child.Id)));

        Assert.Equal(HttpStatusCode.Redirect, (await worker.PostFormAsync(notify, await worker.GetFormAsync(notify), Date("NotifiedOn", new DateOnly(2026, 11, 16))
            .With(Date("StartedOn", new DateOnly(2026, 11, 9))).With(new()
            {
                ["NotifiedBy"] = "Mrs Hale, head teacher at Kingsford Academy", ["CarerName"] = "Grace Adeyemi", ["CarerRelationship"] = "Family friend",
            }))).StatusCode);
        var arrangement = await app.WithDbAsync(db => db.PrivateFosteringArrangements.SingleAsync(a => a.PersonId == c.Child.Id));
        var page = Html.MainText(await worker.GetDocumentAsync(list));
        Assert.Contains("Living with Grace Adeyemi from 9 November 2026", page, StringComparison.Ordinal);
        Assert.Contains("25 November 2026", page, StringComparison.Ordinal); // 7 working days from Monday 16 November
        Assert.Equal((new DateOnly(2026, 11, 25), TimescaleState.DueSoon), await NextVisitOnTrayAsync(c));

        // A second notification while this one is open is refused, nothing saved.
        Assert.Equal(HttpStatusCode.BadRequest, (await worker.PostFormAsync(notify, await worker.GetFormAsync(notify), Date("NotifiedOn", new DateOnly(2026, 11, 20))
            .With(Date("StartedOn", new DateOnly(2026, 11, 20))).With(new() { ["NotifiedBy"] = "Mother", ["CarerName"] = "Someone else" }))).StatusCode);
        Assert.Equal(1, await app.WithDbAsync(db => db.PrivateFosteringArrangements.CountAsync(a => a.PersonId == c.Child.Id)));

        var visit = $"{list}/{arrangement.Id}/visit";
        var early = await worker.PostFormAsync(visit, await worker.GetFormAsync(visit), Date("VisitedOn", new DateOnly(2026, 11, 13)));
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Equal("The visit cannot be before the notification on 16 November 2026", Html.InlineError(await early.ReadDocumentAsync(), "VisitedOn"));
        Assert.Equal(HttpStatusCode.Redirect, (await worker.PostFormAsync(visit, await worker.GetFormAsync(visit), Date("VisitedOn", new DateOnly(2026, 11, 25))
            .With(new() { ["SeenAlone"] = "true", ["Note"] = "Amara has her own room and walks to school with Grace's daughter." }))).StatusCode);
        Assert.Contains("Completed in time", Html.MainText(await worker.GetDocumentAsync(list)), StringComparison.Ordinal);
        // Then within 6 weeks, in the arrangement's first year: Wednesday 6 January 2027.
        Assert.Equal((new DateOnly(2027, 1, 6), TimescaleState.NotYetDue), await NextVisitOnTrayAsync(c));

        var assess = $"{list}/{arrangement.Id}/assessment";
        Assert.Equal(HttpStatusCode.Redirect, (await worker.PostFormAsync(assess, await worker.GetFormAsync(assess), Date("AssessedOn", new DateOnly(2026, 11, 24))
            .With(new() { ["Suitable"] = "true", ["AssessmentSummary"] = "DBS checks clear; mother in Lagos until March agrees." }))).StatusCode);

        var end = $"{list}/{arrangement.Id}/end";
        Assert.Equal(HttpStatusCode.Redirect, (await worker.PostFormAsync(end, await worker.GetFormAsync(end), Date("EndedOn", new DateOnly(2026, 11, 25))
            .With(new() { ["EndReason"] = "ReturnedToParents" }))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await worker.GetAsync(visit)).StatusCode); // ended: no more visits
        Assert.Null(await NextVisitOnTrayAsync(c));

        var events = await app.EventsAsync(c.Child, CaseEventTypes.PrivateFosteringNotified, CaseEventTypes.PrivateFosteringVisited, CaseEventTypes.PrivateFosteringAssessed, CaseEventTypes.PrivateFosteringEnded);
        Assert.Equal([CaseEventTypes.PrivateFosteringNotified, CaseEventTypes.PrivateFosteringVisited, CaseEventTypes.PrivateFosteringAssessed, CaseEventTypes.PrivateFosteringEnded], events.Select(e => e.Type));
        Assert.Equal("Private fostering notified on 16 November 2026: living with Grace Adeyemi; first visit due by 25 November 2026", events[0].Summary);
        var chronology = (await worker.GetDocumentAsync($"/people/{c.Child.Id}/chronology")).QuerySelectorAll("main p.govuk-body").Select(p => p.TextContent.Trim()).ToList();
        Assert.Single(chronology, "Private fostering notified: living with Grace Adeyemi from 9 November 2026");
        Assert.Single(chronology, "Private fostering visit: child seen alone");
        Assert.Single(chronology, "Private fostering assessment: suitable");
        Assert.Single(chronology, "Private fostering ended: returned to live with a parent");

        // The year's figures: for a service manager (who runs returns), not a social worker.
        Assert.NotEqual(HttpStatusCode.OK, (await worker.GetAsync("/private-fostering")).StatusCode);
        var managerUser = await app.CreateUserAsync("Figures Manager", Role.ServiceManager);
        var manager = await app.SignInAsync(managerUser);
        var figures = (await manager.GetDocumentAsync("/private-fostering?Year=2027")).QuerySelector("#figures")!.TextContent;
        Assert.Matches(@"Notifications received\s*1", figures);
        Assert.Matches(@"First visits within 7 working days\s*1", figures);
        var csv = await manager.GetAsync("/private-fostering?Year=2027&Download=csv");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Contains("Arrangements that ended,1", await csv.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Type == AuditEventTypes.Exported && e.ActorUserId == managerUser.Id && e.TargetId == "private-fostering-2026-27.csv")));
    }

    private async Task<(DateOnly, TimescaleState)?> NextVisitOnTrayAsync(SocialCareCase c)
    {
        var snapshots = await app.AsUserAsync(c.Worker, s => s.GetRequiredService<WorkTrayQueries>().SnapshotsAsync([c.Child.Id], CancellationToken.None));
        var item = DueWork.For(snapshots[c.Child.Id], LocalTimescales.Default, new DateOnly(2026, 11, 25), WorkingDayCalendar.EnglandAndWales)
            .SingleOrDefault(i => i.Kind == WorkKind.PrivateFosteringVisit);
        return item is null ? null : (item.DueOn, item.State);
    }
}

public sealed class PrivateFosteringTestsOnSqlite(SqliteAppFactory app) : PrivateFosteringTests<SqliteAppFactory>(app);

public sealed class PrivateFosteringTestsOnPostgres(PostgresAppFactory app) : PrivateFosteringTests<PostgresAppFactory>(app);
