using System.Globalization;
using Haven.Data;
using Haven.Data.Demo;
using Haven.Domain.Events;
using Haven.Domain.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Haven.Browser.Tests;

/// <summary>
/// A child who is not in care, in Chromium, checked with axe on every page: they go missing from home twice, have one
/// return home interview in time and one late, then are privately fostered and visited; the chronology shows each
/// step once, as it was then.
/// </summary>
public sealed class SafeguardingJourneyTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    private static string Login(string role) => DemoAuthorityGenerator.Logins.Single(l => l.IdentityRole == role).Email;

    private static async Task FillDateAsync(IPage page, string field, DateOnly date)
    {
        await page.Locator($"#{field}-day").FillAsync(date.Day.ToString(CultureInfo.InvariantCulture));
        await page.Locator($"#{field}-month").FillAsync(date.Month.ToString(CultureInfo.InvariantCulture));
        await page.Locator($"#{field}-year").FillAsync(date.Year.ToString(CultureInfo.InvariantCulture));
    }

    private static async Task CheckedAsync(IPage page, string screenshot)
    {
        await AxeChecks.AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, screenshot);
    }

    [Fact]
    public async Task A_child_goes_missing_twice_has_one_interview_in_time_and_one_late_then_is_privately_fostered_and_visited()
    {
        var today = DateOnly.FromDateTime(Haven.Domain.Calendar.UkClock.ToLocal(DateTime.UtcNow));
        var childId = await ChildNotInCareAsync(today);
        var page = await app.NewPageAsync();
        await app.SignInAsync(page, Login("SocialWorker"));

        await page.GotoAsync($"/people/{childId}/missing");
        await CheckedAsync(page, "safeguarding-01-missing-empty");
        // Ten days ago at 9pm, back at 8am the next day, interview held 32 hours later: in time.
        await ReportMissingAsync(page, today.AddDays(-10));
        await CheckedAsync(page, "safeguarding-03-missing-reported");
        await RecordReturnAsync(page, today.AddDays(-9), "Found by police at a bus station in Kingsford");
        await RecordInterviewAsync(page, today.AddDays(-9), today.AddDays(-8), "Went to meet an older boy met online; safety plan agreed with mum.");
        await Assertions.Expect(page.Locator(".govuk-summary-card").First).ToContainTextAsync("Completed in time");

        // Six days ago, back the next morning, interview held four days after the return: late.
        await ReportMissingAsync(page, today.AddDays(-6));
        await RecordReturnAsync(page, today.AddDays(-5), "Came home by themselves");
        await RecordInterviewAsync(page, today.AddDays(-5), today.AddDays(-1), "Stayed with a friend after an argument at home; family support offered.");
        await Assertions.Expect(page.Locator(".govuk-summary-card").First).ToContainTextAsync("Completed late");
        await CheckedAsync(page, "safeguarding-06-missing-twice");

        await page.GetByRole(AriaRole.Link, new() { Name = "Private fostering", Exact = true }).ClickAsync();
        await CheckedAsync(page, "safeguarding-07-private-fostering-empty");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record a private fostering notification" }).ClickAsync();
        await FillDateAsync(page, "NotifiedOn", today.AddDays(-3));
        await page.Locator("#NotifiedBy").FillAsync("Mrs Hale, head teacher at Kingsford Academy");
        await FillDateAsync(page, "StartedOn", today.AddDays(-20));
        await page.Locator("#CarerName").FillAsync("Grace Adeyemi");
        await page.Locator("#CarerRelationship").FillAsync("Family friend");
        await CheckedAsync(page, "safeguarding-08-notification");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the notification" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Private fostering notification recorded");

        await page.GetByRole(AriaRole.Link, new() { Name = "Record a visit" }).ClickAsync();
        await FillDateAsync(page, "VisitedOn", today);
        await page.GetByLabel("The child was seen alone").CheckAsync();
        await page.Locator("#Note").FillAsync("Has their own room; walks to school with Grace's daughter.");
        await CheckedAsync(page, "safeguarding-09-visit");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the visit" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Visit recorded");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Completed in time");
        await CheckedAsync(page, "safeguarding-10-private-fostering");

        await page.GotoAsync($"/people/{childId}/chronology");
        await CheckedAsync(page, "safeguarding-11-chronology");
        var lines = (await page.Locator("main p.govuk-body").AllTextContentsAsync()).Select(t => t.Trim()).ToList();
        Assert.Single(lines, l => l.StartsWith($"Missing from home on {Haven.Domain.Formatting.DateText.Date(today.AddDays(-10))}", StringComparison.Ordinal));
        Assert.Single(lines, l => l.StartsWith($"Missing from home on {Haven.Domain.Formatting.DateText.Date(today.AddDays(-6))}", StringComparison.Ordinal));
        Assert.Single(lines, "Came back: Found by police at a bus station in Kingsford");
        Assert.Single(lines, "Came back: Came home by themselves");
        Assert.Equal(2, lines.Count(l => l == "Return home interview held"));
        Assert.Single(lines, $"Private fostering notified: living with Grace Adeyemi from {Haven.Domain.Formatting.DateText.Date(today.AddDays(-20))}");
        Assert.Single(lines, "Private fostering visit: child seen alone");

        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HavenDbContext>();
        var types = await db.CaseEvents.Where(e => e.PersonId == childId).Select(e => e.Type).ToListAsync();
        Assert.Equal(2, types.Count(t => t == CaseEventTypes.MissingEpisodeReported));
        Assert.Equal(2, types.Count(t => t == CaseEventTypes.MissingEpisodeReturned));
        Assert.Equal(2, types.Count(t => t == CaseEventTypes.ReturnInterviewRecorded));
        Assert.Single(types, t => t == CaseEventTypes.PrivateFosteringNotified);
        Assert.Single(types, t => t == CaseEventTypes.PrivateFosteringVisited);
    }

    private static async Task ReportMissingAsync(IPage page, DateOnly on)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Report the child missing from home" }).ClickAsync();
        await FillDateAsync(page, "StartedOn", on);
        await page.Locator("#StartedTime").FillAsync("9pm");
        await page.GetByLabel("The police were told").CheckAsync();
        await CheckedAsync(page, "safeguarding-02-report-missing");
        await page.GetByRole(AriaRole.Button, new() { Name = "Report missing" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Missing episode recorded");
    }

    private static async Task RecordReturnAsync(IPage page, DateOnly on, string whereFound)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Record the return", Exact = true }).ClickAsync();
        await FillDateAsync(page, "ReturnedOn", on);
        await page.Locator("#ReturnedTime").FillAsync("08:00");
        await page.Locator("#WhereFound").FillAsync(whereFound);
        await page.GetByLabel("No exploitation concerns").CheckAsync();
        await CheckedAsync(page, "safeguarding-04-return");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the return" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Return recorded");
    }

    private static async Task RecordInterviewAsync(IPage page, DateOnly offered, DateOnly held, string outcome)
    {
        // The latest episode is the first card.
        await page.Locator(".govuk-summary-card").First.GetByRole(AriaRole.Link, new() { Name = "Record the return home interview" }).ClickAsync();
        await FillDateAsync(page, "OfferedOn", offered);
        await page.Locator("#OfferedTime").FillAsync("10am");
        await page.Locator("#OfferedBy").FillAsync("Sam Reid, return home interview worker");
        await FillDateAsync(page, "HeldOn", held);
        await page.Locator("#HeldTime").FillAsync("4pm");
        await page.Locator("#HeldBy").FillAsync("Sam Reid");
        await page.Locator("#Outcome").FillAsync(outcome);
        await CheckedAsync(page, "safeguarding-05-interview");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the interview" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Return home interview recorded");
    }

    /// <summary>A demo child of 11 to 15 with an open social care episode, never in care, with nothing of these themes on their record yet.</summary>
    private async Task<Guid> ChildNotInCareAsync(DateOnly today)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HavenDbContext>();
        return await db.People
            .Where(p => p.Kind == PersonKind.Child && !p.IsRestricted && p.MergedIntoId == null && p.DateOfBirth != null
                && p.DateOfBirth < today.AddYears(-11) && p.DateOfBirth > today.AddYears(-15)
                && db.Referrals.Any(r => r.PersonId == p.Id && r.ClosedOn == null)
                && !db.CarePeriods.Any(c => c.PersonId == p.Id) && !db.MissingEpisodes.Any(m => m.PersonId == p.Id)
                && !db.PrivateFosteringArrangements.Any(a => a.PersonId == p.Id))
            .OrderBy(p => p.LaPersonId).Select(p => p.Id).FirstAsync();
    }
}
