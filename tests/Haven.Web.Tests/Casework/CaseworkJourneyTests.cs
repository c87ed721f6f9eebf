using System.Net;
using Haven.Domain.Access;
using Haven.Domain.Casework;
using Haven.Domain.Events;
using Haven.Web.Features.ChildInNeed;
using Haven.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Haven.Web.Tests.Casework.SocialCareTestData;

namespace Haven.Web.Tests.Casework;

/// <summary>The social care hub, an episode page and closing a case, through the real pages, on both databases.</summary>
public abstract class CaseworkJourneyTests<TFactory>(TFactory app) : IClassFixture<TFactory> where TFactory : HavenAppFactory
{
    private Task<Guid> PlanAsync(SocialCareCase c) => app.AsUserAsync(c.Worker, async s =>
        (await s.GetRequiredService<ChildInNeedService>().StartAsync(c.Child.Id, c.ReferralId, new DateOnly(2026, 11, 20), 12, 20, CancellationToken.None)).Id);

    private static Dictionary<string, string> Closure(DateOnly on, string reason = "RC7") =>
        Date("ClosedOn", on).With(new() { ["Reason"] = reason, ["Note"] = "Ellie is safe at home; school and the family hub keep in touch." });

    [Fact]
    public async Task A_case_with_an_open_plan_cannot_close_and_nothing_is_saved_then_closes_once_the_plan_ends()
    {
        var c = await app.ReferredChildAsync();
        await app.AssessmentAsync(c, submit: true);
        var worker = await app.SignInAsync(c.Worker);
        var url = $"{c.Episode}/close";
        var form = await worker.GetFormAsync(url);

        // The assessment is waiting for a manager: not closable yet.
        var waiting = await worker.PostFormAsync(url, form, Closure(new DateOnly(2026, 11, 25)));
        Assert.Equal(HttpStatusCode.BadRequest, waiting.StatusCode);
        // The refusal says what is open, and links to the episode where it is finished.
        var waitingDoc = await waiting.ReadDocumentAsync();
        Assert.Equal(["The case still has an assessment that is not authorised. End or complete it before closing the case",
            "Go to the episode to end its plans and enquiries and finish its assessments"], Html.ErrorSummary(waitingDoc));
        Assert.NotNull(waitingDoc.QuerySelector($".govuk-error-summary a[href='{c.Episode}']"));

        await app.AsUserAsync(c.Manager, async s =>
        {
            await s.GetRequiredService<Haven.Web.Features.Assessments.AssessmentService>().AuthoriseAsync(
                (await s.GetRequiredService<Haven.Data.HavenDbContext>().Assessments.SingleAsync(a => a.ReferralId == c.ReferralId)).Id, null, null, null, CancellationToken.None);
            return 0;
        });
        var planId = await PlanAsync(c);

        var refused = await worker.PostFormAsync(url, form, Closure(new DateOnly(2026, 11, 25)));
        var doc = await refused.ReadDocumentAsync();
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(["The case still has a child in need plan. End or complete it before closing the case",
            "Go to the episode to end its plans and enquiries and finish its assessments"], Html.ErrorSummary(doc));
        Assert.Equal("The case still has a child in need plan. End or complete it before closing the case", Html.InlineError(doc, "Reason"));
        Assert.Equal("Ellie is safe at home; school and the family hub keep in touch.", doc.QuerySelector("#Note")!.TextContent.Trim());
        var referral = await app.WithDbAsync(db => db.Referrals.AsNoTracking().SingleAsync(r => r.Id == c.ReferralId));
        Assert.Null(referral.ClosedOn);
        Assert.Null(referral.ReasonForClosure);
        Assert.Empty(await app.EventsAsync(c.Child, CaseEventTypes.CaseClosed));

        await app.AsUserAsync(c.Worker, async s =>
        {
            await s.GetRequiredService<ChildInNeedService>().EndAsync(planId, new DateOnly(2026, 11, 24), Haven.Domain.ChildProtection.PlanEndReason.NoLongerNeeded, null, CancellationToken.None);
            return 0;
        });
        // The assessment was authorised today, 25 November: the case cannot close on the day before.
        var beforeActivity = await worker.PostFormAsync(url, form, Closure(new DateOnly(2026, 11, 24)));
        Assert.Equal(HttpStatusCode.BadRequest, beforeActivity.StatusCode);
        Assert.Equal("The case cannot close before its last recorded activity on 25 November 2026", Html.InlineError(await beforeActivity.ReadDocumentAsync(), "ClosedOn"));

        var closed = await worker.PostFormAsync(url, form, Closure(new DateOnly(2026, 11, 25)));
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        referral = await app.WithDbAsync(db => db.Referrals.AsNoTracking().SingleAsync(r => r.Id == c.ReferralId));
        Assert.Equal((new DateOnly(2026, 11, 25), "RC7"), (referral.ClosedOn, referral.ReasonForClosure));
        var e = Assert.Single(await app.EventsAsync(c.Child, CaseEventTypes.CaseClosed));
        Assert.Contains(new FieldChange("Reason for closure", null, "RC7: Services ceased for any other reason, including child no longer in need"), e.Changes);
        Assert.Contains(new FieldChange("Status", "Open", "Closed"), e.Changes);
        Assert.Equal(c.Worker.Id, e.ActorUserId);

        var hub = Html.MainText(await worker.GetDocumentAsync($"/people/{c.Child.Id}/social-care"));
        Assert.Contains("Services ceased for any other reason", hub, StringComparison.Ordinal);
        Assert.Contains("No open episode", hub, StringComparison.Ordinal);
        // A closed episode can no longer be changed.
        var again = await worker.GetAsync($"{c.Episode}/assessments/new");
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.EndsWith(c.Episode, again.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_closure_before_the_referral_or_without_a_reason_is_refused_with_messages()
    {
        var c = await app.ReferredChildAsync("Lola", "Pennock");
        var worker = await app.SignInAsync(c.Worker);
        var url = $"{c.Episode}/close";
        var response = await worker.PostFormAsync(url, await worker.GetFormAsync(url), Date("ClosedOn", new DateOnly(2026, 10, 30)).With(new() { ["Note"] = "" }));
        var doc = await response.ReadDocumentAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["The case cannot close before the referral on 2 November 2026", "Select the reason for closure", "Enter the reasons for closing the case"], Html.ErrorSummary(doc));
        Assert.Null((await app.WithDbAsync(db => db.Referrals.SingleAsync(r => r.Id == c.ReferralId))).ClosedOn);
    }

    [Fact]
    public async Task The_service_runs_the_closure_rule_itself_so_a_caller_without_the_page_is_refused_too()
    {
        var c = await app.ReferredChildAsync("Mara", "Quinlan");
        var refused = await Assert.ThrowsAsync<Haven.Web.Infrastructure.CaseRuleException>(() => app.AsUserAsync(c.Worker, async s =>
        {
            await s.GetRequiredService<Haven.Web.Features.Casework.CaseworkService>().CloseAsync(c.Child.Id, c.ReferralId, null, null, " ", CancellationToken.None);
            return 0;
        }));
        Assert.Equal(
            [EpisodeRules.ClosureFields.ClosedOn, EpisodeRules.ClosureFields.Reason, EpisodeRules.ClosureFields.Note],
            refused.Result.Problems.Select(p => p.Field));
        Assert.Equal("Enter the date the case closed", refused.Result.MessageFor(EpisodeRules.ClosureFields.ClosedOn));
        Assert.Null((await app.WithDbAsync(db => db.Referrals.SingleAsync(r => r.Id == c.ReferralId))).ClosedOn);
        Assert.Empty(await app.EventsAsync(c.Child, CaseEventTypes.CaseClosed));
    }

    [Fact]
    public async Task The_hub_lists_each_episode_with_where_the_child_is_now()
    {
        var c = await app.ReferredChildAsync("Finn", "Achterberg");
        var worker = await app.SignInAsync(c.Worker);
        var hubUrl = $"/people/{c.Child.Id}/social-care";
        var hub = await worker.GetDocumentAsync(hubUrl);
        var row = hub.QuerySelector("main table tbody tr")!.TextContent;
        Assert.Contains("2 November 2026", row, StringComparison.Ordinal);
        Assert.Contains("Schools", row, StringComparison.Ordinal);
        Assert.Contains("Family in acute stress", row, StringComparison.Ordinal);
        Assert.Contains("Open", row, StringComparison.Ordinal);
        Assert.NotNull(hub.QuerySelector($"a[href='{c.Episode}']"));

        await app.AssessmentAsync(c);
        var withAssessment = await worker.GetDocumentAsync(hubUrl);
        Assert.Contains("Assessment due 7 January 2027", withAssessment.QuerySelector("main table tbody tr")!.TextContent.Replace("\n", " ", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("Now: Assessment in progress", Html.MainText(await worker.GetDocumentAsync(hubUrl)).Replace("\n", " ", StringComparison.Ordinal).Replace("  ", " ", StringComparison.Ordinal), StringComparison.Ordinal);
        await PlanAsync(c);
        Assert.Contains("On a child in need plan", Html.MainText(await worker.GetDocumentAsync(hubUrl)), StringComparison.Ordinal);
        var episode = Html.MainText(await worker.GetDocumentAsync(c.Episode));
        Assert.Contains("7 January 2027", episode, StringComparison.Ordinal);
        Assert.Contains("No strategy discussion, enquiry, conference or plan in this episode yet.", episode, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_auditor_reads_an_episode_but_cannot_close_it()
    {
        var c = await app.ReferredChildAsync("Ruby", "Dancy");
        var auditor = await app.SignInAsync(await app.CreateUserAsync("Casework Auditor", Role.Auditor));
        Assert.Equal(HttpStatusCode.OK, (await auditor.GetAsync(c.Episode)).StatusCode);
        var close = await auditor.GetAsync($"{c.Episode}/close");
        Assert.Equal(HttpStatusCode.Redirect, close.StatusCode);
        Assert.Contains("access-denied", close.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var views = await app.WithDbAsync(db => db.RecordViews.Where(v => v.PersonId == c.Child.Id && v.Page == "/Casework/Episode").CountAsync());
        Assert.Equal(1, views);
    }
}

public sealed class CaseworkJourneyTestsOnSqlite(SqliteAppFactory app) : CaseworkJourneyTests<SqliteAppFactory>(app);

public sealed class CaseworkJourneyTestsOnPostgres(PostgresAppFactory app) : CaseworkJourneyTests<PostgresAppFactory>(app);
