using System.Net;
using System.Text.RegularExpressions;
using Haven.Data;
using Haven.Domain.Access;
using Haven.Domain.EarlyHelp;
using Haven.Domain.FrontDoor;
using Haven.Domain.People;
using Haven.Web.Features.EarlyHelp;
using Haven.Web.Features.FrontDoor;
using Haven.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Haven.Web.Tests.EarlyHelp;

/// <summary>
/// Issue 17's early help bugs: the chronology shows what was true then, a plan cannot close with actions left
/// silently "To do", step-down needs social care history, and a lead change is dated. On both databases.
/// </summary>
public abstract class EarlyHelpHistoryTests<TFactory>(TFactory app) : IClassFixture<TFactory> where TFactory : HavenAppFactory
{
    private async Task<(ApplicationUser Worker, Person Child, Guid EpisodeId, HttpClient Client)> StartedAsync(string first = "Mia")
    {
        var worker = await app.CreateUserAsync($"{first} History Worker", Role.SocialWorker);
        var child = await app.RegisterAsync(worker, first, "Fairweather", new DateOnly(2016, 6, 12));
        var episodeId = await app.AsUserAsync(worker, async s => (await s.GetRequiredService<EarlyHelpService>().StartAsync(child.Id,
            new EarlyHelpStartDetails(EarlyHelpStart.AgencyRequest, new DateOnly(2026, 9, 1), "Sarah Patel", "Northbridge Primary School", null), CancellationToken.None)).Id);
        return (worker, child, episodeId, await app.SignInAsync(worker));
    }

    private static string Page(Person child, Guid episode, string path = "") => $"/people/{child.Id}/early-help/{episode}{path}";

    private static Dictionary<string, string> Date(string field, DateOnly date) => new()
    {
        [$"{field}.Day"] = date.Day.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [$"{field}.Month"] = date.Month.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [$"{field}.Year"] = date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static Dictionary<string, string> With(Dictionary<string, string> a, Dictionary<string, string> b)
    {
        var all = new Dictionary<string, string>(a);
        foreach (var (key, value) in b)
        {
            all[key] = value;
        }
        return all;
    }

    private static string Text(AngleSharp.Html.Dom.IHtmlDocument doc) => Regex.Replace(Html.MainText(doc), @"\s+", " ");

    private static List<string> Timeline(AngleSharp.Html.Dom.IHtmlDocument doc) =>
        doc.QuerySelectorAll(".moj-timeline__item .moj-timeline__description p").Select(p => Regex.Replace(p.TextContent, @"\s+", " ").Trim()).ToList();

    private async Task ChangeLeadAsync(HttpClient client, Person child, Guid episodeId, DateOnly on, string lead, string reason)
    {
        var url = Page(child, episodeId, "/lead");
        var posted = await client.PostFormAsync(url, await client.GetFormAsync(url),
            With(Date("ChangedOn", on), new() { ["LeadProfessional"] = lead, ["LeadAgency"] = "Havenshire Family Hub", ["Reason"] = reason }));
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
    }

    [Fact]
    public async Task The_chronology_shows_the_lead_as_it_was_then_and_each_early_help_step_once()
    {
        var (worker, child, episodeId, client) = await StartedAsync();
        await ChangeLeadAsync(client, child, episodeId, new DateOnly(2026, 10, 1), "Jo Green", "School DSL on long-term leave");
        await app.AsUserAsync(worker, async s =>
        {
            var eh = s.GetRequiredService<EarlyHelpService>();
            var ct = CancellationToken.None;
            await eh.RecordAssessmentAsync(episodeId, new DateOnly(2026, 9, 20), "I want mornings to be calmer.", "Mum wants routines.", "Gran nearby.", "Sleep.", ct);
            var action = await eh.AddActionAsync(episodeId, "Sleep routine plan", "Jo Green", new DateOnly(2026, 10, 15), ct);
            await eh.CompleteActionAsync(episodeId, action.Id, new DateOnly(2026, 10, 14), ct);
            await eh.RecordReviewAsync(episodeId, new DateOnly(2026, 10, 20), "Better sleep.", "Calmer.", new DateOnly(2026, 12, 1), ct);
            return 0;
        });

        var lines = Timeline(await client.GetDocumentAsync($"/people/{child.Id}/chronology"));
        Assert.Contains("Early help started, lead professional Sarah Patel (Northbridge Primary School)", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("Early help started, lead professional Jo Green", StringComparison.Ordinal));
        Assert.Single(lines, l => l == "Early help lead professional changed from Sarah Patel (Northbridge Primary School) to Jo Green (Havenshire Family Hub): School DSL on long-term leave");
        Assert.Single(lines, l => l == "Early help assessment completed");
        Assert.Single(lines, l => l == "Early help plan action done: Sleep routine plan (Jo Green)");
        Assert.Single(lines, l => l == "Early help reviewed, next review 1 December 2026");
    }

    [Fact]
    public async Task The_lead_change_is_dated_and_the_date_is_checked()
    {
        var (_, child, episodeId, client) = await StartedAsync("Ava");
        var url = Page(child, episodeId, "/lead");
        var form = await client.GetFormAsync(url);
        Dictionary<string, string> Fields(DateOnly on) => With(Date("ChangedOn", on), new() { ["LeadProfessional"] = "Jo Green", ["LeadAgency"] = "Havenshire Family Hub", ["Reason"] = "School DSL on leave" });

        var future = await client.PostFormAsync(url, form, Fields(new DateOnly(2030, 1, 1)));
        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
        var futureDoc = await future.ReadDocumentAsync();
        Assert.Equal("The date the lead professional changed must be today or in the past", Html.InlineError(futureDoc, "ChangedOn"));
        Assert.Equal("Jo Green", Html.Value(futureDoc, "LeadProfessional"));

        var early = await client.PostFormAsync(url, form, Fields(new DateOnly(2026, 8, 1)));
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Equal("The date the lead professional changed must be the same as or after early help started on 1 September 2026", Html.InlineError(await early.ReadDocumentAsync(), "ChangedOn"));
        Assert.Equal(0, await app.WithDbAsync(db => db.EarlyHelpLeadChanges.CountAsync(c => c.EpisodeId == episodeId)));

        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(url, form, Fields(new DateOnly(2026, 10, 1)))).StatusCode);
        Assert.Equal(new DateOnly(2026, 10, 1), (await app.WithDbAsync(db => db.EarlyHelpLeadChanges.SingleAsync(c => c.EpisodeId == episodeId))).ChangedOn);
    }

    [Fact]
    public async Task Closing_with_actions_to_do_asks_what_happened_to_them_and_a_closed_plan_shows_none_overdue()
    {
        var (worker, child, episodeId, client) = await StartedAsync("Isla");
        var actionId = await app.AsUserAsync(worker, async s =>
            (await s.GetRequiredService<EarlyHelpService>().AddActionAsync(episodeId, "Book a hearing test", "Sam Okoro", new DateOnly(2026, 11, 20), CancellationToken.None)).Id);
        var url = Page(child, episodeId, "/close");
        var form = await client.GetFormAsync(url);
        Assert.Contains("Book a hearing test", Text(await client.GetDocumentAsync(url)), StringComparison.Ordinal);

        var refused = await client.PostFormAsync(url, form, With(Date("EndDate", new DateOnly(2026, 11, 25)), new() { ["Outcome"] = "NeedsMet", ["Note"] = "Routines in place." }));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var refusedDoc = await refused.ReadDocumentAsync();
        Assert.Equal("Say what happened to the action not done", Html.InlineError(refusedDoc, "OutstandingActions"));
        Assert.Equal("Routines in place.", refusedDoc.QuerySelector("#Note")!.TextContent);
        Assert.True((await app.WithDbAsync(db => db.EarlyHelpEpisodes.SingleAsync(e => e.Id == episodeId))).IsOpen);

        var closed = await client.PostFormAsync(url, form, With(Date("EndDate", new DateOnly(2026, 11, 25)),
            new() { ["Outcome"] = "NeedsMet", ["Note"] = "Routines in place.", ["OutstandingActions"] = "Passed to the school nurse" }));
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        var action = await app.WithDbAsync(db => db.EarlyHelpActions.SingleAsync(a => a.Id == actionId));
        Assert.Equal((new DateOnly(2026, 11, 25), "Passed to the school nurse"), (action.EndedOn, action.EndReason));
        var closing = Assert.Single(await app.WithDbAsync(db => db.CaseEvents.Where(e => e.PersonId == child.Id && e.Type == Haven.Domain.Events.CaseEventTypes.EarlyHelpClosed).ToListAsync()));
        Assert.Contains(new Haven.Domain.Events.FieldChange("Action: Book a hearing test", "To do", "Not done: Passed to the school nurse"), closing.Changes);

        // Due 20 November, today 25 November: an open plan would call it overdue, a closed one must not.
        var plan = (await client.GetDocumentAsync(Page(child, episodeId))).QuerySelector("#plan + table tbody")!.TextContent;
        Assert.DoesNotContain("Overdue", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("To do", plan, StringComparison.Ordinal);
        Assert.Contains("Not done", plan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Step_down_is_offered_only_to_a_child_with_social_care_history()
    {
        var worker = await app.CreateUserAsync("Step Down Worker", Role.SocialWorker);
        var never = await app.RegisterAsync(worker, "Ella", "Neverknown", new DateOnly(2017, 2, 3));
        var known = await app.RegisterAsync(worker, "Finn", "Knownbefore", new DateOnly(2015, 2, 3));
        await app.AsUserAsync(worker, async s =>
        {
            var fd = s.GetRequiredService<FrontDoorService>();
            var c = (await fd.RecordAsync([known.Id], new ContactDetails(new DateTime(2026, 9, 1, 9, 0, 0, DateTimeKind.Utc), ContactRoute.Phone, ContactKind.Referral, "2A",
                "Ms Ada Lovegood", "Northbridge Primary School", null, null, null, null, "Finn has bruises.", null, ConsentToShare.NotRequired, null, YesNoNotKnown.No), CancellationToken.None))[0];
            await fd.MarkHistoryReadAsync(c.Id, null, CancellationToken.None);
            await fd.DecideAsync(c.Id, new DecisionDetails(ScreeningOutcome.ReferralForAssessment, ThresholdLevel.ChildInNeed, "Needs an assessment.", null, null, "N1"), CancellationToken.None);
            return 0;
        });
        var client = await app.SignInAsync(worker);

        Assert.Null((await client.GetDocumentAsync($"/people/{never.Id}/early-help/start?steppedDown=true")).QuerySelector("input[value=SteppedDownFromSocialCare]"));
        var url = $"/people/{never.Id}/early-help/start";
        var refused = await client.PostFormAsync(url, await client.GetFormAsync(url), With(Date("StartDate", new DateOnly(2026, 11, 25)),
            new() { ["StartedBy"] = "SteppedDownFromSocialCare", ["LeadProfessional"] = "Jo Green", ["LeadAgency"] = "Family Hub" }));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.EarlyHelpEpisodes.CountAsync(e => e.PersonId == never.Id)));

        Assert.NotNull((await client.GetDocumentAsync($"/people/{known.Id}/early-help/start")).QuerySelector("input[value=SteppedDownFromSocialCare]"));
    }
}

public sealed class EarlyHelpHistoryTestsOnSqlite(SqliteAppFactory app) : EarlyHelpHistoryTests<SqliteAppFactory>(app);

public sealed class EarlyHelpHistoryTestsOnPostgres(PostgresAppFactory app) : EarlyHelpHistoryTests<PostgresAppFactory>(app);
