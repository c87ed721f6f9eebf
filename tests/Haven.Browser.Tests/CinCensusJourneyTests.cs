using Haven.Data.Demo;
using Microsoft.Playwright;

namespace Haven.Browser.Tests;

/// <summary>A performance analyst checks this year's CIN census, filters to queries, explains one, and downloads the return, in Chromium with axe.</summary>
public sealed class CinCensusJourneyTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    private static string Email(string role) => DemoAuthorityGenerator.Logins.Single(l => l.IdentityRole == role).Email;

    [Fact]
    public async Task An_analyst_checks_the_census_explains_a_query_and_downloads_the_return()
    {
        var page = await app.NewPageAsync();
        await app.SignInAsync(page, Email("PerformanceAnalyst"));

        await page.GetByRole(AriaRole.Link, new() { Name = "Returns", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Children in need census" })).ToBeVisibleAsync();
        await AxeChecks.AssertAccessibleAsync(page);

        await page.GetByLabel("Census year", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.GetByRole(AriaRole.Button, new() { Name = "Check the return" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Result" })).ToBeVisibleAsync();
        var children = int.Parse((await page.Locator("[data-figure=children]").InnerTextAsync()).Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(children > 0, "the demo authority's return has children");
        Assert.Equal("0", await page.Locator("[data-figure=errors]").InnerTextAsync());
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Census figures") })).ToBeVisibleAsync();
        await AxeChecks.AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "29-cin-census-check");

        var explain = page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Explain") }).First;
        if (await explain.CountAsync() > 0)
        {
            await explain.ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Save the explanation" }).ClickAsync();
            await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter the explanation the DfE will see");
            await AxeChecks.AssertAccessibleAsync(page);
            await page.GetByLabel("Why is the data right?").FillAsync("The assessment is still open: the family moved and the worker is tracing them.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Save the explanation" }).ClickAsync();
            await Assertions.Expect(page.Locator("main")).ToContainTextAsync("The assessment is still open: the family moved");
        }

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Download the XML" }).ClickAsync());
        Assert.StartsWith("CIN_Census_", download.SuggestedFilename, StringComparison.Ordinal);
        var path = await download.PathAsync();
        Assert.Contains("<Message>", await File.ReadAllTextAsync(path!), StringComparison.Ordinal);

        await page.GotoAsync($"{app.BaseUrl}/returns/cin-census/upload");
        await page.GetByLabel("CIN census XML file").SetInputFilesAsync(new FilePayload { Name = "broken.xml", MimeType = "text/xml", Buffer = "<Message><Children>"u8.ToArray() });
        await page.GetByRole(AriaRole.Button, new() { Name = "Check the file" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("could not be read");
        await AxeChecks.AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "30-cin-census-upload-error");
    }
}
