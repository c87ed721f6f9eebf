using Haven.Data.Demo;
using Microsoft.Playwright;

namespace Haven.Browser.Tests;

/// <summary>A service manager finds the looked-after indicators on the scorecard and opens the children behind two of them, in Chromium with axe.</summary>
public sealed class LookedAfterScorecardJourneyTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    private static string Email(string role) => DemoAuthorityGenerator.Logins.Single(l => l.IdentityRole == role).Email;

    [Fact]
    public async Task A_service_manager_opens_the_looked_after_reviews_and_adoption_figures()
    {
        var page = await app.NewPageAsync();
        await app.SignInAsync(page, Email("ServiceManager"));

        await page.GetByRole(AriaRole.Link, new() { Name = "Scorecard", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("tbody tr").Filter(new() { HasText = "K53" })).ToContainTextAsync("Care leavers aged 19 to 21 the authority is in touch with");

        await page.GetByRole(AriaRole.Link, new() { Name = "K31", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Looked-after children whose reviews were all held within timescale (NI 66)" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Green when at least 95%");
        await AxeChecks.AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "45-scorecard-looked-after-reviews");

        await page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Scorecard ") }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "K47", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Green when 426 days or less");
        await AxeChecks.AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "46-scorecard-adoption-a1");
    }
}
