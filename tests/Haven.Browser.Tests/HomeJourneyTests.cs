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
/// The social worker, team manager and service manager each sign in, land on their home page, follow its most
/// urgent item to the page where that work is done, and every page passes axe.
/// </summary>
public sealed class HomeJourneyTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    private static string Email(string role) => DemoAuthorityGenerator.Logins.Single(l => l.IdentityRole == role).Email;

    /// <summary>The first table after a home list's heading: that list's rows.</summary>
    private static ILocator List(IPage page, string id) => page.Locator($"main h2#{id} ~ table").First;

    /// <summary>A demo worker's child given a new open episode, so the managers have something to decide on it.</summary>
    private async Task<(Guid ChildId, Guid EpisodeId, string WorkerId)> EpisodeAsync(HavenDbContext db)
    {
        var workerId = await db.Users.Where(u => u.Email == Email("SocialWorker")).Select(u => u.Id).SingleAsync();
        var child = await db.Allocations.Where(a => a.WorkerUserId == workerId && a.EndDate == null)
            .Join(db.People.Where(p => !p.IsRestricted && p.MergedIntoId == null && p.Kind == PersonKind.Child), a => a.PersonId, p => p.Id, (a, p) => p)
            .OrderByDescending(p => p.LastName).FirstAsync();
        var contact = new Contact
        {
            Id = Guid.NewGuid(), ContactGroupId = Guid.NewGuid(), Reference = $"C-HM-{Guid.NewGuid():N}"[..14], PersonId = child.Id,
            ReceivedAtUtc = DateTime.UtcNow.AddDays(-20), Route = ContactRoute.Phone, Kind = ContactKind.Referral, SourceCode = "2A",
            Concern = "School reports bruising on the child's arm.", RecordedByUserId = workerId,
        };
        var referral = new Referral { Id = Guid.NewGuid(), PersonId = child.Id, ContactId = contact.Id, ReferralDate = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-20)), SourceCode = "2A", PrimaryNeedCode = "N1" };
        db.AddRange(contact, referral);
        return (child.Id, referral.Id, workerId);
    }

    [Fact]
    public async Task A_social_worker_starts_the_day_at_their_most_overdue_work()
    {
        var page = await app.NewPageAsync();
        await app.SignInAsync(page, Email("SocialWorker"));

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your day", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your children (" })).ToBeVisibleAsync();
        await AxeChecks.AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "home-social-worker");

        // Soonest due first, so the first row is the most overdue piece of work; its link is where it is done.
        var work = List(page, "work").Locator("tbody tr").First.Locator("td").Nth(1).GetByRole(AriaRole.Link);
        var href = await work.GetAttributeAsync("href");
        await work.ClickAsync();
        await page.WaitForURLAsync(url => url.Contains(href!.Split('#')[0], StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("main h1")).ToBeVisibleAsync();
        await AxeChecks.AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task A_team_manager_starts_the_day_at_an_assessment_waiting_to_be_authorised()
    {
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<HavenDbContext>();
            var (childId, episodeId, workerId) = await EpisodeAsync(db);
            db.Add(new Assessment
            {
                Id = Guid.NewGuid(), PersonId = childId, ReferralId = episodeId, StartDate = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-19)), TimescaleWorkingDays = 45,
                SubmittedOn = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-2)), SubmittedByUserId = workerId, Analysis = "Bruising explained; parents engaging.",
            });
            await db.SaveChangesAsync();
        }
        var page = await app.NewPageAsync();
        await app.SignInAsync(page, Email("TeamManager"));

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your team's day", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Team caseloads (" })).ToBeVisibleAsync();
        await AxeChecks.AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "home-team-manager");

        await List(page, "decisions").GetByRole(AriaRole.Link, new() { Name = "Authorise an assessment" }).First.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Authorise the assessment", Level = 1 })).ToBeVisibleAsync();
        await AxeChecks.AssertAccessibleAsync(page);

        // The menu's work tray opens the team's tray for a manager who carries no children.
        await page.GetByRole(AriaRole.Link, new() { Name = "Work tray", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Team work tray" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_service_manager_starts_the_day_at_an_agreement_only_they_can_give()
    {
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<HavenDbContext>();
            var (childId, episodeId, workerId) = await EpisodeAsync(db);
            db.Add(new Section47Enquiry
            {
                Id = Guid.NewGuid(), PersonId = childId, ReferralId = episodeId, StartDate = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-15)), AllocatedWorkerUserId = workerId,
                Outcome = Section47Outcome.SubstantiatedNoConference, OutcomeRationale = "Harm substantiated; the family accepts a child in need plan.",
            });
            await db.SaveChangesAsync();
        }
        var page = await app.NewPageAsync();
        await app.SignInAsync(page, Email("ServiceManager"));

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "The service today", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "The service by team (" })).ToBeVisibleAsync();
        await AxeChecks.AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "home-service-manager");

        await List(page, "decisions").GetByRole(AriaRole.Link, new() { Name = "Agree no conference after section 47" }).First.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Agree a decision not to hold a conference", Level = 1 })).ToBeVisibleAsync();
        await AxeChecks.AssertAccessibleAsync(page);

        // Drill down: a team's name opens its work tray.
        await page.GoBackAsync();
        await List(page, "teams").Locator("tbody tr").First.Locator("td").First.GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Team work tray" })).ToBeVisibleAsync();
        await AxeChecks.AssertAccessibleAsync(page);
    }
}
