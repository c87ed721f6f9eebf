using System.Net;
using Haven.Domain.Escalations;
using Haven.Domain.Events;
using Haven.Web.Tests.Casework;
using Haven.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Haven.Web.Tests.LookedAfter.Reviews;

/// <summary>
/// The IRO's escalation (dispute resolution) about a looked-after child's care plan, raised from the reviews page,
/// on both databases. The child came into care on Monday 1 June 2026; the fake clock's today is 25 November 2026.
/// </summary>
public abstract class CarePlanEscalationTests<TFactory>(TFactory app) : IClassFixture<TFactory> where TFactory : HavenAppFactory
{
    private static Dictionary<string, string> Raise(string day, string month, string raisedWith = "Sam Manager, team manager") => new()
    {
        ["Stage"] = "Informal", ["RaisedOn.Day"] = day, ["RaisedOn.Month"] = month, ["RaisedOn.Year"] = "2026",
        ["RaisedWith"] = raisedWith, ["Concern"] = "No permanence plan after the second review; the plan drifts.",
    };

    [Fact]
    public async Task The_IRO_escalates_the_care_plan_from_the_reviews_page_and_finds_it_on_their_home_list()
    {
        var c = await app.ChildInCareAsync("Esme", "Carbury");
        var iro = await app.SignInAsync(c.Iro);

        var reviews = await iro.GetDocumentAsync(c.Reviews);
        var raiseUrl = reviews.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).Single(h => h?.Contains("/escalations/new", StringComparison.Ordinal) == true)!;
        Assert.Equal($"/people/{c.Child.Id}/escalations/new?kind=CarePlan&plan={c.Period.Id}", raiseUrl);
        var form = await iro.GetFormAsync(raiseUrl);

        // Before the child came into care: refused by the date, keeping what was typed, nothing saved.
        var early = await iro.PostFormAsync(raiseUrl, form, Raise("29", "5"));
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        var earlyDoc = await early.ReadDocumentAsync();
        Assert.Contains(Html.ErrorSummary(earlyDoc), m => m.Contains("after the plan started", StringComparison.Ordinal));
        Assert.Equal("Sam Manager, team manager", Html.Value(earlyDoc, "RaisedWith"));
        Assert.False(await app.WithDbAsync(db => db.Escalations.AnyAsync(e => e.PersonId == c.Child.Id)));

        var raised = await iro.PostFormAsync(raiseUrl, form, Raise("10", "11"));
        Assert.Equal(HttpStatusCode.Redirect, raised.StatusCode);
        Assert.Equal(c.Reviews, raised.Headers.Location?.OriginalString);
        var escalation = await app.WithDbAsync(db => db.Escalations.SingleAsync(e => e.PersonId == c.Child.Id));
        Assert.Equal((PlanKind.CarePlan, c.Period.Id, EscalationStage.Informal), (escalation.ConcernsKind, escalation.ConcernsId, escalation.Stage));
        var raisedEvent = Assert.Single(await app.EventsAsync(c.Child, CaseEventTypes.EscalationRaised));
        Assert.Equal("Escalation raised (informal) about the care plan", raisedEvent.Summary);

        // The reviews page shows it with its stage; the escalation's page says what it is about.
        Assert.Contains("Escalation raised 10 November 2026", Html.MainText(await iro.GetDocumentAsync(c.Reviews)), StringComparison.Ordinal);
        Assert.Contains("Care plan", Html.MainText(await iro.GetDocumentAsync($"/people/{c.Child.Id}/escalations/{escalation.Id}")), StringComparison.Ordinal);

        // On the IRO's home list, with the stage and the date it reached it.
        var home = await iro.GetDocumentAsync("/");
        var row = home.QuerySelectorAll("[data-list=escalations] tbody tr").Single(r => r.TextContent.Contains("Esme Carbury", StringComparison.Ordinal));
        Assert.Contains("Care plan", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Informal", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("10 November 2026", row.TextContent, StringComparison.Ordinal);

        // The social worker sees the escalation on the reviews page but cannot raise one.
        var worker = await app.SignInAsync(c.Worker);
        var workerView = await worker.GetDocumentAsync(c.Reviews);
        Assert.Contains("Escalation raised 10 November 2026", Html.MainText(workerView), StringComparison.Ordinal);
        Assert.DoesNotContain(workerView.QuerySelectorAll("a"), a => a.GetAttribute("href")?.Contains("/escalations/new", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task A_care_plan_escalation_for_a_period_of_another_child_is_not_found()
    {
        var c = await app.ChildInCareAsync("Ned", "Ardley");
        var other = await app.ChildInCareAsync("Olive", "Ardley");
        var iro = await app.SignInAsync(c.Iro);
        Assert.Equal(HttpStatusCode.NotFound, (await iro.GetAsync($"/people/{c.Child.Id}/escalations/new?kind=CarePlan&plan={other.Period.Id}")).StatusCode);
    }
}

public sealed class CarePlanEscalationTestsOnSqlite(SqliteAppFactory app) : CarePlanEscalationTests<SqliteAppFactory>(app);

public sealed class CarePlanEscalationTestsOnPostgres(PostgresAppFactory app) : CarePlanEscalationTests<PostgresAppFactory>(app);
