using Haven.Data.Demo;
using Haven.Data;
using Haven.Domain.People;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Haven.Browser.Tests;

/// <summary>Journeys as a social worker and a manager take them, in Chromium, with an axe check on every page.</summary>
public sealed class JourneyTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    private static string Email(string role) => DemoAuthorityGenerator.Logins.Single(l => l.Role == role).Email;

    private static Task AssertAccessibleAsync(IPage page) => AxeChecks.AssertAccessibleAsync(page);

    [Fact]
    public async Task A_social_worker_signs_in_finds_a_child_opens_the_record_and_family_network()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/sign-in");
        // The GOV.UK styles and scripts are served by Haven itself (no CDN).
        Assert.Equal(200, (await page.APIRequest.GetAsync("/css/haven.css")).Status);
        Assert.Equal(200, (await page.APIRequest.GetAsync("/js/govuk-frontend.min.js")).Status);
        await AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "01-sign-in");

        await app.SignInAsync(page, Email("Social worker"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Find a person" })).ToBeVisibleAsync();
        await AssertAccessibleAsync(page);

        // Search for a child of the demo authority by name, as a worker would after a phone call.
        var name = FirstChildName();
        await page.GetByLabel("Name, Haven ID, NHS number or postcode").FillAsync(name);
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "found" })).ToBeVisibleAsync();
        await AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "02-search-results");

        await page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).First.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = name, Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Personal details" })).ToBeVisibleAsync();
        await AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "03-child-record");

        await page.GetByRole(AriaRole.Link, new() { Name = "Family network" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Family network" })).ToBeVisibleAsync();
        await AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "04-family-network");

        await page.GetByRole(AriaRole.Link, new() { Name = "History" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "History of changes" })).ToBeVisibleAsync();
        await AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task Adding_a_person_with_javascript_off_shows_errors_keeps_input_then_creates_the_record_and_its_history()
    {
        // Every journey must work without JavaScript; axe needs JavaScript, so the same pages are checked in the next test.
        var page = await app.NewPageAsync(javaScript: false);
        await app.SignInAsync(page, Email("Social worker"));
        await page.GotoAsync("/people/new");
        await page.GetByLabel("Last name", new() { Exact = true }).FillAsync("Quenby");
        await page.Locator("#Input_DateOfBirth-day").FillAsync("30");
        await page.Locator("#Input_DateOfBirth-month").FillAsync("2");
        await page.Locator("#Input_DateOfBirth-year").FillAsync("2019");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter a first name");
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Date of birth must be a real date");
        await Assertions.Expect(page.GetByLabel("Last name", new() { Exact = true })).ToHaveValueAsync("Quenby");
        await BrowserFixture.ScreenshotAsync(page, "05-add-person-errors");

        await page.GetByLabel("First name", new() { Exact = true }).FillAsync("Ottoline");
        await page.Locator("#Input_DateOfBirth-day").FillAsync("28");
        await page.GetByLabel("Female").CheckAsync();
        await page.GetByLabel("No disability").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Ottoline Quenby" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "History" }).ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Record created for Ottoline Quenby");
        await BrowserFixture.ScreenshotAsync(page, "06-audit-history");
    }

    [Fact]
    public async Task The_add_person_form_and_its_errors_are_accessible()
    {
        var page = await app.NewPageAsync();
        await app.SignInAsync(page, Email("Social worker"));
        await page.GotoAsync("/people/new");
        await AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter a first name");
        await AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task A_radio_reveals_its_question_without_an_aria_attribute_a_radio_may_not_have()
    {
        var page = await app.NewPageAsync();
        await app.SignInAsync(page, Email("Social worker"));
        await page.GotoAsync("/people/new");
        var expected = page.GetByRole(AriaRole.Group, new() { Name = "Expected date of birth" });
        await Assertions.Expect(expected).ToBeHiddenAsync();

        await page.GetByLabel("No, the child is not born yet").CheckAsync();
        await Assertions.Expect(expected).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Group, new() { Name = "Date of birth (optional if not known)" })).ToBeHiddenAsync();
        Assert.Equal(0, await page.Locator("input[type=radio][aria-expanded]").CountAsync());
        await BrowserFixture.ScreenshotAsync(page, "radio-reveal-unborn");
        await AssertAccessibleAsync(page);

        await page.GetByLabel("Yes, or this is an adult or professional").CheckAsync();
        await Assertions.Expect(expected).ToBeHiddenAsync();
    }

    [Fact]
    public async Task A_manager_sees_who_has_viewed_a_record()
    {
        var worker = await app.NewPageAsync();
        await app.SignInAsync(worker, Email("Social worker"));
        var name = FirstChildName();
        await worker.GotoAsync($"/people?q={Uri.EscapeDataString(name)}");
        var href = await worker.Locator("main table tbody tr td a").First.GetAttributeAsync("href");
        await worker.GotoAsync(href!);

        var manager = await app.NewPageAsync();
        await app.SignInAsync(manager, Email("Team manager"));
        await manager.GotoAsync(href + "/viewers");
        await Assertions.Expect(manager.GetByRole(AriaRole.Heading, new() { Name = "Who has viewed this record" })).ToBeVisibleAsync();
        await Assertions.Expect(manager.Locator("main table").Last).ToContainTextAsync("Overview");
        await AssertAccessibleAsync(manager);
        await BrowserFixture.ScreenshotAsync(manager, "07-who-has-viewed");
    }

    /// <summary>A child with a family from the demo data, read from the database rather than hard-coded.</summary>
    private string FirstChildName()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HavenDbContext>();
        return db.People.Where(p => p.Kind == PersonKind.Child && !p.IsRestricted && p.DateOfBirth != null
                && db.Relationships.Count(r => r.PersonId == p.Id || r.RelatedPersonId == p.Id) >= 3)
            .OrderBy(p => p.LaPersonId).Select(p => p.FirstName + " " + p.LastName).First();
    }
}
