using System.Net;
using Haven.Domain.ChildInNeed;
using Haven.Domain.ChildProtection;
using Haven.Domain.Events;
using Haven.Web.Tests.Casework;
using Haven.Web.Tests.Infrastructure;
using Haven.Web.Tests.WorkTray;
using Microsoft.EntityFrameworkCore;
using static Haven.Web.Tests.Casework.SocialCareTestData;

namespace Haven.Web.Tests.ChildInNeed;

/// <summary>A child in need plan started, acted on, reviewed and ended through the real pages, on both databases.</summary>
public abstract class ChildInNeedJourneyTests<TFactory>(TFactory app) : IClassFixture<TFactory> where TFactory : HavenAppFactory
{
    private Task<ChildInNeedPlan> PlanAsync(SocialCareCase c) =>
        app.WithDbAsync(db => db.ChildInNeedPlans.AsNoTracking().Include(p => p.Reviews).SingleAsync(p => p.ReferralId == c.ReferralId));

    private async Task<(HttpClient Worker, ChildInNeedPlan Plan)> StartedPlanAsync(SocialCareCase c)
    {
        var worker = await app.SignInAsync(c.Worker);
        var url = $"{c.Episode}/child-in-need/new";
        var form = await worker.GetFormAsync(url);
        var started = await worker.PostFormAsync(url, form, Date("StartDate", new DateOnly(2026, 11, 10)).With(new() { ["ReviewIntervalWeeks"] = "6", ["VisitFrequencyWorkingDays"] = "10" }));
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        return (worker, await PlanAsync(c));
    }

    [Fact]
    public async Task A_plan_is_started_with_actions_reviewed_and_ended_as_a_step_down_that_offers_early_help()
    {
        var c = await app.ReferredChildAsync();
        var worker0 = await app.SignInAsync(c.Worker);
        var startDoc = await worker0.GetDocumentAsync($"{c.Episode}/child-in-need/new");
        // The authority's usual intervals are offered.
        Assert.Equal(("12", "20"), (Html.Value(startDoc, "ReviewIntervalWeeks"), Html.Value(startDoc, "VisitFrequencyWorkingDays")));

        var (worker, plan) = await StartedPlanAsync(c);
        Assert.Equal((new DateOnly(2026, 11, 10), 6, 10), (plan.StartDate, plan.ReviewIntervalWeeks, plan.VisitFrequencyWorkingDays));
        var episode = Html.MainText(await worker.GetDocumentAsync(c.Episode));
        // Six weeks after Tuesday 10 November 2026.
        Assert.Contains("22 December 2026", episode, StringComparison.Ordinal);
        Assert.Contains("On a child in need plan", episode, StringComparison.Ordinal);

        var planUrl = $"{c.Episode}/child-in-need/{plan.Id}";
        var actionUrl = $"{planUrl}/actions/new";
        var noOwner = await worker.PostFormAsync(actionUrl, await worker.GetFormAsync(actionUrl), Date("DueDate", new DateOnly(2026, 12, 18)).With(new()
        {
            ["Need"] = "Ellie is frightened by arguments at night.", ["Action"] = "Mum and partner attend a healthy relationships course.", ["Owner"] = "",
        }));
        Assert.Equal(HttpStatusCode.BadRequest, noOwner.StatusCode);
        Assert.Equal(["Enter who will do it"], Html.ErrorSummary(await noOwner.ReadDocumentAsync()));
        Assert.Equal(HttpStatusCode.Redirect, (await worker.PostFormAsync(actionUrl, await worker.GetFormAsync(actionUrl), Date("DueDate", new DateOnly(2026, 12, 18)).With(new()
        {
            ["Need"] = "Ellie is frightened by arguments at night.", ["Action"] = "Mum and partner attend a healthy relationships course.",
            ["Owner"] = "Mum, with Havenshire Family Hub", ["MeasureOfSuccess"] = "No police call-outs; Ellie says nights are calm.",
        }))).StatusCode);
        var action = await app.WithDbAsync(db => db.PlanActions.SingleAsync(a => a.ChildInNeedPlanId == plan.Id));
        Assert.Equal("No police call-outs; Ellie says nights are calm.", action.MeasureOfSuccess);

        var doneUrl = $"{planUrl}/actions/{action.Id}/done";
        Assert.Equal(HttpStatusCode.Redirect, (await worker.PostFormAsync(doneUrl, await worker.GetFormAsync(doneUrl), Date("CompletedOn", new DateOnly(2026, 11, 24)))).StatusCode);
        Assert.Equal(new DateOnly(2026, 11, 24), (await app.WithDbAsync(db => db.PlanActions.SingleAsync(a => a.Id == action.Id))).CompletedOn);

        var reviewUrl = $"{planUrl}/reviews/new";
        var reviewForm = await worker.GetFormAsync(reviewUrl);
        var noViews = await worker.PostFormAsync(reviewUrl, reviewForm, Date("HeldOn", new DateOnly(2026, 11, 25)).With(new() { ["Progress"] = "Course finished.", ["Decision"] = "StepDownToEarlyHelp" }));
        var noViewsDoc = await noViews.ReadDocumentAsync();
        Assert.Equal(HttpStatusCode.BadRequest, noViews.StatusCode);
        Assert.Equal("Enter the child's views, in their words or as observed", Html.InlineError(noViewsDoc, "ChildsViews"));
        Assert.Equal("Course finished.", noViewsDoc.QuerySelector("#Progress")!.TextContent.Trim());
        Assert.Empty((await PlanAsync(c)).Reviews);

        Assert.Equal(HttpStatusCode.Redirect, (await worker.PostFormAsync(reviewUrl, reviewForm, Date("HeldOn", new DateOnly(2026, 11, 25)).With(new()
        {
            ["Progress"] = "Course finished; no call-outs since October.", ["ChildsViews"] = "\"It's quiet at night now.\"", ["Decision"] = "StepDownToEarlyHelp",
        }))).StatusCode);
        var review = Assert.Single((await PlanAsync(c)).Reviews);
        Assert.Equal(ChildInNeedReviewDecision.StepDownToEarlyHelp, review.Decision);

        var endUrl = $"{planUrl}/end";
        var endDoc = await worker.GetDocumentAsync(endUrl);
        // The review's step-down is offered as the reason.
        Assert.Equal("SteppedDownToEarlyHelp", (endDoc.QuerySelector("input[name=EndReason]:checked") as AngleSharp.Html.Dom.IHtmlInputElement)?.Value);
        var endForm = await worker.GetFormAsync(endUrl);
        var tooEarly = await worker.PostFormAsync(endUrl, endForm, Date("EndDate", new DateOnly(2026, 11, 9)).With(new() { ["EndReason"] = "SteppedDownToEarlyHelp" }));
        Assert.Equal(HttpStatusCode.BadRequest, tooEarly.StatusCode);
        Assert.Equal("The plan cannot end before it started on 10 November 2026", Html.InlineError(await tooEarly.ReadDocumentAsync(), "EndDate"));
        Assert.True((await PlanAsync(c)).IsOpen);

        Assert.Equal(HttpStatusCode.Redirect, (await worker.PostFormAsync(endUrl, endForm, Date("EndDate", new DateOnly(2026, 11, 25)).With(new()
        {
            ["EndReason"] = "SteppedDownToEarlyHelp", ["EndNote"] = "Family hub to lead early help.",
        }))).StatusCode);
        var ended = await PlanAsync(c);
        Assert.Equal((new DateOnly(2026, 11, 25), PlanEndReason.SteppedDownToEarlyHelp), (ended.EndDate, ended.EndReason));

        var after = await worker.GetDocumentAsync(c.Episode);
        var startLink = $"/people/{c.Child.Id}/early-help/start?steppedDown=true";
        Assert.NotNull(after.QuerySelector($"a[href='{startLink}']"));
        // The early help form opens with "stepped down from social care" already chosen.
        var start = await worker.GetDocumentAsync(startLink);
        Assert.True(start.QuerySelectorAll("input[name=StartedBy]").OfType<AngleSharp.Html.Dom.IHtmlInputElement>()
            .Single(i => i.Value == "SteppedDownFromSocialCare").IsChecked);

        var events = await app.EventsAsync(c.Child, CaseEventTypes.ChildInNeedPlanStarted, CaseEventTypes.PlanActionAdded, CaseEventTypes.PlanActionCompleted,
            CaseEventTypes.ChildInNeedPlanReviewed, CaseEventTypes.ChildInNeedPlanEnded);
        Assert.Equal([CaseEventTypes.ChildInNeedPlanStarted, CaseEventTypes.PlanActionAdded, CaseEventTypes.PlanActionCompleted, CaseEventTypes.ChildInNeedPlanReviewed, CaseEventTypes.ChildInNeedPlanEnded],
            events.Select(e => e.Type));
        Assert.Contains(new FieldChange("First review due", null, "22 December 2026"), events[0].Changes);
        // Reviewed on 25 November: the next is six weeks after that.
        Assert.Contains(new FieldChange("Next review due", "22 December 2026", "6 January 2027"), events[3].Changes);
        Assert.Contains(new FieldChange("Why", null, "Stepped down to early help"), events[4].Changes);
        Assert.All(events, e => Assert.Equal(c.Worker.Id, e.ActorUserId));
    }

    [Fact]
    public async Task A_review_deciding_to_step_up_leads_to_recording_a_strategy_discussion()
    {
        var c = await app.ReferredChildAsync("Jude", "Carrow");
        var (worker, plan) = await StartedPlanAsync(c);
        var reviewUrl = $"{c.Episode}/child-in-need/{plan.Id}/reviews/new";
        Assert.Equal(HttpStatusCode.Redirect, (await worker.PostFormAsync(reviewUrl, await worker.GetFormAsync(reviewUrl), Date("HeldOn", new DateOnly(2026, 11, 20)).With(new()
        {
            ["Progress"] = "Jude arrived at school with a bruise on his cheek.", ["ChildsViews"] = "Jude would not say how it happened.", ["Decision"] = "StepUpToChildProtection",
        }))).StatusCode);
        var doc = await worker.GetDocumentAsync(c.Episode);
        Assert.NotNull(doc.QuerySelector($"a[href='{c.Episode}/strategy-discussions/new']"));
        Assert.Contains("decided to step up to child protection", Html.MainText(doc), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_open_plan_on_the_same_episode_is_refused()
    {
        var c = await app.ReferredChildAsync("Milo", "Quarry");
        var (worker, _) = await StartedPlanAsync(c);
        var url = $"{c.Episode}/child-in-need/new";
        var again = await worker.PostFormAsync(url, await worker.GetFormAsync(url), Date("StartDate", new DateOnly(2026, 11, 12)).With(new() { ["ReviewIntervalWeeks"] = "12", ["VisitFrequencyWorkingDays"] = "20" }));
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("already has an open child in need plan", SocialCareTestData.ErrorSummaryText(await again.ReadDocumentAsync()), StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDbAsync(db => db.ChildInNeedPlans.CountAsync(p => p.ReferralId == c.ReferralId)));
    }

    [Fact]
    public async Task A_plan_starting_while_a_protection_plan_still_ran_is_refused_so_the_case_can_close_later()
    {
        // Issue 12, item 1: this was accepted, then census rule 4016 refused closure for ever.
        var c = await app.ReferredChildAsync("Nell", "Overlap");
        await app.AddAsync(new ChildProtectionPlan
        {
            Id = Guid.NewGuid(), PersonId = c.Child.Id, ReferralId = c.ReferralId, StartDate = new DateOnly(2026, 11, 2),
            EndDate = new DateOnly(2026, 11, 20), EndReason = PlanEndReason.SteppedDownToChildInNeed, InitialCategory = "NEG", LatestCategory = "NEG",
        });
        var worker = await app.SignInAsync(c.Worker);
        var url = $"{c.Episode}/child-in-need/new";

        var refused = await worker.PostFormAsync(url, await worker.GetFormAsync(url), Date("StartDate", new DateOnly(2026, 11, 19)).With(new() { ["ReviewIntervalWeeks"] = "6", ["VisitFrequencyWorkingDays"] = "10" }));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("start it on or after 20 November 2026", SocialCareTestData.ErrorSummaryText(await refused.ReadDocumentAsync()), StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.ChildInNeedPlans.CountAsync(p => p.ReferralId == c.ReferralId)));

        var stepDown = await worker.PostFormAsync(url, await worker.GetFormAsync(url), Date("StartDate", new DateOnly(2026, 11, 20)).With(new() { ["ReviewIntervalWeeks"] = "6", ["VisitFrequencyWorkingDays"] = "10" }));
        Assert.Equal(HttpStatusCode.Redirect, stepDown.StatusCode);
    }
}

public sealed class ChildInNeedJourneyTestsOnSqlite(SqliteAppFactory app) : ChildInNeedJourneyTests<SqliteAppFactory>(app);

public sealed class ChildInNeedJourneyTestsOnPostgres(PostgresAppFactory app) : ChildInNeedJourneyTests<PostgresAppFactory>(app);
