using System.Globalization;
using Haven.Data;
using Haven.Data.Demo;
using Haven.Domain.Calendar;
using Haven.Domain.ChildProtection;
using Haven.Domain.FrontDoor;
using Haven.Domain.LookedAfter;
using Haven.Domain.People;
using Haven.Domain.Workforce;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Haven.Browser.Tests;

/// <summary>
/// A child's whole time in care in Chromium, checked with axe on every page: they come into care from a child
/// protection plan, are placed, move, have two reviews (the first late), go missing and have a return home interview,
/// then go home; the chronology and the work tray show each step once.
/// </summary>
public sealed class CareJourneyTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    private static string Email(string role) => DemoAuthorityGenerator.Logins.Single(l => l.IdentityRole == role).Email;

    private static async Task FillDateAsync(IPage page, string field, DateOnly date)
    {
        await page.Locator($"#{field}-day").FillAsync(date.Day.ToString(CultureInfo.InvariantCulture));
        await page.Locator($"#{field}-month").FillAsync(date.Month.ToString(CultureInfo.InvariantCulture));
        await page.Locator($"#{field}-year").FillAsync(date.Year.ToString(CultureInfo.InvariantCulture));
    }

    private static async Task CheckAsync(IPage page, string screenshot)
    {
        await AxeChecks.AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, screenshot);
    }

    [Fact]
    public async Task A_child_comes_into_care_from_a_child_protection_plan_moves_has_two_reviews_goes_missing_and_returns_home()
    {
        var today = DateOnly.FromDateTime(UkClock.ToLocal(DateTime.UtcNow));
        var start = Calendar.AddWorkingDays(today.AddDays(-160), 0);
        var (childId, childName, referralId) = await ChildOnAPlanAsync(start.AddDays(-90));
        var moved = start.AddDays(30);
        var firstHeld = CareTimescales.FirstReview.DueFrom(start, Calendar).AddDays(9);
        var secondHeld = CareTimescales.SecondReview.DueFrom(firstHeld, Calendar).AddDays(-3);
        var missingFrom = today.AddDays(-6);
        var home = today.AddDays(-1);

        var worker = await app.NewPageAsync();
        await app.SignInAsync(worker, Email("SocialWorker"));

        // Into care from the child protection plan's episode.
        await worker.GotoAsync($"/people/{childId}/social-care/{referralId}");
        await worker.GetByRole(AriaRole.Button, new() { Name = "Record that the child came into care" }).ClickAsync();
        await Assertions.Expect(worker.GetByRole(AriaRole.Heading, new() { Name = "Record that the child came into care" })).ToBeVisibleAsync();
        await FillDateAsync(worker, "StartDate", start);
        await worker.GetByLabel("From a child protection plan").CheckAsync();
        await worker.Locator("#DecisionBy").FillAsync("Helen Ashby, head of service");
        await FillDateAsync(worker, "DecisionOn", start);
        await worker.Locator("#Rationale").FillAsync("The protection plan could not keep the child safe: a further injury at home and mum's partner back in the house.");
        await worker.Locator("#LegalStatus").SelectOptionAsync("C1");
        await worker.Locator("#CategoryOfNeed").SelectOptionAsync("N1");
        await worker.Locator("#Placement_PlacementType").SelectOptionAsync("U6");
        await worker.Locator("#Placement_ProviderCode").SelectOptionAsync("PR1");
        await worker.Locator("#Placement_CarerName").FillAsync("Carol and Dev Ashdown");
        await CheckAsync(worker, "care-01-came-into-care");
        await worker.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(worker.Locator(".govuk-notification-banner")).ToContainTextAsync("Entry to care recorded");
        await Assertions.Expect(worker.Locator("#now")).ToContainTextAsync("Carol and Dev Ashdown");
        await CheckAsync(worker, "care-02-care-record");

        // A planned move a month later.
        await worker.GetByRole(AriaRole.Button, new() { Name = "Record a move" }).ClickAsync();
        await FillDateAsync(worker, "MovedOn", moved);
        await worker.Locator("#Reason").SelectOptionAsync("CARPL");
        await worker.Locator("input[name=Planned][value=true]").CheckAsync();
        await worker.Locator("#Placement_PlacementType").SelectOptionAsync("U4");
        await worker.Locator("#Placement_ProviderCode").SelectOptionAsync("PR1");
        await worker.Locator("#Placement_CarerName").FillAsync("Joy and Martin Okafor");
        await CheckAsync(worker, "care-03-move");
        await worker.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(worker.Locator(".govuk-notification-banner")).ToBeVisibleAsync();
        await Assertions.Expect(worker.Locator("#now")).ToContainTextAsync("Joy and Martin Okafor");
        await CheckAsync(worker, "care-04-after-move");

        // The manager allocates the IRO, who records two reviews, the first late.
        var manager = await app.NewPageAsync();
        await app.SignInAsync(manager, Email("TeamManager"));
        await manager.GotoAsync($"/people/{childId}/care/reviewing-officer");
        await manager.Locator("#IroUserId").SelectOptionAsync(new SelectOptionValue { Label = "Priya Nair" });
        await CheckAsync(manager, "care-05-allocate-iro");
        await manager.GetByRole(AriaRole.Button, new() { Name = "Allocate" }).ClickAsync();
        await Assertions.Expect(manager.Locator(".govuk-notification-banner")).ToBeVisibleAsync();

        var iro = await app.NewPageAsync();
        await app.SignInAsync(iro, Email("IndependentReviewingOfficer"));
        await iro.GotoAsync($"/people/{childId}/care/reviews");
        await RecordReviewAsync(iro, firstHeld, "PN1", "\"I miss my brother. The Okafors are kind.\"");
        await CheckAsync(iro, "care-06-review-form");
        await iro.GetByRole(AriaRole.Button, new() { Name = "Record the review" }).ClickAsync();
        await Assertions.Expect(iro.Locator(".govuk-notification-banner")).ToContainTextAsync("Review recorded");
        await Assertions.Expect(iro.Locator("main table")).ToContainTextAsync("Held late");
        await RecordReviewAsync(iro, secondHeld, "PN1", "Says school is better and wants to go home.");
        await iro.GetByRole(AriaRole.Button, new() { Name = "Record the review" }).ClickAsync();
        await Assertions.Expect(iro.Locator(".govuk-notification-banner")).ToContainTextAsync("Review recorded");
        await Assertions.Expect(iro.Locator("main table")).ToContainTextAsync("Held on time");
        await CheckAsync(iro, "care-07-reviews");

        // Missing overnight, back the next morning, and the return home interview within 72 hours.
        await worker.GotoAsync($"/people/{childId}/care/missing");
        await worker.GetByRole(AriaRole.Button, new() { Name = "Report the child missing or away" }).ClickAsync();
        await worker.GetByLabel("Missing from care").CheckAsync();
        await FillDateAsync(worker, "StartedOn", missingFrom);
        await worker.Locator("#StartedTime").FillAsync("10pm");
        await worker.GetByLabel("The police were told").CheckAsync();
        await CheckAsync(worker, "care-08-missing");
        await worker.GetByRole(AriaRole.Button, new() { Name = "Report missing" }).ClickAsync();
        await Assertions.Expect(worker.Locator(".govuk-notification-banner")).ToContainTextAsync("Missing episode recorded");
        await worker.GetByRole(AriaRole.Link, new() { Name = "Record the return" }).ClickAsync();
        await FillDateAsync(worker, "ReturnedOn", missingFrom.AddDays(1));
        await worker.Locator("#ReturnedTime").FillAsync("07:30");
        await worker.Locator("#WhereFound").FillAsync("Came back to the Okafors' alone; had been at mum's.");
        await worker.Locator("input[name=Screening]").First.CheckAsync();
        await CheckAsync(worker, "care-09-return");
        await worker.GetByRole(AriaRole.Button, new() { Name = "Record the return" }).ClickAsync();
        await Assertions.Expect(worker.Locator(".govuk-notification-banner")).ToContainTextAsync("Return recorded");
        await worker.GetByRole(AriaRole.Link, new() { Name = "Record the return home interview" }).ClickAsync();
        await FillDateAsync(worker, "OfferedOn", missingFrom.AddDays(1));
        await worker.Locator("#OfferedTime").FillAsync("9am");
        await worker.Locator("#OfferedBy").FillAsync("Sam Reid, return home interview worker");
        await FillDateAsync(worker, "HeldOn", missingFrom.AddDays(2));
        await worker.Locator("#HeldTime").FillAsync("4pm");
        await worker.Locator("#HeldBy").FillAsync("Sam Reid");
        await worker.Locator("#Outcome").FillAsync("Went to see mum; mum's partner has left. Safety plan agreed with the carers.");
        await CheckAsync(worker, "care-10-interview");
        await worker.GetByRole(AriaRole.Button, new() { Name = "Record the interview" }).ClickAsync();
        await Assertions.Expect(worker.Locator(".govuk-notification-banner")).ToContainTextAsync("Return home interview recorded");
        await CheckAsync(worker, "care-11-missing-episodes");

        // The work tray while the child is in care: each clock once.
        await worker.GotoAsync("/work-tray");
        await CheckAsync(worker, "care-12-work-tray");
        var work = await worker.Locator("main table").First.Locator("tbody tr").Filter(new() { HasText = childName }).Locator("td:nth-child(2)").AllInnerTextsAsync();
        Assert.NotEmpty(work);
        Assert.Equal(work.Count, work.Distinct().Count());

        // Home to mum: care ends.
        await worker.GotoAsync($"/people/{childId}/care");
        await worker.GetByRole(AriaRole.Button, new() { Name = "Record that the child left care" }).ClickAsync();
        await FillDateAsync(worker, "EndDate", home);
        await worker.Locator("input[name=Reason][value=E4A]").CheckAsync();
        await worker.Locator("#Note").FillAsync("Mum's partner has left; the plan is a supported return home under the care order.");
        await CheckAsync(worker, "care-13-left-care");
        await worker.GetByRole(AriaRole.Button, new() { Name = "Record that the child left care" }).ClickAsync();
        await Assertions.Expect(worker.Locator(".govuk-notification-banner")).ToBeVisibleAsync();
        await Assertions.Expect(worker.Locator("#position")).ToContainTextAsync("left care on");
        await CheckAsync(worker, "care-14-after-care");

        // The chronology has each step once, without anyone typing it again.
        // The whole history in one page: give it longer than a form under a busy test machine.
        await worker.GotoAsync($"/people/{childId}/chronology", new() { Timeout = 60_000 });
        await CheckAsync(worker, "care-15-chronology");
        var summaries = await worker.Locator(".moj-timeline__description p.govuk-body").AllInnerTextsAsync();
        var all = string.Join("\n", summaries);
        foreach (var step in new[] { "Came into care", "Moved from Carol and Dev Ashdown to Joy and Martin Okafor", "Left care" })
        {
            Assert.True(1 == summaries.Count(s => s.StartsWith(step, StringComparison.Ordinal)), $"'{step}' once in:\n{all}");
        }
        Assert.True(2 == summaries.Count(s => s.StartsWith("Looked-after review", StringComparison.Ordinal)), $"two reviews in:\n{all}");
        Assert.True(1 == summaries.Count(s => s.StartsWith("Came back", StringComparison.Ordinal)), $"one return in:\n{all}");
        var keys = await worker.Locator(".moj-timeline__item").EvaluateAllAsync<string[]>("items => items.map(i => i.id)");
        Assert.Equal(keys.Length, keys.Distinct().Count());
        // No step twice. Two reviews chaired by the same IRO with the same participation read alike on their own dates,
        // so they are counted above (exactly two) and their keys are distinct; every other line is unique.
        var others = summaries.Where(s => !s.StartsWith("Looked-after review", StringComparison.Ordinal)).ToList();
        Assert.Equal(others.Count, others.Distinct().Count());

        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HavenDbContext>();
        var types = await db.CaseEvents.Where(e => e.PersonId == childId).Select(e => e.Type).ToListAsync();
        Assert.Single(types, t => t == "CameIntoCare");
        Assert.Single(types, t => t == "PlacementChanged");
        Assert.Equal(2, types.Count(t => t == "CareReviewRecorded"));
        Assert.Single(types, t => t == "LeftCare");
        Assert.Equal(CareEntryRoute.FromChildProtectionPlan, await db.CarePeriods.Where(p => p.PersonId == childId).Select(p => p.EntryRoute).SingleAsync());
    }

    private static async Task RecordReviewAsync(IPage page, DateOnly heldOn, string participation, string views)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Record a review" }).ClickAsync();
        await FillDateAsync(page, "HeldOn", heldOn);
        await page.Locator($"input[name=Participation][value={participation}]").CheckAsync();
        await page.GetByLabel("What are the child's views?").FillAsync(views);
        await page.GetByLabel("What did the review decide?").FillAsync("The placement meets the child's needs; work towards a return home continues.");
    }

    /// <summary>A demo child of 10 to 14 with no open social care work, allocated to the demo worker and put on a child protection plan on the given day (the plan's own journey is ChildProtectionJourneyTests').</summary>
    private async Task<(Guid ChildId, string ChildName, Guid ReferralId)> ChildOnAPlanAsync(DateOnly planFrom)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HavenDbContext>();
        var workerId = await db.Users.Where(u => u.Email == Email("SocialWorker")).Select(u => u.Id).SingleAsync();
        // Old enough to go missing and talk about it at the return home interview.
        var (bornAfter, bornBefore) = (planFrom.AddYears(-15), planFrom.AddYears(-10));
        var teamId = await db.Allocations.Where(a => a.WorkerUserId == workerId).Select(a => a.TeamId).FirstAsync();
        var child = await db.People
            .Where(p => !p.IsRestricted && p.MergedIntoId == null && p.Kind == PersonKind.Child && p.DateOfBirth > bornAfter && p.DateOfBirth < bornBefore
                && !db.Referrals.Any(r => r.PersonId == p.Id && r.ClosedOn == null) && !db.CarePeriods.Any(c => c.PersonId == p.Id)
                && !db.ChildProtectionPlans.Any(c => c.PersonId == p.Id && c.EndDate == null) && !db.Allocations.Any(a => a.PersonId == p.Id && a.EndDate == null))
            .OrderBy(p => p.LaPersonId).FirstAsync();
        // Allocated to the demo worker from the referral, so the child is in their work tray.
        db.Allocations.Add(new Allocation { Id = Guid.NewGuid(), PersonId = child.Id, WorkerUserId = workerId, TeamId = teamId, StartDate = planFrom.AddDays(-30) });
        var contact = new Contact
        {
            Id = Guid.NewGuid(), ContactGroupId = Guid.NewGuid(), Reference = $"C-CJ-{Guid.NewGuid():N}"[..14], PersonId = child.Id,
            ReceivedAtUtc = planFrom.AddDays(-30).ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc), Route = ContactRoute.Phone, Kind = ContactKind.Referral, SourceCode = "6",
            Concern = "A bruise on the child's arm; they said mum's partner grabbed them.", RecordedByUserId = workerId,
        };
        var referral = new Referral { Id = Guid.NewGuid(), PersonId = child.Id, ContactId = contact.Id, ReferralDate = planFrom.AddDays(-30), SourceCode = "6", PrimaryNeedCode = "N1" };
        var plan = new ChildProtectionPlan
        {
            Id = Guid.NewGuid(), PersonId = child.Id, ReferralId = referral.Id, StartDate = planFrom, InitialCategory = "PHY", LatestCategory = "PHY",
        };
        db.AddRange(contact, referral, plan);
        await db.SaveChangesAsync();
        return (child.Id, $"{child.FirstName} {child.LastName}", referral.Id);
    }
}
