using Haven.Data.Demo;
using Microsoft.Playwright;

namespace Haven.Browser.Tests;

/// <summary>A performance analyst shows Ofsted's Annex A for the demo authority and opens a list, in Chromium with axe.</summary>
public sealed class AnnexAJourneyTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    private static string Email(string role) => DemoAuthorityGenerator.Logins.Single(l => l.IdentityRole == role).Email;

    [Fact]
    public async Task An_analyst_shows_the_lists_and_opens_the_children_in_care()
    {
        var page = await app.NewPageAsync();
        await app.SignInAsync(page, Email("PerformanceAnalyst"));

        await page.GetByRole(AriaRole.Link, new() { Name = "Returns", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Ofsted Annex A" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Ofsted Annex A" })).ToBeVisibleAsync();
        await AxeChecks.AssertAccessibleAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Show the lists" }).ClickAsync();
        await Assertions.Expect(page.Locator("#summary")).ToContainTextAsync("List 11");
        await AxeChecks.AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "33-annex-a-lists");

        await page.GetByRole(AriaRole.Link, new() { Name = "List 8", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#list")).ToContainTextAsync("Children looked after");
        await AxeChecks.AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "34-annex-a-list-8");
    }
}
