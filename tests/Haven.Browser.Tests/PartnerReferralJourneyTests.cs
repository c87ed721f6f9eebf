using System.Text.RegularExpressions;
using Haven.Data.Demo;
using Microsoft.Playwright;

namespace Haven.Browser.Tests;

/// <summary>A school sends a referral through the public form, then the front door turns it into a contact.</summary>
public sealed class PartnerReferralJourneyTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_school_refers_a_child_without_an_account_and_the_front_door_records_the_contact()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/refer-a-child");
        await AxeChecks.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Start now" }).ClickAsync();

        async Task ContinueAsync()
        {
            await AxeChecks.AssertAccessibleAsync(page);
            await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        }

        await page.GetByLabel("Your full name").FillAsync("Ms Petra Quayle");
        await page.GetByLabel("Your organisation").FillAsync("Eastmoor Primary School");
        await ContinueAsync();
        await page.Locator("input[name=OrganisationType]").First.CheckAsync();
        await ContinueAsync();
        // A mistake first: the error must be clear and accessible, and the page keeps what was typed.
        await page.GetByLabel("Work email address").FillAsync("not-an-email");
        await ContinueAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToBeVisibleAsync();
        await AxeChecks.AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "14-partner-form-error");
        await page.GetByLabel("Work email address").FillAsync("dsl@eastmoor.example.com");
        await ContinueAsync();
        await page.GetByLabel("First name").FillAsync("Wren");
        await page.GetByLabel("Last name").FillAsync("Ashcombe");
        await ContinueAsync();
        // An approximate age has to be a number of years; the error shows inside the revealed answer.
        await page.GetByLabel("No", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Approximate age in years").FillAsync("abc");
        await ContinueAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Approximate age must be a whole number of years");
        await Assertions.Expect(page.GetByLabel("Approximate age in years")).ToHaveValueAsync("abc");
        await AxeChecks.AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "partner-01-child-age-error");
        await page.GetByLabel("Yes", new() { Exact = true }).CheckAsync();
        await page.Locator("#DateOfBirth-day").FillAsync("3");
        await page.Locator("#DateOfBirth-month").FillAsync("6");
        await page.Locator("#DateOfBirth-year").FillAsync("2018");
        await ContinueAsync();
        await page.GetByLabel("Address line 1").FillAsync("7 Orchard Close");
        await page.GetByLabel("Town or city").FillAsync("Eastmoor");
        await page.GetByLabel("Postcode").FillAsync("HV4 2QT");
        await ContinueAsync();
        await ContinueAsync(); // parents (optional)
        await ContinueAsync(); // other children (optional)
        await page.Locator("textarea").First.FillAsync("Wren has come to school with unexplained bruises twice this week and is withdrawn.");
        await ContinueAsync();
        await ContinueAsync(); // child's views (optional)
        await page.GetByLabel("No", new() { Exact = true }).CheckAsync();
        await ContinueAsync();
        await page.GetByLabel("Yes, they agreed").CheckAsync();
        await BrowserFixture.ScreenshotAsync(page, "partner-02-consent");
        await ContinueAsync();
        // Each answer was a redirect to the next page's own address, so Back and refresh never re-send a form.
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/refer-a-child/urgent$"));
        await page.GetByLabel("No", new() { Exact = true }).CheckAsync();
        await ContinueAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/refer-a-child/check-answers$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Send referral" })).ToBeVisibleAsync();
        await AxeChecks.AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "15-partner-check-answers");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send referral" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-panel")).ToContainTextAsync("P-");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/refer-a-child/sent$"));
        await AxeChecks.AssertAccessibleAsync(page);
        var reference = (await page.Locator(".govuk-panel").InnerTextAsync()).Split(['\n', ' '], StringSplitOptions.RemoveEmptyEntries).First(w => w.StartsWith("P-", StringComparison.Ordinal));

        var manager = await app.NewPageAsync();
        await app.SignInAsync(manager, DemoAuthorityGenerator.Logins.Single(l => l.IdentityRole == "TeamManager").Email);
        await manager.GotoAsync("/front-door/partner-referrals");
        await AxeChecks.AssertAccessibleAsync(manager);
        await manager.GetByRole(AriaRole.Link, new() { Name = reference }).ClickAsync();
        await AxeChecks.AssertAccessibleAsync(manager);
        await manager.GetByRole(AriaRole.Button, new() { Name = "Create a new record and record the contact" }).ClickAsync();

        await Assertions.Expect(manager.GetByRole(AriaRole.Heading, new() { Name = "Wren Ashcombe", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(manager.Locator("main")).ToContainTextAsync("unexplained bruises");
        await Assertions.Expect(manager.Locator("main")).ToContainTextAsync("Online partner form");
        await AxeChecks.AssertAccessibleAsync(manager);
    }
}
