using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Haven.Data;
using Haven.Data.Demo;
using Haven.Domain.FrontDoor;
using Haven.Domain.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Haven.Browser.Tests;

/// <summary>A contact walked from the phone call to each possible decision, in Chromium, checked with axe.</summary>
public sealed class FrontDoorJourneyTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData("No further action", "Level 1: universal", null)]
    [InlineData("Information and advice", "Level 1: universal", null)]
    [InlineData("Signpost to another service", "Level 2: early help", null)]
    [InlineData("Early help", "Level 2: early help", null)]
    [InlineData("Referral to social care for assessment", "Level 3: child in need", "N4: Family in acute stress")]
    [InlineData("Strategy discussion", "Level 4: safeguarding", "N1: Abuse or neglect")]
    public async Task A_manager_records_a_contact_reads_the_history_and_decides(string outcome, string level, string? primaryNeed)
    {
        var (childId, childName) = AChild(outcome);
        var page = await app.NewPageAsync();
        await app.SignInAsync(page, DemoAuthorityGenerator.Logins.Single(l => l.IdentityRole == "TeamManager").Email);

        await page.GotoAsync($"/people/{childId}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Record a contact", Exact = true }).First.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Record a contact" })).ToBeVisibleAsync();
        await page.GetByLabel("Phone", new() { Exact = true }).First.CheckAsync();
        await page.GetByLabel("Referral", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Who did it come from?").SelectOptionAsync("2A");
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Ms Orla Whitcombe");
        await page.GetByLabel("Organisation (optional)").FillAsync("Kingsford Academy");
        await page.GetByLabel("Email (optional)").FillAsync("dsl@kingsford.example.com");
        await page.GetByLabel("What is the concern?").FillAsync($"{childName} came to school hungry three days running and said there is no food at home.");
        await page.GetByLabel("Yes, consent given").CheckAsync();
        await page.Locator("#ParentsAware").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Record contact" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "History", Exact = true })).ToBeVisibleAsync();
        await AxeChecks.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "I have read the history" }).ClickAsync();
        await page.GetByLabel(outcome, new() { Exact = true }).CheckAsync();
        if (outcome == "Early help")
        {
            await page.GetByLabel("Lead professional").FillAsync("Ms Orla Whitcombe");
            await page.GetByLabel("Their agency").FillAsync("Kingsford Academy");
        }
        if (primaryNeed is not null)
        {
            await page.GetByLabel("Primary need (for a referral)").SelectOptionAsync(new SelectOptionValue { Label = primaryNeed });
        }
        await page.GetByLabel(level, new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Reasons for the decision").FillAsync("Weighed the school's account, no earlier involvement, and the child's own words about food at home.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the decision" }).ClickAsync();

        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Decision recorded");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync(outcome);
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Telling the referrer");
        await AxeChecks.AssertAccessibleAsync(page);
        if (outcome == "Strategy discussion")
        {
            await BrowserFixture.ScreenshotAsync(page, "08-contact-decision");
        }

        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HavenDbContext>();
        var saved = await db.Contacts.Include(c => c.Decision).Where(c => c.PersonId == childId).OrderByDescending(c => c.ReceivedAtUtc).FirstAsync();
        Assert.NotNull(saved.Decision);
        Assert.Equal(primaryNeed is not null, await db.Referrals.AnyAsync(r => r.ContactId == saved.Id));
    }

    [Fact]
    public async Task Recording_a_contact_with_mistakes_shows_accessible_errors()
    {
        var (childId, _) = AChild("errors");
        var page = await app.NewPageAsync();
        await app.SignInAsync(page, DemoAuthorityGenerator.Logins.Single(l => l.IdentityRole == "SocialWorker").Email);
        await page.GotoAsync($"/people/{childId}/contacts/new");
        await page.Locator("#ReceivedDate-year").FillAsync("2099");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record contact" }).ClickAsync();

        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("must be today or in the past");
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter the concern");
        await AxeChecks.AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "09-contact-errors");
    }

    [Fact]
    public async Task On_the_demo_authority_each_dashboard_figure_is_the_number_of_contacts_on_its_list()
    {
        var page = await app.NewPageAsync();
        await app.SignInAsync(page, DemoAuthorityGenerator.Logins.Single(l => l.IdentityRole == "ServiceManager").Email);
        await page.GotoAsync("/front-door");
        await AxeChecks.AssertAccessibleAsync(page);

        var figures = await page.Locator("a[data-figure]").AllAsync();
        Assert.True(figures.Count >= 4, "the dashboard should link its figures to lists");
        var links = new List<(string? View, string? Href, string Text)>();
        foreach (var f in figures)
        {
            links.Add((await f.GetAttributeAsync("data-figure"), await f.GetAttributeAsync("href"), await f.InnerTextAsync()));
        }
        foreach (var (view, href, text) in links)
        {
            var figure = int.Parse(text.Split(' ', '\n')[0].Trim(), System.Globalization.CultureInfo.InvariantCulture);
            await page.GotoAsync(href!);
            var heading = await page.Locator("#count").InnerTextAsync();
            Assert.True(heading.StartsWith($"{figure} contact", StringComparison.Ordinal), $"{view}: dashboard says {figure}, list says '{heading}'");
        }
        await AxeChecks.AssertAccessibleAsync(page);
    }

    /// <summary>A different unrestricted child of the demo authority for each test case, so cases don't share history.</summary>
    private (Guid Id, string Name) AChild(string key)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HavenDbContext>();
        var children = db.People.Where(p => p.Kind == PersonKind.Child && !p.IsRestricted && p.DateOfBirth != null && p.MergedIntoId == null)
            .OrderBy(p => p.LaPersonId).Select(p => new { p.Id, Name = p.FirstName + " " + p.LastName }).Take(40).ToList();
        var pick = children[Math.Abs(StableHash(key)) % children.Count];
        return (pick.Id, pick.Name);
    }

    private static int StableHash(string text) => text.Aggregate(17, (h, c) => unchecked((h * 31) + c));
}

/// <summary>axe-core over WCAG 2.0–2.2 A and AA; see docs/decisions/0004 for the one upstream finding set aside.</summary>
public static class AxeChecks
{
    public static async Task AssertAccessibleAsync(IPage page)
    {
        var results = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
        });
        var problems = results.Violations
            // A conditional reveal on a checkbox carries aria-expanded from GOV.UK Frontend (allowed on a checkbox by ARIA 1.2);
            // radios no longer do (the tag helpers name their reveal in data-reveals), so a radio with it is a failure.
            .Select(v => (v, nodes: v.Nodes.Where(n => !(v.Id == "aria-allowed-attr" && n.Html.Contains("aria-expanded", StringComparison.Ordinal)
                && n.Html.Contains("govuk-checkboxes__input", StringComparison.Ordinal))).ToList()))
            .Where(x => x.nodes.Count > 0)
            .Select(x => $"{x.v.Id}: {x.v.Help} ({string.Join(", ", x.nodes.Select(n => string.Join(" ", n.Target)))})")
            .ToList();
        Assert.True(problems.Count == 0, $"axe found problems on {page.Url}:\n" + string.Join("\n", problems));
    }
}
