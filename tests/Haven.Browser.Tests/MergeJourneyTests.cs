using Haven.Data;
using Haven.Data.Demo;
using Haven.Domain.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Haven.Browser.Tests;

/// <summary>A team manager compares two records, sees what will move, and merges the duplicate, in Chromium, checked with axe.</summary>
public sealed class MergeJourneyTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_manager_sees_what_will_move_and_merges_a_duplicate()
    {
        var (kept, duplicate, duplicateHavenId, referrals) = TwoChildrenWithReferrals();
        var page = await app.NewPageAsync();
        await app.SignInAsync(page, DemoAuthorityGenerator.Logins.Single(l => l.IdentityRole == "TeamManager").Email);

        await page.GotoAsync($"/people/{kept}/merge");
        await page.GetByLabel("Haven ID of the duplicate record").FillAsync(duplicateHavenId);
        await page.GetByRole(AriaRole.Button, new() { Name = "Compare the records" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "What will move to this record" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("main ul.govuk-list--bullet")).ToContainTextAsync(referrals == 1 ? "1 referral" : $"{referrals} referrals");
        await AxeChecks.AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "merge-preview");

        await page.GetByRole(AriaRole.Button, new() { Name = "Merge records" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter how you know these records are the same person");
        await AxeChecks.AssertAccessibleAsync(page);
        await page.GetByLabel("How do you know these are the same person?").FillAsync("Same NHS number; confirmed with the school");
        await page.GetByLabel("I have checked that these records are the same person").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Merge records" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync($"{duplicateHavenId} merged into this record");

        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HavenDbContext>();
        Assert.Equal(0, await db.Referrals.CountAsync(r => r.PersonId == duplicate));
    }

    /// <summary>Two unrestricted, unmerged children; the second has referrals to move and is not used by other journeys.</summary>
    private (Guid Kept, Guid Duplicate, string DuplicateHavenId, int Referrals) TwoChildrenWithReferrals()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HavenDbContext>();
        var children = db.People.Where(p => p.Kind == PersonKind.Child && !p.IsRestricted && p.MergedIntoId == null && db.Referrals.Any(r => r.PersonId == p.Id))
            .OrderByDescending(p => p.LaPersonId).Select(p => new { p.Id, p.LaPersonId, Referrals = db.Referrals.Count(r => r.PersonId == p.Id) }).Take(2).ToList();
        return (children[1].Id, children[0].Id, children[0].LaPersonId, children[0].Referrals);
    }
}
