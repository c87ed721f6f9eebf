using Haven.Data;
using Haven.Data.Demo;
using Haven.Domain.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Haven.Browser.Tests;

/// <summary>
/// Issue 11 item 6 in Chromium: two people change the same child's details at once. The second save is not
/// written; the conflict page shows their change beside the saved one, keeps what they typed, and saving again
/// (after merging by editing) keeps both changes. Checked with axe.
/// </summary>
public sealed class EditConflictJourneyTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Two_people_changing_the_same_details_see_each_others_change_and_lose_neither()
    {
        var (childId, lastName) = AChild();
        var worker = await app.NewPageAsync();
        var manager = await app.NewPageAsync();
        await app.SignInAsync(worker, DemoAuthorityGenerator.Logins.Single(l => l.IdentityRole == "SocialWorker").Email);
        await app.SignInAsync(manager, DemoAuthorityGenerator.Logins.Single(l => l.IdentityRole == "TeamManager").Email);
        await worker.GotoAsync($"/people/{childId}/details");
        await manager.GotoAsync($"/people/{childId}/details");

        // The manager saves first: a preferred name.
        await manager.GetByLabel("Name they like to be called (optional)").FillAsync("Bee");
        await manager.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Assertions.Expect(manager.Locator(".govuk-notification-banner")).ToContainTextAsync("Details updated");

        // The worker, on the form loaded before that save, corrects the last name.
        await worker.GetByLabel("Last name").FillAsync(lastName + "-Moss");
        await worker.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        var conflict = worker.Locator("[data-edit-conflict]");
        await Assertions.Expect(conflict).ToContainTextAsync("Your changes have not been saved yet");
        await Assertions.Expect(conflict).ToContainTextAsync("Marcus Reid saved changes to this record");
        await Assertions.Expect(conflict.Locator("tbody tr", new() { HasText = "Last name" })).ToContainTextAsync(lastName + "-Moss");
        await Assertions.Expect(conflict.Locator("tbody tr", new() { HasText = "Preferred name" })).ToContainTextAsync("Bee");
        await Assertions.Expect(worker.GetByLabel("Last name")).ToHaveValueAsync(lastName + "-Moss");
        await AxeChecks.AssertAccessibleAsync(worker);
        await worker.ScreenshotAsync(new() { Path = "/tmp/haven-edit-conflict.png", FullPage = true });
        await BrowserFixture.ScreenshotAsync(worker, "edit-conflict");
        Assert.Equal((lastName, "Bee"), Saved(childId));

        // Merging by editing: take the manager's preferred name as well, and save.
        await worker.GetByLabel("Name they like to be called (optional)").FillAsync("Bee");
        await worker.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Assertions.Expect(worker.Locator(".govuk-notification-banner")).ToContainTextAsync("Details updated");
        Assert.Equal((lastName + "-Moss", "Bee"), Saved(childId));
    }

    private (string LastName, string? PreferredName) Saved(Guid childId)
    {
        using var scope = app.Services.CreateScope();
        var person = scope.ServiceProvider.GetRequiredService<HavenDbContext>().People.AsNoTracking().Single(p => p.Id == childId);
        return (person.LastName, person.PreferredName);
    }

    private (Guid Id, string LastName) AChild()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HavenDbContext>();
        var child = db.People.Where(p => p.Kind == PersonKind.Child && !p.IsRestricted && p.DateOfBirth != null && p.MergedIntoId == null && p.PreferredName == null)
            .OrderByDescending(p => p.LaPersonId).Select(p => new { p.Id, p.LastName }).First();
        return (child.Id, child.LastName);
    }
}
