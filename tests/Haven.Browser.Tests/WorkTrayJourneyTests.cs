using Haven.Data;
using Haven.Data.Demo;
using Haven.Domain.Assessments;
using Haven.Domain.ChildProtection;
using Haven.Domain.FrontDoor;
using Haven.Domain.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Haven.Browser.Tests;

/// <summary>
/// The demo social worker's work tray, sharing a plan with a family, the team manager's view of the team, and an
/// oversight entry, in Chromium, checked with axe.
/// </summary>
public sealed class WorkTrayJourneyTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    private static string Email(string role) => DemoAuthorityGenerator.Logins.Single(l => l.IdentityRole == role).Email;

    /// <summary>One of the demo worker's children, given an open episode with an overdue assessment and a new plan.</summary>
    private async Task<(Guid ChildId, string ChildName)> ChildWithAPlanAsync()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HavenDbContext>();
        var workerId = await db.Users.Where(u => u.Email == Email("SocialWorker")).Select(u => u.Id).SingleAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var child = await db.Allocations.Where(a => a.WorkerUserId == workerId && a.EndDate == null)
            .Join(db.People.Where(p => !p.IsRestricted && p.MergedIntoId == null && p.Kind == PersonKind.Child), a => a.PersonId, p => p.Id, (a, p) => p)
            .OrderBy(p => p.LastName).FirstAsync();
        var contact = new Contact
        {
            Id = Guid.NewGuid(), ContactGroupId = Guid.NewGuid(), Reference = $"C-WT-{Guid.NewGuid():N}"[..14], PersonId = child.Id,
            ReceivedAtUtc = DateTime.UtcNow.AddDays(-40), Route = ContactRoute.Phone, Kind = ContactKind.Referral, SourceCode = "2A",
            Concern = "School reports repeated hunger and poor hygiene.", RecordedByUserId = workerId,
        };
        var referral = new Referral { Id = Guid.NewGuid(), PersonId = child.Id, ContactId = contact.Id, ReferralDate = today.AddDays(-40), SourceCode = "2A", PrimaryNeedCode = "N1" };
        var plan = new ChildProtectionPlan
        {
            Id = Guid.NewGuid(), PersonId = child.Id, ReferralId = referral.Id, StartDate = today.AddDays(-14), InitialCategory = "NEG", LatestCategory = "NEG",
            Contingency = $"If the home is not safe and warm within three months, we will ask a court to decide where {child.FirstName} lives.",
        };
        db.AddRange(contact, referral, plan,
            new Assessment { Id = Guid.NewGuid(), PersonId = child.Id, ReferralId = referral.Id, StartDate = today.AddDays(-39), TimescaleWorkingDays = 20 },
            new PlanAction { Id = Guid.NewGuid(), ChildProtectionPlanId = plan.Id, Need = $"{child.FirstName} often has no food or clean clothes at home", Action = "Weekly food shop with the family support worker", Owner = "Parent and family support worker", DueDate = today.AddDays(21), MeasureOfSuccess = "There is food in the cupboards at every visit" },
            new PlanAction { Id = Guid.NewGuid(), ChildProtectionPlanId = plan.Id, Need = "Missed dental and health appointments", Action = "Book and attend the dentist", Owner = "Health visitor", DueDate = today.AddDays(35) });
        await db.SaveChangesAsync();
        return (child.Id, $"{child.FirstName} {child.LastName}");
    }

    [Fact]
    public async Task A_worker_shares_a_plan_from_the_work_tray_and_the_manager_oversees_the_team()
    {
        var (childId, childName) = await ChildWithAPlanAsync();
        var page = await app.NewPageAsync();
        await app.SignInAsync(page, Email("SocialWorker"));

        await page.GetByRole(AriaRole.Link, new() { Name = "Work tray", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your work tray" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("main table").First).ToContainTextAsync("Assessment due");
        await AxeChecks.AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "17-work-tray");

        await page.GetByLabel("Kind of work").SelectOptionAsync(new SelectOptionValue { Label = "Share child protection plan with family" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("matching the filters");
        await page.GetByRole(AriaRole.Link, new() { Name = $"Share child protection plan with family for {childName}" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Child protection plan from" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Not yet shared");
        await AxeChecks.AssertAccessibleAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Read the plain-English version" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "What will happen if things do not change" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("There is food in the cupboards at every visit");
        await AxeChecks.AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "18-plan-plain-english");
        if (BrowserFixture.ScreenshotDirectory is { } dir)
        {
            var pdf = await page.Context.APIRequest.GetAsync(page.Url.Replace("handler=Document", "handler=Pdf", StringComparison.Ordinal));
            await File.WriteAllBytesAsync(Path.Combine(dir, "18-plan-plain-english.pdf"), await pdf.BodyAsync());
        }
        await page.GoBackAsync();
        if (BrowserFixture.ScreenshotDirectory is { } folder)
        {
            // The second PDF link on the page is the full plan's.
            var href = await page.GetByRole(AriaRole.Link, new() { Name = "download it as a PDF" }).Nth(1).GetAttributeAsync("href");
            var full = await page.Context.APIRequest.GetAsync(href!);
            await File.WriteAllBytesAsync(Path.Combine(folder, "18-plan-full.pdf"), await full.BodyAsync());
        }

        await page.GetByLabel("Who was it shared with?").FillAsync("Ms Dana Example (mother)");
        await page.GetByLabel("In person").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Record sharing" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("was shared with Ms Dana Example (mother)");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("with Ms Dana Example (mother) (in person)");
        await AxeChecks.AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "19-plan-shared");

        await page.GetByRole(AriaRole.Link, new() { Name = "All papers for the family" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sharing with the family" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("main table")).ToContainTextAsync("with Ms Dana Example (mother) (in person)");
        await AxeChecks.AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "20-sharing-papers");

        var manager = await app.NewPageAsync();
        await app.SignInAsync(manager, Email("TeamManager"));
        await manager.GotoAsync("/work-tray/team");
        await Assertions.Expect(manager.GetByRole(AriaRole.Heading, new() { Name = "Team work tray" })).ToBeVisibleAsync();
        await Assertions.Expect(manager.Locator("main")).ToContainTextAsync("Jess Hollins");
        await AxeChecks.AssertAccessibleAsync(manager);
        await BrowserFixture.ScreenshotAsync(manager, "21-team-work-tray");

        await manager.GotoAsync($"/people/{childId}/oversight");
        await manager.GetByLabel("Management oversight").CheckAsync();
        await manager.GetByLabel("Discussion and direction").FillAsync("Hold a core group this week; health visitor to book the dentist.");
        await manager.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(manager.Locator(".govuk-error-summary")).ToContainTextAsync("Enter the reasons for the direction");
        await Assertions.Expect(manager.GetByLabel("Discussion and direction")).ToHaveValueAsync("Hold a core group this week; health visitor to book the dentist.");
        await AxeChecks.AssertAccessibleAsync(manager);
        await BrowserFixture.ScreenshotAsync(manager, "22-oversight-error");

        await manager.GetByLabel("Reasons for the direction").FillAsync("First core group is due and health needs are unmet.");
        await manager.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(manager.Locator(".govuk-notification-banner")).ToContainTextAsync("Management oversight recorded");
        await Assertions.Expect(manager.Locator(".moj-timeline")).ToContainTextAsync("First core group is due and health needs are unmet.");
        await AxeChecks.AssertAccessibleAsync(manager);
        await BrowserFixture.ScreenshotAsync(manager, "23-oversight");
    }
}
