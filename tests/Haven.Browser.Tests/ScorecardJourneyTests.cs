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
    }
}
