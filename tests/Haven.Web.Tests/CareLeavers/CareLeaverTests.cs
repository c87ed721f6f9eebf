using System.Net;
using Haven.Data;
using Haven.Domain.CareLeavers;
using Haven.Domain.Events;
using Haven.Domain.LookedAfter;
using Haven.Web.Tests.Casework;
using Haven.Web.Tests.Infrastructure;
using Haven.Web.Tests.WorkTray;
using Microsoft.EntityFrameworkCore;
using static Haven.Web.Tests.Casework.SocialCareTestData;

namespace Haven.Web.Tests.CareLeavers;

/// <summary>
/// Care leavers through the real pages, on both databases. The fake clock's today is Wednesday 25 November 2026.
/// The young people were born on 20 December 2007 (18 on 20 December 2025, 19 on 20 December 2026) and left care on
/// their 18th birthday, so they are former relevant: the 18th birthday's window (20 September 2025 to 20 January
/// 2026) closed with no contact, and the 19th's (20 September 2026 to 20 January 2027) is open.
/// </summary>
public abstract class CareLeaverTests<TFactory>(TFactory app) : IClassFixture<TFactory> where TFactory : HavenAppFactory
{
    private static readonly DateOnly Born = new(2007, 12, 20);

    /// <summary>A referred young person with a period of care written directly (the care pages are another feature's), from <paramref name="from"/> to <paramref name="to"/>.</summary>
    private async Task<(SocialCareCase Case, HttpClient Worker, string Url)> CareHistoryAsync(string first, DateOnly born, DateOnly from, DateOnly? to)
    {
        var c = await app.ReferredChildAsync(first, "Okoro");
        await app.WithDbAsync(async db =>
        {
            (await db.People.SingleAsync(p => p.Id == c.Child.Id)).DateOfBirth = born;
            var period = new CarePeriod
            {
                Id = Guid.NewGuid(), PersonId = c.Child.Id, ReferralId = c.ReferralId, StartDate = from, EntryRoute = CareEntryRoute.Accommodation,
                DecisionBy = "Priya Shah, head of service", DecisionOn = from, DecisionRationale = "Family breakdown; mother asked for help.",
                CategoryOfNeed = "N5", CarePlanDueOn = from.AddDays(14), EndDate = to, ReasonCeased = to is null ? null : "E5",
                RecordedByUserId = c.Worker.Id, RecordedByName = "Worker", RecordedAtUtc = new DateTime(2026, 11, 3, 12, 0, 0, DateTimeKind.Utc),
            };
            period.LegalStatuses.Add(new CareLegalStatus { Id = Guid.NewGuid(), From = from, Code = "V2", RecordedByUserId = c.Worker.Id, RecordedByName = "Worker" });
            db.CarePeriods.Add(period);
            await db.SaveChangesAsync();
        });
        return (c, await app.SignInAsync(c.Worker), $"/people/{c.Child.Id}/leaving-care");
    }

    private Task<(SocialCareCase Case, HttpClient Worker, string Url)> LeftCareAt18Async(string first) =>
        CareHistoryAsync(first, Born, new DateOnly(2022, 6, 1), new DateOnly(2025, 12, 20));

    private static List<string> Rows(AngleSharp.Html.Dom.IHtmlDocument doc, string table) =>
        [.. doc.QuerySelectorAll($"#{table} tbody tr").Select(r => string.Join("|", r.QuerySelectorAll("td").Select(td => string.Join(" ", td.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))))];

    [Fact]
    public async Task A_young_person_who_left_care_at_18_is_former_relevant_and_a_birthday_contact_in_touch_needs_where_they_live()
    {
        var (c, worker, url) = await LeftCareAt18Async("Jayden");
        var page = await worker.GetDocumentAsync(url);
        var status = page.QuerySelector("#status")!.TextContent;
        Assert.Contains("Former relevant", status, StringComparison.Ordinal);
        // No plan yet: it was due 3 months after the 16th birthday, 20 March 2024.
        Assert.Contains("20 March 2024", status, StringComparison.Ordinal);
        Assert.Contains("Overdue", status, StringComparison.Ordinal);
        var birthdays = Rows(page, "birthdays");
        Assert.Equal(4, birthdays.Count);
        Assert.StartsWith("18th, 20 December 2025|20 September 2025 to 20 January 2026|Missed: no contact", birthdays[0], StringComparison.Ordinal);
        Assert.StartsWith("19th, 20 December 2026|20 September 2026 to 20 January 2027|Contact due", birthdays[1], StringComparison.Ordinal);

        var contact = $"{url}/contact";
        var fields = Date("ContactOn", new DateOnly(2026, 11, 20)).With(new() { ["InTouch"] = "YES", ["Activity"] = "F5", ["Note"] = "Met at the café; working at the bakery." });
        var refused = await worker.PostFormAsync(contact, await worker.GetFormAsync(contact), fields);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var refusedDoc = await refused.ReadDocumentAsync();
        Assert.Equal("Select where the young person lives", Html.InlineError(refusedDoc, "Accommodation"));
        Assert.Equal("Met at the café; working at the bakery.", refusedDoc.QuerySelector("#Note")!.TextContent.Trim());
        Assert.Equal("F5", refusedDoc.QuerySelector("#Activity option[selected]")?.GetAttribute("value"));
        Assert.Equal(0, await app.WithDbAsync(db => db.CareLeaverContacts.CountAsync(x => x.PersonId == c.Child.Id)));

        var homeless = await worker.PostFormAsync(contact, await worker.GetFormAsync(contact), fields.With(new() { ["Accommodation"] = "S", ["Suitable"] = "true" }));
        Assert.Equal("No fixed abode and custody are never suitable accommodation: select no", Html.InlineError(await homeless.ReadDocumentAsync(), "Suitable"));

        Assert.Equal(HttpStatusCode.Redirect, (await worker.PostFormAsync(contact, await worker.GetFormAsync(contact), fields.With(new() { ["Accommodation"] = "U", ["Suitable"] = "true" }))).StatusCode);
        var saved = await app.WithDbAsync(db => db.CareLeaverContacts.SingleAsync(x => x.PersonId == c.Child.Id));
        Assert.Equal(("YES", "U1", "F5"), (saved.InTouch, saved.Oc3Accommodation, saved.Activity));
        Assert.StartsWith("19th, 20 December 2026|20 September 2026 to 20 January 2027|In touch 20 November 2026|U Independent living (suitable)|F5 Training or employment, full time",
            Rows(await worker.GetDocumentAsync(url), "birthdays")[1], StringComparison.Ordinal);

        var events = await app.EventsAsync(c.Child, CaseEventTypes.CareLeaverContactRecorded);
        Assert.Equal("Contact on 20 November 2026: YES Yes, in touch (around their 19th birthday)", Assert.Single(events).Summary);
        var chronology = (await worker.GetDocumentAsync($"/people/{c.Child.Id}/chronology")).QuerySelectorAll("main p.govuk-body").Select(p => p.TextContent.Trim()).ToList();
        Assert.Single(chronology, "Care leaver contact: in touch with us");
    }

    [Fact]
    public async Task The_personal_adviser_sees_their_care_leavers_at_home_and_the_pathway_plan_and_birthday_contact_in_the_tray()
    {
        var (c, worker, url) = await LeftCareAt18Async("Amira");
        var team = await app.TeamAsync("Leaving care", c.Manager.Id);
        await app.AllocateAsync(c.Child.Id, c.Worker.Id, team.Id, "2026-01-05");

        var adviser = $"{url}/adviser";
        var none = await worker.PostFormAsync(adviser, await worker.GetFormAsync(adviser), Date("From", new DateOnly(2026, 1, 5)));
        Assert.Equal(HttpStatusCode.BadRequest, none.StatusCode);
        Assert.Equal("Select the personal adviser", Html.InlineError(await none.ReadDocumentAsync(), "AdviserUserId"));
        Assert.Equal(HttpStatusCode.Redirect, (await worker.PostFormAsync(adviser, await worker.GetFormAsync(adviser),
            Date("From", new DateOnly(2026, 1, 5)).With(new() { ["AdviserUserId"] = c.Worker.Id, ["SupportTo25"] = "true" }))).StatusCode);
        var record = await app.WithDbAsync(db => db.CareLeavers.SingleAsync(x => x.PersonId == c.Child.Id));
        Assert.Equal((c.Worker.DisplayName, true), (record.PersonalAdviserName, record.SupportTo25));
        // Support to 25: birthdays from 18 to 25.
        Assert.Equal(8, Rows(await worker.GetDocumentAsync(url), "birthdays").Count);

        var plan = $"{url}/pathway-plan";
        var reviewFirst = await worker.PostFormAsync(plan, await worker.GetFormAsync(plan), Date("CompletedOn", new DateOnly(2026, 6, 1)).With(new() { ["Step"] = "Review" }));
        Assert.Equal(HttpStatusCode.BadRequest, reviewFirst.StatusCode);
        Assert.Equal("Record the pathway plan before its first review", Html.InlineError(await reviewFirst.ReadDocumentAsync(), "Step"));
        Assert.Equal(HttpStatusCode.Redirect, (await worker.PostFormAsync(plan, await worker.GetFormAsync(plan),
            Date("CompletedOn", new DateOnly(2026, 6, 1)).With(new() { ["Step"] = "PathwayPlan", ["YoungPersonTookPart"] = "true", ["Summary"] = "College in September; bank account." }))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await worker.PostFormAsync(plan, await worker.GetFormAsync(plan),
            Date("CompletedOn", new DateOnly(2026, 11, 20)).With(new() { ["Step"] = "Review", ["YoungPersonTookPart"] = "true" }))).StatusCode);
        var status = (await worker.GetDocumentAsync(url)).QuerySelector("#status")!.TextContent;
        // Six months after the review of 20 November 2026.
        Assert.Contains("Pathway plan review due", status, StringComparison.Ordinal);
        Assert.Contains("20 May 2027", status, StringComparison.Ordinal);

        var tray = await worker.GetDocumentAsync("/work-tray");
        var links = tray.QuerySelectorAll($"tbody tr td a[href='{url}']").Select(a => a.TextContent.Trim()).ToList();
        Assert.Contains("Pathway plan review due for Amira Okoro", links);
        Assert.Contains("Care leaver birthday contact due for Amira Okoro", links);

        var home = await worker.GetDocumentAsync("/");
        var list = Rows(home, "care-leavers ~ table");
        Assert.Single(list, r => r.StartsWith("Amira Okoro", StringComparison.Ordinal) && r.Contains("Former relevant", StringComparison.Ordinal) && r.Contains("20 May 2027", StringComparison.Ordinal));

        Assert.Single(await app.EventsAsync(c.Child, CaseEventTypes.PersonalAdviserAllocated));
        Assert.Equal(2, (await app.EventsAsync(c.Child, CaseEventTypes.PathwayPlanRecorded)).Count);
    }

    [Fact]
    public async Task The_caption_says_care_leaver_on_the_leaving_care_page_and_young_person_elsewhere_for_an_18_year_old_not_child()
    {
        var (c, worker, url) = await LeftCareAt18Async("Kemi");
        static string Caption(AngleSharp.Html.Dom.IHtmlDocument doc) => doc.QuerySelector("main .govuk-caption-l")!.TextContent.Split('·')[0].Trim();

        Assert.Equal("Care leaver", Caption(await worker.GetDocumentAsync(url)));
        Assert.Equal("Young person", Caption(await worker.GetDocumentAsync($"/people/{c.Child.Id}")));
        Assert.Equal("Young person", Caption(await worker.GetDocumentAsync($"/people/{c.Child.Id}/chronology")));
        // Someone still in care at 15 is a child, on the leaving care page too.
        var (young, youngWorker, youngUrl) = await CareHistoryAsync("Ines", new DateOnly(2011, 6, 1), new DateOnly(2025, 1, 6), null);
        Assert.Equal("Child", Caption(await youngWorker.GetDocumentAsync(youngUrl)));
        Assert.Equal("Child", Caption(await youngWorker.GetDocumentAsync($"/people/{young.Child.Id}")));
    }

    [Fact]
    public async Task Thirteen_weeks_in_care_after_14_but_none_at_16_is_not_a_care_leaver_and_nothing_can_be_recorded()
    {
        // Born 1 January 2010, so 16 on 1 January 2026; in care from 1 March to 1 September 2024 (184 days, all before 16).
        var (c, worker, url) = await CareHistoryAsync("Tomas", new DateOnly(2010, 1, 1), new DateOnly(2024, 3, 1), new DateOnly(2024, 9, 1));
        var page = await worker.GetDocumentAsync(url);
        Assert.Contains("Not a care leaver: in care for 13 weeks after 14, but not on or after their 16th birthday.", page.QuerySelector("#status")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector($"a[href='{url}/contact']"));

        var contact = $"{url}/contact";
        var refused = await worker.PostFormAsync(contact, await worker.GetFormAsync(contact), Date("ContactOn", new DateOnly(2026, 11, 20)).With(new() { ["InTouch"] = "NO" }));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        // About the young person, not a field: listed in the error summary without a link.
        Assert.Contains("Leaving care work cannot be recorded for this young person. Not a care leaver: in care for 13 weeks after 14",
            (await refused.ReadDocumentAsync()).QuerySelector(".govuk-error-summary__list")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(await app.EventsAsync(c.Child, CaseEventTypes.CareLeaverContactRecorded));
    }
}

public sealed class CareLeaverTestsOnSqlite(SqliteAppFactory app) : CareLeaverTests<SqliteAppFactory>(app);

public sealed class CareLeaverTestsOnPostgres(PostgresAppFactory app) : CareLeaverTests<PostgresAppFactory>(app);
