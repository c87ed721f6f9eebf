using Haven.Data.Demo;
using Microsoft.Playwright;

namespace Haven.Browser.Tests;

/// <summary>A performance analyst checks this year's SSDA903 return and checks files from another system, in Chromium with axe.</summary>
public sealed class Ssda903JourneyTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    private static string Email(string role) => DemoAuthorityGenerator.Logins.Single(l => l.IdentityRole == role).Email;

    [Fact]
    public async Task An_analyst_checks_the_return_and_an_uploaded_file_set()
    {
        var page = await app.NewPageAsync();
        await app.SignInAsync(page, Email("PerformanceAnalyst"));

        await page.GetByRole(AriaRole.Link, new() { Name = "Returns", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "The children looked after return (SSDA903)" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Children looked after return (SSDA903)" })).ToBeVisibleAsync();
        await AxeChecks.AssertAccessibleAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Check the return" }).ClickAsync();
        await Assertions.Expect(page.Locator("#summary")).ToContainTextAsync("checked with");
        await AxeChecks.AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "31-ssda903-check");

        await page.GetByRole(AriaRole.Button, new() { Name = "Check the files" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Select the SSDA903 CSV files, or a zip of them");
        await AxeChecks.AssertAccessibleAsync(page);

        await page.GetByLabel("SSDA903 CSV files, or a zip of them").SetInputFilesAsync(new[]
        {
            new FilePayload { Name = "header.csv", MimeType = "text/csv", Buffer = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\r\nX1,M,12/06/2012,WBRI,UN5,,\r\n"u8.ToArray() },
            new FilePayload { Name = "episodes.csv", MimeType = "text/csv", Buffer = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\r\nX1,01/06/2025,S,C2,N1,H5,PR1,,,,,,\r\n"u8.ToArray() },
            new FilePayload { Name = "notes.csv", MimeType = "text/csv", Buffer = "NAME,NOTE\r\nA,B\r\n"u8.ToArray() },
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Check the files" }).ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("notes.csv, line 1: None of its columns (NAME, NOTE) is in an SSDA903 file");
        await Assertions.Expect(page.Locator("tbody")).ToContainTextAsync("Placement type code is not a valid code.");
        await AxeChecks.AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "32-ssda903-upload");
    }
}
