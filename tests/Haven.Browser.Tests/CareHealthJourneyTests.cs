using System.Globalization;
using Haven.Data;
using Haven.Data.Demo;
using Haven.Domain.FrontDoor;
using Haven.Domain.LookedAfter;
using Haven.Domain.People;
using Haven.Web.Features.FrontDoor;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Haven.Browser.Tests;

/// <summary>
/// A child in care in Chromium, checked with axe on every page: they go missing, come back and have a return home
/// interview; their initial health assessment and first PEP are recorded.
/// </summary>
public sealed class CareHealthJourneyTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    private static string Login(string role) => DemoAuthorityGenerator.Logins.Single(l => l.IdentityRole == role).Email;

    private static async Task FillDateAsync(IPage page, string field, DateOnly date)
    {
        await page.Locator($"#{field}-day").FillAsync(date.Day.ToString(CultureInfo.InvariantCulture));
        await page.Locator($"#{field}-month").FillAsync(date.Month.ToString(CultureInfo.InvariantCulture));
        await page.Locator($"#{field}-year").FillAsync(date.Year.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_child_in_care_goes_missing_comes_back_has_a_return_interview_and_a_health_assessment_and_pep()
    {
        var today = DateOnly.FromDateTime(Haven.Domain.Calendar.UkClock.ToLocal(DateTime.UtcNow));
        var childId = await ChildInCareAsync(today.AddDays(-8));
        var page = await app.NewPageAsync();
        await app.SignInAsync(page, Login("SocialWorker"));

        await page.GotoAsync($"/people/{childId}/care/missing");
        await AxeChecks.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Report the child missing or away" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Report the child missing or away" })).ToBeVisibleAsync();
        await page.GetByLabel("Missing from care").CheckAsync();
        await FillDateAsync(page, "StartedOn", today.AddDays(-3));
        await page.Locator("#StartedTime").FillAsync("9pm");
        await page.GetByLabel("The police were told").CheckAsync();
        await page.Locator("#PoliceReference").FillAsync("HV-4471");
        await AxeChecks.AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "care-health-01-report-missing");
        await page.GetByRole(AriaRole.Button, new() { Name = "Report missing" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Missing episode recorded");

        await page.GetByRole(AriaRole.Link, new() { Name = "Record the return" }).ClickAsync();
        await FillDateAsync(page, "ReturnedOn", today.AddDays(-2));
        await page.Locator("#ReturnedTime").FillAsync("08:00");
        await page.Locator("#WhereFound").FillAsync("Found by police at a friend's flat in Kingsford");
        await page.GetByLabel("Risk of child criminal exploitation (CCE)").CheckAsync();
        await AxeChecks.AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "care-health-02-return");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the return" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Return recorded");

        await page.GetByRole(AriaRole.Link, new() { Name = "Record the return home interview" }).ClickAsync();
        await FillDateAsync(page, "OfferedOn", today.AddDays(-2));
        await page.Locator("#OfferedTime").FillAsync("10am");
        await page.Locator("#OfferedBy").FillAsync("Sam Reid, return home interview worker");
        await FillDateAsync(page, "HeldOn", today.AddDays(-1));
        await page.Locator("#HeldTime").FillAsync("4pm");
        await page.Locator("#HeldBy").FillAsync("Sam Reid");
        await page.Locator("#Outcome").FillAsync("Went to a party with older boys met online; safety plan agreed with the carers.");
        await AxeChecks.AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "care-health-03-interview");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the interview" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Return home interview recorded");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Completed in time");
        await AxeChecks.AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "care-health-04-missing");

        await page.GotoAsync($"/people/{childId}/care/health");
        await AxeChecks.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Initial health assessment" }).ClickAsync();
        await page.Locator("#DoneBy").FillAsync("Dr Okafor, community paediatrician");
        await AxeChecks.AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "care-health-05-record-health");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Initial health assessment recorded");
        await Assertions.Expect(page.Locator("#assessments")).ToContainTextAsync("Completed in time");
        await AxeChecks.AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "care-health-06-health");

        await page.GotoAsync($"/people/{childId}/care/education");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record a PEP" }).ClickAsync();
        await page.Locator("#SchoolName").FillAsync("Kingsford Academy");
        await page.Locator("#VirtualSchoolContact").FillAsync("Mo Ali, virtual school");
        await page.Locator("#AttendancePercent").FillAsync("94.5");
        await page.GetByLabel("SEN support").CheckAsync();
        await AxeChecks.AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "care-health-07-record-pep");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the PEP" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Personal education plan recorded");
        await Assertions.Expect(page.Locator("#school")).ToContainTextAsync("94.5%");
        await AxeChecks.AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "care-health-08-education");

        await page.GotoAsync($"/people/{childId}/care/advocacy");
        await Assertions.Expect(page.Locator("#pledge")).ToContainTextAsync("Our promise to you");
        await AxeChecks.AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "care-health-09-advocacy");

        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HavenDbContext>();
        var types = await db.CaseEvents.Where(e => e.PersonId == childId).Select(e => e.Type).ToListAsync();
        foreach (var type in new[] { "MissingEpisodeReported", "MissingEpisodeReturned", "ReturnInterviewRecorded", "HealthCheckRecorded", "EducationPlanRecorded" })
        {
            Assert.Single(types, t => t == type);
        }
    }

    /// <summary>A referred child taken into care (the care record's entry pages are another branch's, so the period is written directly).</summary>
    private async Task<Guid> ChildInCareAsync(DateOnly cameIntoCare)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HavenDbContext>();
        var child = await db.People
            .Where(p => p.Kind == PersonKind.Child && !p.IsRestricted && p.DateOfBirth != null && p.DateOfBirth < cameIntoCare.AddYears(-11) && p.DateOfBirth > cameIntoCare.AddYears(-16)
                && p.MergedIntoId == null && !db.Referrals.Any(r => r.PersonId == p.Id))
            .OrderByDescending(p => p.LaPersonId).FirstAsync();
        var frontDoor = scope.ServiceProvider.GetRequiredService<FrontDoorService>();
        var contact = (await frontDoor.RecordAsync([child.Id], new ContactDetails(DateTime.UtcNow.AddDays(-10), ContactRoute.Phone, ContactKind.Referral, "2A",
            "PC Dale Hart", "Havenshire Police", "Officer", "dale.hart@police.example.com", null, null,
            "Found alone at home for three days; mother in hospital.", "Said there was no food.", ConsentToShare.Given, null, YesNoNotKnown.Yes), CancellationToken.None))[0];
        await frontDoor.MarkHistoryReadAsync(contact.Id, null, CancellationToken.None);
        await frontDoor.DecideAsync(contact.Id, new DecisionDetails(ScreeningOutcome.ReferralForAssessment, ThresholdLevel.ChildInNeed,
            "No adult able to care for the child.", null, null, "N1"), CancellationToken.None);
        var referralId = await db.Referrals.Where(r => r.ContactId == contact.Id).Select(r => r.Id).SingleAsync();
        db.CarePeriods.Add(new CarePeriod
        {
            Id = Guid.NewGuid(), PersonId = child.Id, ReferralId = referralId, StartDate = cameIntoCare, EntryRoute = CareEntryRoute.EmergencyAccommodation,
            DecisionBy = "Helen Ashby, service manager", DecisionOn = cameIntoCare, DecisionRationale = "No adult able to care for the child.", CategoryOfNeed = "N1",
            CarePlanDueOn = cameIntoCare.AddDays(14), RecordedByUserId = "system", RecordedByName = "Test", RecordedAtUtc = DateTime.UtcNow,
        });
        await db.SaveChangesAsync();
        return child.Id;
    }
}
