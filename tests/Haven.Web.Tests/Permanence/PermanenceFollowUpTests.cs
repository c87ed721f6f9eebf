using System.Net;
using Haven.Data;
using Haven.Domain.Events;
using Haven.Domain.LookedAfter;
using Haven.Domain.Permanence;
using Haven.Web.Tests.Infrastructure;
using Haven.Web.Tests.LookedAfter.Reviews;
using Haven.Web.Tests.WorkTray;
using Microsoft.EntityFrameworkCore;

namespace Haven.Web.Tests.Permanence;

/// <summary>
/// Long-term fostering matches, life story work and returns home through the real pages, on both databases. Today is
/// Wednesday 25 November 2026; the child has been in care, fostered, since 1 June 2026.
/// </summary>
public abstract class PermanenceFollowUpTests<TFactory>(TFactory app) : IClassFixture<TFactory> where TFactory : HavenAppFactory
{
    private static DateOnly Today => DateOnly.FromDateTime(HavenAppFactory.Now.UtcDateTime);

    private static Dictionary<string, string> Date(string field, DateOnly? d, params (string Key, string Value)[] more)
    {
        var values = new Dictionary<string, string>
        {
            [$"{field}.Day"] = d?.Day.ToString() ?? "", [$"{field}.Month"] = d?.Month.ToString() ?? "", [$"{field}.Year"] = d?.Year.ToString() ?? "",
        };
        foreach (var (k, v) in more)
        {
            values[k] = v;
        }
        return values;
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, Dictionary<string, string> values) =>
        await client.PostFormAsync(url, await client.GetFormAsync(url), values);

    [Fact]
    public async Task A_long_term_fostering_match_makes_the_plan_long_term_fostering_shows_on_the_household_and_life_story_work_completes_with_the_book()
    {
        var c = await app.ChildInCareAsync("Leah", "Marlow");
        var worker = await app.SignInAsync(c.Worker);
        var adoption = $"/people/{c.Child.Id}/adoption";

        // No plan of adoption or long-term care yet: life story work is refused as a whole, nothing saved.
        var early = await PostAsync(worker, $"{adoption}/life-story/started", Date("On", Today.AddDays(-30)));
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Contains("agree the permanence plan first", Html.MainText(await early.ReadDocumentAsync()), StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.LifeStoryWork.AnyAsync(w => w.PersonId == c.Child.Id)));

        // The placement's carers are a fostering household on the register.
        var carers = new Carer { Id = Guid.NewGuid(), Name = $"The Marlow carers {Guid.NewGuid():N}"[..24], ProviderCode = "PR1", Kind = CarerKind.FosteringHousehold, Approval = CarerApproval.Approved, Places = 2 };
        await app.WithDbAsync(async db =>
        {
            db.Carers.Add(carers);
            db.HouseholdJourneys.Add(new Haven.Domain.Fostering.HouseholdJourney
            {
                Id = Guid.NewGuid(), CarerId = carers.Id, Route = Haven.Domain.Fostering.HouseholdRoute.Fostering, EnquiryOn = new DateOnly(2025, 1, 6),
                PanelOn = new DateOnly(2025, 6, 2), PanelRecommendedApproval = true, DecisionOn = new DateOnly(2025, 6, 9), Approved = true, AgeFrom = 0, AgeTo = 17,
                CareTypes = Haven.Domain.Fostering.FosteringCareTypes.LongTerm,
            });
            var placement = await db.Placements.SingleAsync(p => p.PersonId == c.Child.Id && p.EndDate == null);
            placement.CarerId = carers.Id;
            await db.SaveChangesAsync();
        });

        // A decision before the placement began is refused by its field, the name typed kept.
        var url = $"{adoption}/long-term-fostering";
        var before = await PostAsync(worker, url, Date("DecidedOn", new DateOnly(2026, 5, 1), ("DecidedBy", "Priya Shah")));
        Assert.Equal(HttpStatusCode.BadRequest, before.StatusCode);
        var doc = await before.ReadDocumentAsync();
        Assert.StartsWith("The date of the agency decision maker's decision must be on or after the day the placement started", Html.InlineError(doc, "DecidedOn"), StringComparison.Ordinal);
        Assert.Equal("Priya Shah", Html.Value(doc, "DecidedBy"));
        Assert.False(await app.WithDbAsync(db => db.LongTermFosteringMatches.AnyAsync(m => m.PersonId == c.Child.Id)));

        var saved = await PostAsync(worker, url, Date("DecidedOn", Today.AddDays(-20), ("DecidedBy", "Priya Shah"), ("PanelOn.Day", "1"), ("PanelOn.Month", "11"), ("PanelOn.Year", "2026")));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var match = await app.WithDbAsync(db => db.LongTermFosteringMatches.SingleAsync(m => m.PersonId == c.Child.Id));
        Assert.Equal((carers.Id, new DateOnly(2026, 11, 1), Today.AddDays(-20)), (match.CarerId, match.PanelOn, match.DecidedOn));
        var plan = await app.WithDbAsync(db => db.PermanencePlans.Where(p => p.PersonId == c.Child.Id).OrderByDescending(p => p.AgreedOn).FirstAsync());
        Assert.Equal(PermanencePlanType.LongTermFosterCare, plan.PlanType);
        Assert.True(await app.WithDbAsync(db => db.CaseEvents.AnyAsync(e => e.PersonId == c.Child.Id && e.Type == CaseEventTypes.LongTermFosteringMatched)));
        Assert.True(await app.WithDbAsync(db => db.CaseEvents.AnyAsync(e => e.PersonId == c.Child.Id && e.Type == CaseEventTypes.PermanencePlanAgreed)));

        // The household's page lists the child it is the long-term foster home of.
        var household = Html.MainText(await worker.GetDocumentAsync($"/fostering/{carers.Id}"));
        Assert.Contains("Long-term fostering matches", household, StringComparison.Ordinal);
        Assert.Contains("Leah Marlow", household, StringComparison.Ordinal);

        // Life story work now: the book before the work started is refused; then started, and the book given needs whom to.
        var book = $"{adoption}/life-story/book-given";
        var notStarted = await PostAsync(worker, book, Date("On", Today, ("Text", "Leah")));
        Assert.Equal(HttpStatusCode.BadRequest, notStarted.StatusCode);
        Assert.Contains("Record the life story work started first", Html.MainText(await notStarted.ReadDocumentAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(worker, $"{adoption}/life-story/started", Date("On", Today.AddDays(-15)))).StatusCode);
        var noOne = await PostAsync(worker, book, Date("On", Today));
        Assert.Equal(HttpStatusCode.BadRequest, noOne.StatusCode);
        Assert.Equal("Enter who the life story book was given to", Html.InlineError(await noOne.ReadDocumentAsync(), "Text"));
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(worker, book, Date("On", Today, ("Text", "Leah and her foster carers")))).StatusCode);

        var work = await app.WithDbAsync(db => db.LifeStoryWork.SingleAsync(w => w.PersonId == c.Child.Id));
        Assert.Equal((LifeStoryStatus.Complete, Today, "Leah and her foster carers"), (work.Status, work.BookGivenOn, work.BookGivenTo));
        Assert.Equal(2, await app.WithDbAsync(db => db.CaseEvents.CountAsync(e => e.PersonId == c.Child.Id && e.Type == CaseEventTypes.LifeStoryWorkRecorded)));
        var page = Html.MainText(await worker.GetDocumentAsync(adoption));
        Assert.Contains("Given to Leah and her foster carers on 25 November 2026", page, StringComparison.Ordinal);
        Assert.Contains("confirmed as the child's long-term foster carers on 5 November 2026 by Priya Shah", page, StringComparison.Ordinal);
        var chronology = Html.MainText(await worker.GetDocumentAsync($"/people/{c.Child.Id}/chronology"));
        Assert.Contains("Life story book given to Leah and her foster carers", chronology, StringComparison.Ordinal);
        Assert.Contains("confirmed as long-term foster carers", chronology, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_plan_to_return_home_is_reviewed_six_months_after_the_child_went_home_with_the_review_in_the_work_tray()
    {
        var c = await app.ChildInCareAsync("Rory", "Haddon", since: "2026-02-02");
        var team = await app.TeamAsync($"Return home {Guid.NewGuid():N}"[..24], c.Manager.Id);
        await app.AllocateAsync(c.Child.Id, c.Worker.Id, team.Id, "2026-02-02");
        var worker = await app.SignInAsync(c.Worker);
        var adoption = $"/people/{c.Child.Id}/adoption";

        var missing = await PostAsync(worker, $"{adoption}/return-home", Date("AssessedOn", new DateOnly(2026, 4, 20), ("Assessment", "Mum has engaged with every service")));
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        var doc = await missing.ReadDocumentAsync();
        Assert.Equal("Enter the support the family will get", Html.InlineError(doc, "Support"));
        Assert.Equal("Mum has engaged with every service", doc.QuerySelector("#Assessment")!.TextContent.Trim());
        Assert.False(await app.WithDbAsync(db => db.ReturnHomePlans.AnyAsync(r => r.PersonId == c.Child.Id)));

        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(worker, $"{adoption}/return-home", Date("AssessedOn", new DateOnly(2026, 4, 20),
            ("Assessment", "Mum has engaged with every service"), ("SupportOn.Day", "1"), ("SupportOn.Month", "5"), ("SupportOn.Year", "2026"),
            ("Support", "Family support worker weekly; nursery place")))).StatusCode);

        // The child went home on 15 May as planned (E4A): the review is due on 15 November, so it is overdue today.
        await app.WithDbAsync(async db =>
        {
            var period = await db.CarePeriods.Include(p => p.Placements).SingleAsync(p => p.PersonId == c.Child.Id);
            period.EndDate = new DateOnly(2026, 5, 15);
            period.ReasonCeased = "E4A";
            foreach (var p in period.Placements)
            {
                p.EndDate = period.EndDate;
            }
            await db.SaveChangesAsync();
        });
        // The tray's rows, not its page: the kind filter names every kind of work whether any is due or not.
        static bool ReviewRow(AngleSharp.Dom.IElement row) => row.TextContent.Contains("Return home review due", StringComparison.Ordinal);
        var trayRows = (await worker.GetDocumentAsync("/work-tray")).QuerySelectorAll("tbody tr").Where(ReviewRow).ToList();
        Assert.Contains("15 Nov 2026", Assert.Single(trayRows).TextContent, StringComparison.Ordinal);

        var plan = await app.WithDbAsync(db => db.ReturnHomePlans.SingleAsync(r => r.PersonId == c.Child.Id));
        var review = $"{adoption}/return-home/{plan.Id}/review";
        var tooEarly = await PostAsync(worker, review, Date("ReviewedOn", new DateOnly(2026, 5, 1), ("Outcome", "Settled")));
        Assert.Equal(HttpStatusCode.BadRequest, tooEarly.StatusCode);
        Assert.StartsWith("The date of the review must be on or after the day the child went home", Html.InlineError(await tooEarly.ReadDocumentAsync(), "ReviewedOn"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(worker, review, Date("ReviewedOn", Today, ("Outcome", "Settled at home and at nursery")))).StatusCode);
        Assert.Equal(Today, await app.WithDbAsync(db => db.ReturnHomePlans.Where(r => r.Id == plan.Id).Select(r => r.ReviewedOn).SingleAsync()));
        Assert.DoesNotContain((await worker.GetDocumentAsync("/work-tray")).QuerySelectorAll("tbody tr"), ReviewRow);
        Assert.Contains("Return home reviewed: Settled at home and at nursery", Html.MainText(await worker.GetDocumentAsync($"/people/{c.Child.Id}/chronology")), StringComparison.Ordinal);
    }
}

public sealed class PermanenceFollowUpTestsOnSqlite(SqliteAppFactory app) : PermanenceFollowUpTests<SqliteAppFactory>(app);

public sealed class PermanenceFollowUpTestsOnPostgres(PostgresAppFactory app) : PermanenceFollowUpTests<PostgresAppFactory>(app);
