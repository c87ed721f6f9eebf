using Haven.Data;
using Haven.Data.Demo;
using Haven.Domain.ChildProtection;
using Haven.Domain.FrontDoor;
using Haven.Domain.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Haven.Browser.Tests;

/// <summary>
/// The IRO, business support, auditor, performance analyst and system administrator each sign in, land on their home
/// page, follow its most urgent item to where the work is done, and axe finds nothing on either page. (The social
/// worker, team manager and service manager do the same in HomeJourneyTests: eight roles in all.)
/// </summary>
public sealed class RoleHomeJourneyTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    private static string Email(string role) => DemoAuthorityGenerator.Logins.Single(l => l.IdentityRole == role).Email;

    /// <summary>A demo child with an open episode whose enquiry asked for a conference, and an open plan with a review booked.</summary>
    private async Task<string> ConferenceWorkAsync()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HavenDbContext>();
        var workerId = await db.Users.Where(u => u.Email == Email("SocialWorker")).Select(u => u.Id).SingleAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var child = await db.Allocations.Where(a => a.WorkerUserId == workerId && a.EndDate == null)
            .Join(db.People.Where(p => !p.IsRestricted && p.MergedIntoId == null && p.Kind == PersonKind.Child), a => a.PersonId, p => p.Id, (a, p) => p)
            .OrderBy(p => p.FirstName).FirstAsync();
        var contact = new Contact
        {
            Id = Guid.NewGuid(), ContactGroupId = Guid.NewGuid(), Reference = $"C-RH-{Guid.NewGuid():N}"[..14], PersonId = child.Id,
            ReceivedAtUtc = DateTime.UtcNow.AddDays(-120), Route = ContactRoute.Phone, Kind = ContactKind.Referral, SourceCode = "2A",
            Concern = "Repeated bruising reported by school.", RecordedByUserId = workerId,
        };
        var referral = new Referral { Id = Guid.NewGuid(), PersonId = child.Id, ContactId = contact.Id, ReferralDate = today.AddDays(-120), SourceCode = "2A", PrimaryNeedCode = "N1" };
        var plan = new ChildProtectionPlan { Id = Guid.NewGuid(), PersonId = child.Id, ReferralId = referral.Id, StartDate = today.AddDays(-80), InitialCategory = "PHY", LatestCategory = "PHY" };
        db.AddRange(contact, referral, plan,
            new Section47Enquiry { Id = Guid.NewGuid(), PersonId = child.Id, ReferralId = referral.Id, StartDate = today.AddDays(-3), CompletedOn = today.AddDays(-1), Outcome = Section47Outcome.ConferenceRequired },
            new ChildProtectionConference { Id = Guid.NewGuid(), PersonId = child.Id, ReferralId = referral.Id, Type = ConferenceType.Review, ChildProtectionPlanId = plan.Id, ScheduledFor = today.AddDays(1) });
        await db.SaveChangesAsync();
        return $"{child.FirstName} {child.LastName}";
    }

    private async Task<IPage> HomeAsync(string role, string heading, string screenshot)
    {
        var page = await app.NewPageAsync();
        await app.SignInAsync(page, Email(role));
        await page.GotoAsync("/");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = heading, Level = 1 })).ToBeVisibleAsync();
        await AxeChecks.AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, screenshot);
        return page;
    }

    [Fact]
    public async Task Each_role_lands_on_its_home_and_follows_the_most_urgent_item_to_where_it_is_done()
    {
        var child = await ConferenceWorkAsync();

        // IRO: the next conference to chair opens the form to record it.
        var iro = await HomeAsync("IndependentReviewingOfficer", "Conferences and reviews", "home-iro");
        await iro.Locator("[data-list=to-chair] tbody tr").First.GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(iro.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("conference");
        await AxeChecks.AssertAccessibleAsync(iro);
        // And from a plan coming up for review, the chair raises an escalation.
        await iro.GotoAsync("/");
        await iro.Locator("[data-list=reviews] tbody tr").Filter(new() { HasText = child }).GetByRole(AriaRole.Link).ClickAsync();
        await iro.GetByRole(AriaRole.Link, new() { Name = "Raise an escalation" }).ClickAsync();
        await iro.GetByRole(AriaRole.Button, new() { Name = "Raise the escalation" }).ClickAsync();
        await Assertions.Expect(iro.Locator(".govuk-error-summary")).ToContainTextAsync("Select the stage the escalation is raised at");
        await AxeChecks.AssertAccessibleAsync(iro);
        await iro.GetByLabel("Informal").CheckAsync();
        await iro.GetByLabel("Who was it raised with?").FillAsync("Jo Smith, team manager");
        await iro.GetByLabel("What is the concern?").FillAsync("The plan's actions have no dates and the core group has not met.");
        await iro.GetByRole(AriaRole.Button, new() { Name = "Raise the escalation" }).ClickAsync();
        await Assertions.Expect(iro.Locator("#independent-review ~ ul")).ToContainTextAsync("Informal");
        await AxeChecks.AssertAccessibleAsync(iro);
        await iro.GotoAsync("/");
        await Assertions.Expect(iro.Locator("[data-list=escalations]")).ToContainTextAsync(child);
        await BrowserFixture.ScreenshotAsync(iro, "home-iro-escalation");

        // Business support: the first conference to book opens the booking form.
        var support = await HomeAsync("BusinessSupport", "Business support", "home-business-support");
        await Assertions.Expect(support.Locator("[data-list=to-book]")).ToContainTextAsync(child);
        await support.Locator("[data-list=to-book] tbody tr").Filter(new() { HasText = child }).GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(support.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Book");
        await AxeChecks.AssertAccessibleAsync(support);

        // Auditor: a search of the audit, from the home page.
        var auditor = await HomeAsync("Auditor", "Audit", "home-auditor");
        await auditor.GetByLabel("User").FillAsync("a");
        await auditor.GetByRole(AriaRole.Button, new() { Name = "Search the audit" }).ClickAsync();
        await Assertions.Expect(auditor.GetByRole(AriaRole.Heading, new() { Name = "Search the audit" })).ToBeVisibleAsync();
        await Assertions.Expect(auditor.Locator("#results")).ToContainTextAsync("found");
        await auditor.GetByRole(AriaRole.Link, new() { Name = "User" }).ClickAsync();
        await AxeChecks.AssertAccessibleAsync(auditor);
        await BrowserFixture.ScreenshotAsync(auditor, "audit-search");

        // Performance analyst: the census check, where each issue says who can fix it.
        var analyst = await HomeAsync("PerformanceAnalyst", "Returns and data quality", "home-analyst");
        await analyst.Locator("[data-list=returns] tbody tr").First.GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(analyst.GetByRole(AriaRole.Heading, new() { Name = "Children in need census" })).ToBeVisibleAsync();
        await Assertions.Expect(analyst.Locator("main")).ToContainTextAsync("Who can fix it");
        await AxeChecks.AssertAccessibleAsync(analyst);
        await BrowserFixture.ScreenshotAsync(analyst, "census-who-can-fix");

        // System administrator: a locked account, opened from the home page, where it is unlocked.
        var lockedName = await LockedAccountAsync();
        var admin = await HomeAsync("SystemAdministrator", "Accounts and teams", "home-administrator");
        await admin.Locator("[data-list=locked] tbody tr").Filter(new() { HasText = lockedName }).GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Heading, new() { Name = lockedName, Level = 1 })).ToBeVisibleAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Unlock account" }).ClickAsync();
        await AxeChecks.AssertAccessibleAsync(admin);
        await admin.GotoAsync("/");
        // Unlocked, the account leaves the list (an empty list is not drawn at all).
        await Assertions.Expect(admin.Locator("[data-list=locked] tbody tr").Filter(new() { HasText = lockedName })).ToHaveCountAsync(0);
        await Assertions.Expect(admin.GetByRole(AriaRole.Heading, new() { Name = "Accounts and teams", Level = 1 })).ToBeVisibleAsync();
    }

    /// <summary>A demo colleague (not one of the demo log-ins) locked out after wrong passwords.</summary>
    private async Task<string> LockedAccountAsync()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HavenDbContext>();
        var logins = DemoAuthorityGenerator.Logins.Select(l => l.Email).ToList();
        var user = await db.Users.Where(u => !logins.Contains(u.Email!) && u.DeactivatedAtUtc == null).OrderBy(u => u.DisplayName).FirstAsync();
        user.LockoutEnd = DateTimeOffset.UtcNow.AddHours(1);
        await db.SaveChangesAsync();
        return user.DisplayName;
    }
}
