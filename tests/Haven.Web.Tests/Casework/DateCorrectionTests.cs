using System.Net;
using Haven.Domain.ChildInNeed;
using Haven.Domain.ChildProtection;
using Haven.Domain.Events;
using Haven.Web.Tests.Infrastructure;
using Haven.Web.Tests.WorkTray;
using Microsoft.EntityFrameworkCore;
using static Haven.Web.Tests.Casework.SocialCareTestData;

namespace Haven.Web.Tests.Casework;

/// <summary>
/// Issue 12, item 1: a case recorded before the overlap was refused at entry could never close (census rule 4016), and
/// nobody could correct the date that broke it. A closure or census refusal now links to the page where the dates are
/// put right, and a team manager corrects a recorded date with a reason, audited before and after.
/// </summary>
public abstract class DateCorrectionTests<TFactory>(TFactory app) : IClassFixture<TFactory> where TFactory : HavenAppFactory
{
    /// <summary>A protection plan 2–20 November and a child in need plan from 19 November (ended 24th): history from before the overlap was refused.</summary>
    private async Task<(SocialCareCase Case, Guid PlanId)> OverlappingPlansAsync(string first)
    {
        var c = await app.ReferredChildAsync(first, "Overlap");
        var plan = new ChildInNeedPlan
        {
            Id = Guid.NewGuid(), PersonId = c.Child.Id, ReferralId = c.ReferralId, StartDate = new DateOnly(2026, 11, 19), EndDate = new DateOnly(2026, 11, 24),
            EndReason = PlanEndReason.SteppedDownToEarlyHelp, ReviewIntervalWeeks = 6, VisitFrequencyWorkingDays = 10,
        };
        var protection = new ChildProtectionPlan
        {
            Id = Guid.NewGuid(), PersonId = c.Child.Id, ReferralId = c.ReferralId, StartDate = new DateOnly(2026, 11, 2),
            EndDate = new DateOnly(2026, 11, 20), EndReason = PlanEndReason.SteppedDownToChildInNeed, InitialCategory = "NEG", LatestCategory = "NEG",
        };
        // The enquiry and its initial conference that made the protection plan, the same day (census rule 2885).
        var enquiry = new Section47Enquiry
        {
            Id = Guid.NewGuid(), PersonId = c.Child.Id, ReferralId = c.ReferralId, StartDate = new DateOnly(2026, 11, 2),
            CompletedOn = new DateOnly(2026, 11, 2), Outcome = Section47Outcome.ConferenceRequired,
        };
        var conference = new ChildProtectionConference
        {
            Id = Guid.NewGuid(), PersonId = c.Child.Id, ReferralId = c.ReferralId, Type = ConferenceType.Initial, ChildProtectionPlanId = protection.Id, Section47Id = enquiry.Id,
            ScheduledFor = new DateOnly(2026, 11, 2), HeldOn = new DateOnly(2026, 11, 2), Decision = ConferenceDecision.ChildProtectionPlan, Category = "NEG",
        };
        await app.AddAsync(enquiry, protection, conference, plan);
        return (c, plan.Id);
    }

    private static Dictionary<string, string> Closure() => Date("ClosedOn", new DateOnly(2026, 11, 25)).With(new()
    {
        ["Reason"] = "RC7", ["Note"] = "Family supported by early help; no further social care role.",
    });

    [Fact]
    public async Task A_closure_refused_by_the_census_links_to_the_dates_and_a_manager_corrects_the_date_with_a_reason()
    {
        var (c, planId) = await OverlappingPlansAsync("Nell");
        var worker = await app.SignInAsync(c.Worker);
        var closeUrl = $"{c.Episode}/close";

        var refused = await worker.PostFormAsync(closeUrl, await worker.GetFormAsync(closeUrl), Closure());
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var refusedDoc = await refused.ReadDocumentAsync();
        Assert.Contains("4016", ErrorSummaryText(refusedDoc), StringComparison.Ordinal);
        // The refusal says where it is put right, as a link in the error summary.
        var fix = refusedDoc.QuerySelector($".govuk-error-summary a[href='{c.Episode}/dates']");
        Assert.NotNull(fix);

        // The worker sees the dates but may not correct them.
        var datesForWorker = await worker.GetDocumentAsync($"{c.Episode}/dates");
        Assert.Contains("19 November 2026", Html.MainText(datesForWorker), StringComparison.Ordinal);
        Assert.Null(datesForWorker.QuerySelector($"a[href='{c.Episode}/dates/ChildInNeedPlanStarted/{planId}']"));
        var correctUrl = $"{c.Episode}/dates/ChildInNeedPlanStarted/{planId}";
        Assert.Contains("access-denied", (await worker.GetAsync(correctUrl)).Headers.Location!.OriginalString, StringComparison.Ordinal);

        var manager = await app.SignInAsync(c.Manager);
        var datesForManager = await manager.GetDocumentAsync($"{c.Episode}/dates");
        Assert.NotNull(datesForManager.QuerySelector($"a[href='{correctUrl}']"));

        // No reason: refused by the field, the date typed kept, nothing saved.
        var noReason = await manager.PostFormAsync(correctUrl, await manager.GetFormAsync(correctUrl), Date("NewDate", new DateOnly(2026, 11, 20)).With(new() { ["Reason"] = "" }));
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        var noReasonDoc = await noReason.ReadDocumentAsync();
        Assert.Equal("Enter why the date is being corrected", Html.InlineError(noReasonDoc, "Reason"));
        Assert.Equal("20", Html.Value(noReasonDoc, "NewDate-day"));

        // A date that still overlaps the protection plan is refused by the census rule, on the date.
        var stillOverlaps = await manager.PostFormAsync(correctUrl, await manager.GetFormAsync(correctUrl), Date("NewDate", new DateOnly(2026, 11, 18)).With(new() { ["Reason"] = "Typed the wrong day." }));
        Assert.Equal(HttpStatusCode.BadRequest, stillOverlaps.StatusCode);
        Assert.Contains("4016", Html.InlineError(await stillOverlaps.ReadDocumentAsync(), "NewDate") ?? "", StringComparison.Ordinal);

        var future = await manager.PostFormAsync(correctUrl, await manager.GetFormAsync(correctUrl), Date("NewDate", new DateOnly(2026, 12, 20)).With(new() { ["Reason"] = "Typed the wrong day." }));
        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
        Assert.Equal(new DateOnly(2026, 11, 19), await app.WithDbAsync(db => db.ChildInNeedPlans.Where(p => p.Id == planId).Select(p => p.StartDate).SingleAsync()));

        var corrected = await manager.PostFormAsync(correctUrl, await manager.GetFormAsync(correctUrl), Date("NewDate", new DateOnly(2026, 11, 20)).With(new()
        {
            ["Reason"] = "The plan began at the review conference that ended the protection plan on 20 November; 19 November was a typing error.",
        }));
        Assert.True(corrected.StatusCode == HttpStatusCode.Redirect, ErrorSummaryText(await corrected.ReadDocumentAsync()));
        Assert.Equal(new DateOnly(2026, 11, 20), await app.WithDbAsync(db => db.ChildInNeedPlans.Where(p => p.Id == planId).Select(p => p.StartDate).SingleAsync()));
        var correction = Assert.Single(await app.EventsAsync(c.Child, CaseEventTypes.DateCorrected));
        Assert.Equal(c.Manager.Id, correction.ActorUserId);
        Assert.Contains(new FieldChange("Child in need plan started", "19 November 2026", "20 November 2026"), correction.Changes);
        Assert.StartsWith("The plan began at the review conference", correction.Reason, StringComparison.Ordinal);

        // With the date put right, the case closes.
        Assert.Equal(HttpStatusCode.Redirect, (await worker.PostFormAsync(closeUrl, await worker.GetFormAsync(closeUrl), Closure())).StatusCode);
    }

    [Fact]
    public async Task Closing_with_work_still_open_links_to_the_episode_where_it_is_ended()
    {
        var c = await app.ReferredChildAsync("Orla", "Open");
        await app.AddAsync(new ChildInNeedPlan
        {
            Id = Guid.NewGuid(), PersonId = c.Child.Id, ReferralId = c.ReferralId, StartDate = new DateOnly(2026, 11, 10), ReviewIntervalWeeks = 6, VisitFrequencyWorkingDays = 10,
        });
        var worker = await app.SignInAsync(c.Worker);
        var closeUrl = $"{c.Episode}/close";
        var refused = await worker.PostFormAsync(closeUrl, await worker.GetFormAsync(closeUrl), Closure());
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.NotNull((await refused.ReadDocumentAsync()).QuerySelector($".govuk-error-summary a[href='{c.Episode}']"));
    }
}

public sealed class DateCorrectionTestsOnSqlite(SqliteAppFactory app) : DateCorrectionTests<SqliteAppFactory>(app);

public sealed class DateCorrectionTestsOnPostgres(PostgresAppFactory app) : DateCorrectionTests<PostgresAppFactory>(app);
