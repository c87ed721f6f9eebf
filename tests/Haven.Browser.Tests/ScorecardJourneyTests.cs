using Haven.Data.Demo;
using Microsoft.Playwright;

namespace Haven.Browser.Tests;

/// <summary>A service manager opens the scorecard, follows a figure to the children behind it, and sets a target, in Chromium with axe.</summary>
public sealed class ScorecardJourneyTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    private static string Email(string role) => DemoAuthorityGenerator.Logins.Single(l => l.IdentityRole == role).Email;

    [Fact]
    public async Task A_service_manager_reads_the_scorecard_drills_into_a_figure_and_sets_a_target()
    {
        var page = await app.NewPageAsync();
        await app.SignInAsync(page, Email("ServiceManager"));

        await page.GetByRole(AriaRole.Link, new() { Name = "Scorecard", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Strategic performance scorecard") })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Green when at least 85%, amber from 80%, red below 80%");
        await AxeChecks.AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "40-scorecard");

        await page.GetByRole(AriaRole.Link, new() { Name = "K02", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Referrals to children's social care" })).ToBeVisibleAsync();
        await AxeChecks.AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "41-scorecard-drill-down");

        // A timeliness figure counted from the clocks: the visits due to children on plans, each with the day it was due.
        await page.GotoAsync($"{app.BaseUrl}/performance/scorecard");
        await page.GetByRole(AriaRole.Link, new() { Name = "K22", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Child protection visits within timescale" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Visit due");
        await AxeChecks.AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "41b-scorecard-visits-drill-down");

        await page.GotoAsync($"{app.BaseUrl}/performance/targets");
        await page.GetByLabel("Indicator", new() { Exact = true }).SelectOptionAsync("K09");
        await page.GetByLabel("For", new() { Exact = true }).SelectOptionAsync("0");
        await page.GetByLabel("Target", new() { Exact = true }).FillAsync("ninety");
        await page.GetByRole(AriaRole.Button, new() { Name = "Set the target" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter the target as a number, like 85");
        await AxeChecks.AssertAccessibleAsync(page);
        await page.GetByLabel("Target", new() { Exact = true }).FillAsync("90");
        await page.GetByRole(AriaRole.Button, new() { Name = "Set the target" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Green when at least 90%, amber from 85%, red below 85%");
        await BrowserFixture.ScreenshotAsync(page, "42-scorecard-targets");

        // Comparators: last year's child population (a typing slip first), then a published table as a file.
        await page.GotoAsync($"{app.BaseUrl}/performance/comparators");
        await page.GetByLabel("Year", new() { Exact = true }).SelectOptionAsync("2026");
        await page.GetByLabel("Children aged 0 to 17", new() { Exact = true }).FillAsync("sixty thousand");
        await page.GetByRole(AriaRole.Button, new() { Name = "Set the population" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter the number of children as a whole number, like 66157");
        await AxeChecks.AssertAccessibleAsync(page);
        await page.GetByLabel("Children aged 0 to 17", new() { Exact = true }).FillAsync("60,000");
        await page.GetByRole(AriaRole.Button, new() { Name = "Set the population" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Child population for 2025-26 set to 60,000");

        await page.GetByLabel("Comparator file (CSV)").SetInputFilesAsync(new FilePayload
        {
            Name = "comparators-2025-26.csv",
            MimeType = "text/csv",
            Buffer = System.Text.Encoding.UTF8.GetBytes("indicator,year,area,value\nK04,2025-26,N,22.4\nK04,2025-26,SN,21.0\nK11,2025-26,N,332.8\n"),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Import the comparators" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("3 comparators imported for 2025-26");
        await Assertions.Expect(page.Locator("main table").First).ToContainTextAsync("Statistical neighbours");
        await AxeChecks.AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "43-scorecard-comparators");

        await page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Scorecard ") }).ClickAsync();
        var k11 = page.Locator("tbody tr").Filter(new() { HasText = "K11" });
        await Assertions.Expect(k11).ToContainTextAsync("N : 332.8");
        await Assertions.Expect(k11).ToContainTextAsync("per 10,000");
        await AxeChecks.AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "44-scorecard-compared");
    }
}
