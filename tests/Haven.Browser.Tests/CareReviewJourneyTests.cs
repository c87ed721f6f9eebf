using System.Globalization;
using Haven.Data;
using Haven.Data.Demo;
using Haven.Domain.Calendar;
using Haven.Domain.FrontDoor;
using Haven.Domain.LookedAfter;
using Haven.Domain.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Haven.Browser.Tests;

/// <summary>
/// A looked-after child's reviews in Chromium: the IRO records two reviews (the first late), finds the child on their
/// list, and the social worker records a statutory visit as a case note; axe checks every page.
/// </summary>
public sealed class CareReviewJourneyTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;

    private static string Email(string role) => DemoAuthorityGenerator.Logins.Single(l => l.IdentityRole == role).Email;

    /// <summary>One of the demo worker's children, in care for about five months with the demo IRO allocated.</summary>
    private async Task<(Guid ChildId, string ChildName, DateOnly Start)> ChildInCareAsync()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HavenDbContext>();
        var workerId = await db.Users.Where(u => u.Email == Email("SocialWorker")).Select(u => u.Id).SingleAsync();
        var iro = await db.Users.Where(u => u.Email == Email("IndependentReviewingOfficer")).Select(u => new { u.Id, u.DisplayName }).SingleAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var child = await db.Allocations.Where(a => a.WorkerUserId == workerId && a.EndDate == null)
            .Join(db.People.Where(p => !p.IsRestricted && p.MergedIntoId == null && p.Kind == PersonKind.Child), a => a.PersonId, p => p.Id, (a, p) => p)
            .Where(p => !db.CarePeriods.Any(c => c.PersonId == p.Id))
            .OrderByDescending(p => p.LastName).FirstAsync();
        var start = Calendar.AddWorkingDays(today.AddDays(-150), 0);
        var contact = new Contact
        {
            Id = Guid.NewGuid(), ContactGroupId = Guid.NewGuid(), Reference = $"C-LA-{Guid.NewGuid():N}"[..14], PersonId = child.Id,
            ReceivedAtUtc = DateTime.UtcNow.AddDays(-160), Route = ContactRoute.Phone, Kind = ContactKind.Referral, SourceCode = "5A",
            Concern = "Police found the children alone at home overnight.", RecordedByUserId = workerId,
        };
        var referral = new Referral { Id = Guid.NewGuid(), PersonId = child.Id, ContactId = contact.Id, ReferralDate = today.AddDays(-160), SourceCode = "5A", PrimaryNeedCode = "N1" };
        var period = new CarePeriod
        {
            Id = Guid.NewGuid(), PersonId = child.Id, ReferralId = referral.Id, StartDate = start, EntryRoute = CareEntryRoute.EmergencyAccommodation,
            DecisionBy = "Head of service", DecisionOn = start, DecisionRationale = "No parent able to care for the children.", CategoryOfNeed = "N1",
            CarePlanDueOn = Calendar.AddWorkingDays(start, 10), IroUserId = iro.Id, IroName = iro.DisplayName,
            RecordedByUserId = workerId, RecordedByName = "Demo", RecordedAtUtc = DateTime.UtcNow,
        };
        period.LegalStatuses.Add(new CareLegalStatus { Id = Guid.NewGuid(), CarePeriodId = period.Id, From = start, Code = "V2", RecordedByUserId = workerId, RecordedByName = "Demo" });
        period.Placements.Add(new Placement
        {
            Id = Guid.NewGuid(), CarePeriodId = period.Id, PersonId = child.Id, StartDate = start, PlacementType = "U6", ProviderCode = "PR1",
            CarerName = "Carol and Dev Ashdown", RecordedByUserId = workerId, RecordedByName = "Demo",
        });
        db.AddRange(contact, referral, period);
        await db.SaveChangesAsync();
        return (child.Id, $"{child.FirstName} {child.LastName}", start);
    }

    private static async Task FillDateAsync(IPage page, string id, DateOnly date)
    {
        await page.Locator($"#{id}-day").FillAsync(date.Day.ToString(CultureInfo.InvariantCulture));
        await page.Locator($"#{id}-month").FillAsync(date.Month.ToString(CultureInfo.InvariantCulture));
        await page.Locator($"#{id}-year").FillAsync(date.Year.ToString(CultureInfo.InvariantCulture));
    }

    private static async Task RecordReviewAsync(IPage page, DateOnly heldOn, string participation, string views)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Record a review" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Record a looked-after review" })).ToBeVisibleAsync();
        await FillDateAsync(page, "HeldOn", heldOn);
        await page.Locator($"input[name=Participation][value={participation}]").CheckAsync();
        await page.GetByLabel("What are the child's views?").FillAsync(views);
        await page.GetByLabel("What did the review decide?").FillAsync("The placement meets the child's needs; the care plan continues.");
    }

    [Fact]
    public async Task The_IRO_records_two_reviews_one_late_and_the_worker_records_a_visit()
    {
        var (childId, childName, start) = await ChildInCareAsync();
        var firstDue = CareTimescales.FirstReview.DueFrom(start, Calendar);
        var firstHeld = firstDue.AddDays(9);
        var secondHeld = CareTimescales.SecondReview.DueFrom(firstHeld, Calendar).AddDays(-3);

        var page = await app.NewPageAsync();
        await app.SignInAsync(page, Email("IndependentReviewingOfficer"));
        await page.GetByRole(AriaRole.Link, new() { Name = "Children I review", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Children I review" })).ToBeVisibleAsync();
        await AxeChecks.AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "39-iro-list");
        await page.GetByRole(AriaRole.Link, new() { Name = childName }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Reviews and care planning" })).ToBeVisibleAsync();
        await AxeChecks.AssertAccessibleAsync(page);

        await RecordReviewAsync(page, firstHeld, "PN1", "\"I like it here. I want to see my sister more.\"");
        await page.Locator("#Recommendations_0__Recommendation").FillAsync("Arrange weekly family time with her sister");
        await page.Locator("#Recommendations_0__Owner").FillAsync("Social worker");
        await FillDateAsync(page, "Recommendations_0__DueOn", firstHeld.AddDays(28));
        await AxeChecks.AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "40-care-review-form");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the review" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Review recorded");
        await Assertions.Expect(page.Locator("main table")).ToContainTextAsync("Held late");

        // A review dated before the child came into care is refused by the date.
        await RecordReviewAsync(page, start.AddDays(-1), "PN1", "Too early");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the review" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("The review cannot be before the child came into care");
        await AxeChecks.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Back to reviews" }).ClickAsync();

        await RecordReviewAsync(page, secondHeld, "PN6", "Wrote to the IRO that school is going well.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the review" }).ClickAsync();
        await Assertions.Expect(page.Locator("main table")).ToContainTextAsync("Held on time");
        await AxeChecks.AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "41-care-reviews");

        await page.GetByRole(AriaRole.Link, new() { Name = firstHeld.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB")) }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Review held on" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Arrange weekly family time with her sister");
        await AxeChecks.AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "42-care-review");

        // The social worker records the statutory visit as a case note for a looked-after child.
        var worker = await app.NewPageAsync();
        await app.SignInAsync(worker, Email("SocialWorker"));
        await worker.GotoAsync($"/people/{childId}/care/visits");
        await Assertions.Expect(worker.Locator("main table").First).ToContainTextAsync("Overdue");
        await worker.GetByRole(AriaRole.Button, new() { Name = "Record a visit as a case note" }).ClickAsync();
        await worker.GetByLabel("Home visit").CheckAsync();
        await worker.GetByLabel("Subject").FillAsync("Statutory visit");
        await worker.GetByLabel("What happened").FillAsync("Saw the child alone in their room; they showed me their school project.");
        await worker.Locator("input[name=VisitWentAhead][value=true]").CheckAsync();
        await worker.Locator("input[name=ChildSeen][value=true]").CheckAsync();
        await worker.Locator("input[name=SeenAlone][value=true]").CheckAsync();
        await worker.GetByLabel("Looked-after child").CheckAsync();
        await worker.GetByRole(AriaRole.Button, new() { Name = "Save case note" }).ClickAsync();
        await worker.GotoAsync($"/people/{childId}/care/visits");
        await Assertions.Expect(worker.Locator("main table").First).ToContainTextAsync("Visited late");
        await AxeChecks.AssertAccessibleAsync(worker);
        await BrowserFixture.ScreenshotAsync(worker, "43-care-visits");

        // The social worker's plans, and the manager's allocation of the IRO: each page passes axe.
        foreach (var (path, name) in new[] { ("plans/care-plan", "44-care-plan"), ("plans/permanence", "45-permanence-plan") })
        {
            await worker.GotoAsync($"/people/{childId}/care/{path}");
            await Assertions.Expect(worker.GetByRole(AriaRole.Heading, new() { Name = "Record the" })).ToBeVisibleAsync();
            await AxeChecks.AssertAccessibleAsync(worker);
            await BrowserFixture.ScreenshotAsync(worker, name);
        }
        var manager = await app.NewPageAsync();
        await app.SignInAsync(manager, Email("TeamManager"));
        await manager.GotoAsync($"/people/{childId}/care/reviewing-officer");
        await Assertions.Expect(manager.GetByRole(AriaRole.Heading, new() { Name = "Allocate the independent reviewing officer" })).ToBeVisibleAsync();
        await AxeChecks.AssertAccessibleAsync(manager);
        await BrowserFixture.ScreenshotAsync(manager, "46-reviewing-officer");

        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HavenDbContext>();
        Assert.Equal(2, await db.CareReviews.CountAsync(r => r.PersonId == childId));
        Assert.Equal(2, await db.CaseEvents.CountAsync(e => e.PersonId == childId && e.Type == Haven.Domain.Events.CaseEventTypes.CareReviewRecorded));
    }
}
