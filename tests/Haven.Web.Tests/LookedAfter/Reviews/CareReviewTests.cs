using System.Net;
using Haven.Domain.Events;
using Haven.Domain.LookedAfter;
using Haven.Web.Tests.Casework;
using Haven.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Haven.Web.Tests.Casework.SocialCareTestData;

namespace Haven.Web.Tests.LookedAfter.Reviews;

/// <summary>
/// Looked-after reviews, the care and permanence plans, and the IRO's allocation through the real pages, on both
/// databases. The child came into care on Monday 1 June 2026, so the first review was due 20 working days later, on
/// Monday 29 June; the fake clock's today is Wednesday 25 November 2026.
/// </summary>
public abstract class CareReviewTests<TFactory>(TFactory app) : IClassFixture<TFactory> where TFactory : HavenAppFactory
{
    private static Dictionary<string, string> Review(DateOnly heldOn, string participation = "PN1", string views = "\"I like living with the Ashdowns. I want to see my brother more.\"") =>
        Date("HeldOn", heldOn).With(new()
        {
            ["Participation"] = participation,
            ["ChildsViews"] = views,
            ["Decisions"] = "The care plan continues. Contact with her brother goes up to fortnightly.",
        });

    private Task<List<CareReview>> ReviewsAsync(ChildInCare c) =>
        app.WithDbAsync(db => db.CareReviews.AsNoTracking().Include(r => r.Recommendations).Where(r => r.PersonId == c.Child.Id).OrderBy(r => r.HeldOn).ToListAsync());

    [Fact]
    public async Task The_IRO_records_two_reviews_one_late_with_a_recommendation_and_the_page_shows_each_against_its_due_date()
    {
        var c = await app.ChildInCareAsync("Poppy", "Ashcombe");
        var iro = await app.SignInAsync(c.Iro);
        var url = $"{c.Reviews}/new";
        var first = await iro.PostFormAsync(url, await iro.GetFormAsync(url), Review(new DateOnly(2026, 7, 6)).With(new()
        {
            ["Recommendations[0].Recommendation"] = "Arrange fortnightly contact with her brother Sam",
            ["Recommendations[0].Owner"] = "Social worker",
        }).With(Date("Recommendations[0].DueOn", new DateOnly(2026, 7, 31))).With(Date("MinutesToChildOn", new DateOnly(2026, 7, 20))));
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(c.Reviews, first.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await iro.PostFormAsync(url, await iro.GetFormAsync(url), Review(new DateOnly(2026, 10, 1), "PN6"))).StatusCode);

        var reviews = await ReviewsAsync(c);
        Assert.Equal([new DateOnly(2026, 7, 6), new DateOnly(2026, 10, 1)], reviews.Select(r => r.HeldOn));
        Assert.Equal(("PN1", c.Iro.Id, c.Iro.DisplayName), (reviews[0].Participation, reviews[0].ChairUserId, reviews[0].ChairName));
        var recommendation = Assert.Single(reviews[0].Recommendations);
        Assert.Equal(("Social worker", new DateOnly(2026, 7, 31), (DateOnly?)null), (recommendation.Owner, recommendation.DueOn, recommendation.CompletedOn));
        Assert.Equal((new DateOnly(2026, 7, 20), (DateOnly?)null), (reviews[0].MinutesToChildOn, reviews[0].MinutesToCarersOn));

        var page = await iro.GetDocumentAsync(c.Reviews);
        var rows = page.QuerySelectorAll("#schedule ~ table tbody tr").Select(r => string.Join("|", r.QuerySelectorAll("td").Select(td => string.Join(" ", td.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))))).ToList();
        Assert.Equal(
        [
            // 20 working days from Monday 1 June is Monday 29 June: held a week late.
            "First|29 June 2026|6 July 2026|Held late 7 days late|1",
            // 3 months after 6 July is 6 October: held on 1 October, in time.
            "Second|6 October 2026|1 October 2026|Held on time|0",
            // Then 6 months after the last.
            "Review 3|1 April 2027|Not yet held|Not yet due|",
        ], rows);

        var events = await app.EventsAsync(c.Child, CaseEventTypes.CareReviewRecorded);
        Assert.Equal(2, events.Count);
        Assert.Equal("Looked-after review held on 6 July 2026, 7 days late", events[0].Summary);
        Assert.Contains(new FieldChange("Was due", null, "29 June 2026"), events[0].Changes);
        Assert.Contains(new FieldChange("How the child took part", null, "PN1 Child physically attends and speaks for him or herself"), events[0].Changes);
        Assert.Contains(new FieldChange("Next review due", null, "1 April 2027"), events[1].Changes);

        // Each review is in the chronology once, with who chaired it and how the child took part.
        var chronology = await iro.GetDocumentAsync($"/people/{c.Child.Id}/chronology");
        var inChronology = chronology.QuerySelectorAll(".moj-timeline__description p.govuk-body").Select(p => p.TextContent.Trim())
            .Where(t => t.StartsWith("Looked-after review", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(
        [
            $"Looked-after review chaired by {c.Iro.DisplayName} (the child, PN1: came and spoke for themselves)",
            $"Looked-after review chaired by {c.Iro.DisplayName} (the child, PN6: did not come; sent their views)",
        ], inChronology);
    }

    [Fact]
    public async Task A_review_dated_before_the_child_came_into_care_is_refused_by_the_date_keeping_what_was_typed()
    {
        var c = await app.ChildInCareAsync("Rory", "Penhale");
        var iro = await app.SignInAsync(c.Iro);
        var url = $"{c.Reviews}/new";

        var refused = await iro.PostFormAsync(url, await iro.GetFormAsync(url), Review(new DateOnly(2026, 5, 29), views: "Rory said he wants to stay at school."));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var doc = await refused.ReadDocumentAsync();
        Assert.Equal("The review cannot be before the child came into care (1 June 2026)", Html.InlineError(doc, "HeldOn"));
        Assert.Equal("Rory said he wants to stay at school.", doc.QuerySelector("#ChildsViews")!.TextContent.Trim());
        Assert.Empty(await ReviewsAsync(c));
        Assert.Empty(await app.EventsAsync(c.Child, CaseEventTypes.CareReviewRecorded));
    }

    [Fact]
    public async Task A_participation_code_not_in_the_DfE_list_and_a_recommendation_without_an_owner_are_refused_by_their_fields()
    {
        var c = await app.ChildInCareAsync("Isla", "Trevose");
        var iro = await app.SignInAsync(c.Iro);
        var url = $"{c.Reviews}/new";

        // The form posts every line; the first is left empty.
        var refused = await iro.PostFormAsync(url, await iro.GetFormAsync(url), Review(new DateOnly(2026, 6, 26), participation: "PN9").With(new()
        {
            ["Recommendations[0].Recommendation"] = "", ["Recommendations[0].Owner"] = "",
            ["Recommendations[1].Recommendation"] = "Refer Isla to CAMHS",
        }).With(Date("Recommendations[1].DueOn", new DateOnly(2026, 7, 10))));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var doc = await refused.ReadDocumentAsync();
        Assert.Equal("Select how the child took part in the review", Html.InlineError(doc, "Participation"));
        Assert.Equal("Enter who will carry out recommendation 2", Html.InlineError(doc, "Recommendations_1__Owner"));
        Assert.Equal("Refer Isla to CAMHS", doc.QuerySelector("#Recommendations_1__Recommendation")!.TextContent.Trim());
        Assert.Empty(await ReviewsAsync(c));
    }

    [Fact]
    public async Task A_recommendation_is_marked_done_and_the_minutes_sharing_recorded_later_each_as_an_event()
    {
        var c = await app.ChildInCareAsync("Noah", "Keverne");
        var iro = await app.SignInAsync(c.Iro);
        var url = $"{c.Reviews}/new";
        Assert.Equal(HttpStatusCode.Redirect, (await iro.PostFormAsync(url, await iro.GetFormAsync(url), Review(new DateOnly(2026, 6, 29)).With(new()
        {
            ["Recommendations[0].Recommendation"] = "Book Noah's dental check",
            ["Recommendations[0].Owner"] = "Foster carer",
        }).With(Date("Recommendations[0].DueOn", new DateOnly(2026, 8, 1))))).StatusCode);
        var review = Assert.Single(await ReviewsAsync(c));
        var reviewUrl = $"{c.Reviews}/{review.Id}";
        var doneUrl = $"{reviewUrl}/recommendations/{review.Recommendations[0].Id}/done";

        var early = await iro.PostFormAsync(doneUrl, await iro.GetFormAsync(doneUrl), Date("CompletedOn", new DateOnly(2026, 6, 28)));
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Equal("The date must be on or after the review (29 June 2026)", Html.InlineError(await early.ReadDocumentAsync(), "CompletedOn"));
        Assert.Equal(HttpStatusCode.Redirect, (await iro.PostFormAsync(doneUrl, await iro.GetFormAsync(doneUrl), Date("CompletedOn", new DateOnly(2026, 8, 4)))).StatusCode);

        var minutesUrl = $"{reviewUrl}/minutes";
        Assert.Equal(HttpStatusCode.Redirect, (await iro.PostFormAsync(minutesUrl, await iro.GetFormAsync(minutesUrl),
            Date("MinutesToChildOn", new DateOnly(2026, 7, 8)).With(Date("MinutesToCarersOn", new DateOnly(2026, 7, 9))))).StatusCode);

        review = Assert.Single(await ReviewsAsync(c));
        Assert.Equal(new DateOnly(2026, 8, 4), review.Recommendations[0].CompletedOn);
        Assert.Equal((new DateOnly(2026, 7, 8), new DateOnly(2026, 7, 9)), (review.MinutesToChildOn!.Value, review.MinutesToCarersOn!.Value));
        var page = Html.MainText(await iro.GetDocumentAsync(reviewUrl));
        Assert.Contains("Done late", page, StringComparison.Ordinal);
        Assert.Contains("To the carers: 9 July 2026", page, StringComparison.Ordinal);

        var events = await app.EventsAsync(c.Child, CaseEventTypes.CareReviewRecommendationDone, CaseEventTypes.CareReviewMinutesShared);
        Assert.Equal([CaseEventTypes.CareReviewRecommendationDone, CaseEventTypes.CareReviewMinutesShared], events.Select(e => e.Type));
        Assert.Contains(new FieldChange("Minutes to the carers", null, "9 July 2026"), events[1].Changes);
    }

    [Fact]
    public async Task The_care_plan_and_permanence_plan_are_recorded_by_the_social_worker_and_the_review_page_shows_them_in_place()
    {
        var c = await app.ChildInCareAsync("Ella", "Morwenna");
        var worker = await app.SignInAsync(c.Worker);
        var before = Html.MainText(await worker.GetDocumentAsync(c.Reviews));
        // The care plan was due 14 days after entry (the seed's choice), 15 June; the permanence plan by the second review.
        Assert.Contains("First due by 15 June 2026", before, StringComparison.Ordinal);
        Assert.Contains("Not in place", before, StringComparison.Ordinal);

        var careUrl = $"/people/{c.Child.Id}/care/plans/care-plan";
        var noSummary = await worker.PostFormAsync(careUrl, await worker.GetFormAsync(careUrl), Date("AgreedOn", new DateOnly(2026, 6, 12)).With(new() { ["Summary"] = " " }));
        Assert.Equal(HttpStatusCode.BadRequest, noSummary.StatusCode);
        Assert.Equal("Enter a summary of the care plan", Html.InlineError(await noSummary.ReadDocumentAsync(), "Summary"));
        Assert.Equal(HttpStatusCode.Redirect, (await worker.PostFormAsync(careUrl, await worker.GetFormAsync(careUrl),
            Date("AgreedOn", new DateOnly(2026, 6, 12)).With(new() { ["Summary"] = "Ella stays with the Ashdowns while the court decides; weekly family time." }))).StatusCode);

        var permanenceUrl = $"/people/{c.Child.Id}/care/plans/permanence";
        var noType = await worker.PostFormAsync(permanenceUrl, await worker.GetFormAsync(permanenceUrl), Date("AgreedOn", new DateOnly(2026, 9, 1)));
        Assert.Equal(HttpStatusCode.BadRequest, noType.StatusCode);
        Assert.Equal("Select the permanence plan", Html.InlineError(await noType.ReadDocumentAsync(), "PlanType"));
        Assert.Equal(HttpStatusCode.Redirect, (await worker.PostFormAsync(permanenceUrl, await worker.GetFormAsync(permanenceUrl),
            Date("AgreedOn", new DateOnly(2026, 9, 1)).With(new() { ["PlanType"] = "SpecialGuardianship" }))).StatusCode);

        var after = Html.MainText(await worker.GetDocumentAsync(c.Reviews));
        Assert.Contains("Agreed 12 June 2026", after, StringComparison.Ordinal);
        Assert.Contains("Special guardianship order, agreed 1 September 2026", after, StringComparison.Ordinal);
        // No review held yet: the first was due 29 June, so the second (and the permanence plan) by 29 September.
        Assert.Contains("Due by the second review, 29 September 2026 Agreed on time", string.Join(" ", after.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);

        var events = await app.EventsAsync(c.Child, CaseEventTypes.CarePlanAgreed, CaseEventTypes.PermanencePlanAgreed);
        Assert.Equal([CaseEventTypes.CarePlanAgreed, CaseEventTypes.PermanencePlanAgreed], events.Select(e => e.Type));
        Assert.Contains(new FieldChange("Plan", null, "Special guardianship order"), events[1].Changes);

        // The IRO reviews the plans; they do not write them.
        var iro = await app.SignInAsync(c.Iro);
        Assert.NotEqual(HttpStatusCode.OK, (await iro.GetAsync(careUrl)).StatusCode);
    }

    [Fact]
    public async Task A_manager_allocates_the_IRO_a_change_needs_a_reason_and_a_social_worker_cannot()
    {
        var c = await app.ChildInCareAsync("Jago", "Pendeen");
        var other = await app.CreateUserAsync("Morwen Reviewing", Domain.Access.Role.IndependentReviewingOfficer);
        var manager = await app.SignInAsync(c.Manager);
        var url = $"/people/{c.Child.Id}/care/reviewing-officer";

        var noReason = await manager.PostFormAsync(url, await manager.GetFormAsync(url), new() { ["IroUserId"] = other.Id, ["Reason"] = "" });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        var doc = await noReason.ReadDocumentAsync();
        Assert.Equal("Enter why the independent reviewing officer is changing", Html.InlineError(doc, "Reason"));
        Assert.Equal(c.Iro.Id, await app.WithDbAsync(db => db.CarePeriods.Where(p => p.Id == c.Period.Id).Select(p => p.IroUserId).SingleAsync()));

        var notAnIro = await manager.PostFormAsync(url, await manager.GetFormAsync(url), new() { ["IroUserId"] = c.Worker.Id, ["Reason"] = "Cover" });
        Assert.Equal("Select someone who is an independent reviewing officer", Html.InlineError(await notAnIro.ReadDocumentAsync(), "IroUserId"));

        Assert.Equal(HttpStatusCode.Redirect, (await manager.PostFormAsync(url, await manager.GetFormAsync(url),
            new() { ["IroUserId"] = other.Id, ["Reason"] = "The IRO has left the service." })).StatusCode);
        var allocated = await app.WithDbAsync(db => db.CarePeriods.SingleAsync(p => p.Id == c.Period.Id));
        Assert.Equal((other.Id, other.DisplayName), (allocated.IroUserId, allocated.IroName));
        var changed = Assert.Single(await app.EventsAsync(c.Child, CaseEventTypes.ReviewingOfficerAllocated));
        Assert.Equal(("The IRO has left the service.", c.Manager.Id), (changed.Reason, changed.ActorUserId));
        Assert.Contains(new FieldChange("Independent reviewing officer", c.Iro.DisplayName, other.DisplayName), changed.Changes);

        var worker = await app.SignInAsync(c.Worker);
        Assert.NotEqual(HttpStatusCode.OK, (await worker.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task The_IRO_list_shows_my_children_with_the_next_review_due_sorts_and_downloads_as_CSV_with_an_audit_event()
    {
        var late = await app.ChildInCareAsync("Tamsin", "Boscawen", since: "2026-06-01");
        // The same IRO reviews a second child who came into care on Monday 2 November: first review due 30 November.
        var recent = await app.ChildInCareAsync("Ben", "Carbis", since: "2026-11-02");
        await app.WithDbAsync(async db =>
        {
            var period = await db.CarePeriods.SingleAsync(p => p.Id == recent.Period.Id);
            (period.IroUserId, period.IroName) = (late.Iro.Id, late.Iro.DisplayName);
            await db.SaveChangesAsync();
        });
        var iro = await app.SignInAsync(late.Iro);

        var doc = await iro.GetDocumentAsync("/care/iro");
        var rows = doc.QuerySelectorAll("tbody tr").Select(r => string.Join("|", r.QuerySelectorAll("td").Select(td => string.Join(" ", td.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))))).ToList();
        Assert.Equal(
        [
            $"Tamsin Boscawen {late.Child.LaPersonId}|1 Jun 2026|29 Jun 2026|Overdue 149 days late|0 of 0",
            $"Ben Carbis {recent.Child.LaPersonId}|2 Nov 2026|30 Nov 2026|Not yet due|0 of 0",
        ], rows);

        var byChild = await iro.GetDocumentAsync("/care/iro?sort=child&dir=asc");
        Assert.Equal(["Ben Carbis", "Tamsin Boscawen"], byChild.QuerySelectorAll("tbody tr td:first-child a").Select(a => a.TextContent.Trim()));
        var overdue = await iro.GetDocumentAsync("/care/iro?status=overdue");
        Assert.Single(overdue.QuerySelectorAll("tbody tr"));

        var csv = await iro.GetAsync("/care/iro?format=csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var text = await csv.Content.ReadAsStringAsync();
        Assert.Contains("Child,Haven ID,In care since,Next review due,Status,Days overdue,Reviews held,Held late", text, StringComparison.Ordinal);
        Assert.Contains("Tamsin Boscawen", text, StringComparison.Ordinal);
        var exported = await app.WithDbAsync(db => db.AuditEvents.Where(e => e.Type == AuditEventTypes.Exported && e.ActorUserId == late.Iro.Id).ToListAsync());
        Assert.Contains(exported, e => e.TargetName == "IRO children" && e.Summary == "Downloaded IRO children (2 rows)");

        // Another IRO's list does not show them; a social worker has no such list.
        Assert.DoesNotContain("Tamsin", Html.MainText(await (await app.SignInAsync(recent.Iro)).GetDocumentAsync("/care/iro")), StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, (await (await app.SignInAsync(late.Worker)).GetAsync("/care/iro")).StatusCode);
    }
}

public sealed class CareReviewTestsOnSqlite(SqliteAppFactory app) : CareReviewTests<SqliteAppFactory>(app);

public sealed class CareReviewTestsOnPostgres(PostgresAppFactory app) : CareReviewTests<PostgresAppFactory>(app);
