using System.Globalization;
using Haven.Data;
using Haven.Data.Demo;
using Haven.Domain.FrontDoor;
using Haven.Domain.LookedAfter;
using Haven.Domain.People;
using Haven.Web.Features.FrontDoor;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Haven.Browser.Tests;

/// <summary>
/// A young person who left care at 18 in Chromium, checked with axe on every page: a personal adviser is allocated,
/// their pathway plan is written and reviewed, and they are kept in touch with around their 19th and 20th birthdays.
/// </summary>
public sealed class CareLeaverJourneyTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    private static DemoLogin SocialWorker => DemoAuthorityGenerator.Logins.Single(l => l.IdentityRole == "SocialWorker");

    private static async Task FillDateAsync(IPage page, string field, DateOnly date)
    {
        await page.Locator($"#{field}-day").FillAsync(date.Day.ToString(CultureInfo.InvariantCulture));
        await page.Locator($"#{field}-month").FillAsync(date.Month.ToString(CultureInfo.InvariantCulture));
        await page.Locator($"#{field}-year").FillAsync(date.Year.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_young_person_leaves_care_at_18_and_is_kept_in_touch_with_at_19_and_20_with_the_pathway_plan_reviewed()
    {
        var today = DateOnly.FromDateTime(Haven.Domain.Calendar.UkClock.ToLocal(DateTime.UtcNow));
        // 20 a month ago: both the 19th and the 20th birthday have passed, and the 20th's window is still open.
        var born = today.AddYears(-20).AddMonths(-1);
        var personId = await LeftCareAt18Async(born);
        var page = await app.NewPageAsync();
        await app.SignInAsync(page, SocialWorker.Email);

        await page.GotoAsync($"/people/{personId}/leaving-care");
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("Former relevant");
        await AxeChecks.AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "care-leaver-01-leaving-care");

        await page.GetByRole(AriaRole.Button, new() { Name = "Allocate a personal adviser" }).ClickAsync();
        await page.Locator("#AdviserUserId").SelectOptionAsync(new SelectOptionValue { Label = await AdviserNameAsync() });
        await FillDateAsync(page, "From", born.AddYears(18).AddMonths(-6));
        await AxeChecks.AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "care-leaver-02-adviser");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Personal adviser saved");

        await RecordPlanAsync(page, "Pathway plan", born.AddYears(18).AddMonths(-2), screenshot: true);
        await RecordPlanAsync(page, "Pathway plan review", born.AddYears(19).AddDays(-20));
        await RecordContactAsync(page, born.AddYears(19).AddDays(6), "U", "F2", screenshot: true);
        await RecordPlanAsync(page, "Pathway plan review", born.AddYears(20).AddDays(-10));
        await RecordContactAsync(page, born.AddYears(20).AddDays(3), "U", "F5");

        var rows = page.Locator("#birthdays tbody tr");
        await Assertions.Expect(rows.Nth(1)).ToContainTextAsync("19th");
        await Assertions.Expect(rows.Nth(1)).ToContainTextAsync("In touch");
        await Assertions.Expect(rows.Nth(2)).ToContainTextAsync("20th");
        await Assertions.Expect(rows.Nth(2)).ToContainTextAsync("In touch");
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("Pathway plan review due");
        await AxeChecks.AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "care-leaver-05-in-touch");

        // A refused contact is shown by its field, as typed, with nothing saved.
        await page.GetByRole(AriaRole.Button, new() { Name = "Record a contact" }).ClickAsync();
        await page.GetByLabel("Yes, in touch").CheckAsync();
        await page.Locator("#Note").FillAsync("Phoned; said all is well.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the contact" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Select where the young person lives");
        await Assertions.Expect(page.Locator("#Note")).ToHaveValueAsync("Phoned; said all is well.");
        await AxeChecks.AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "care-leaver-06-refused");

        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HavenDbContext>();
        var types = await db.CaseEvents.Where(e => e.PersonId == personId).Select(e => e.Type).ToListAsync();
        Assert.Single(types, t => t == "PersonalAdviserAllocated");
        Assert.Equal(3, types.Count(t => t == "PathwayPlanRecorded"));
        Assert.Equal(2, types.Count(t => t == "CareLeaverContactRecorded"));
    }

    private async Task<string> AdviserNameAsync()
    {
        using var scope = app.Services.CreateScope();
        var email = SocialWorker.Email;
        return await scope.ServiceProvider.GetRequiredService<HavenDbContext>().Users.Where(u => u.Email == email).Select(u => u.DisplayName).SingleAsync();
    }

    private static async Task RecordPlanAsync(IPage page, string what, DateOnly on, bool screenshot = false)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Record a pathway plan or review" }).ClickAsync();
        await page.GetByLabel(what, new() { Exact = true }).CheckAsync();
        await FillDateAsync(page, "CompletedOn", on);
        await page.GetByLabel("The young person took part").CheckAsync();
        await page.Locator("#Summary").FillAsync("Stay with the college course; bank account and budgeting; see the GP about sleep.");
        if (screenshot)
        {
            await AxeChecks.AssertAccessibleAsync(page);
            await BrowserFixture.ScreenshotAsync(page, "care-leaver-03-pathway-plan");
        }
        await page.GetByRole(AriaRole.Button, new() { Name = "Record", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync($"{what} recorded");
    }

    private static async Task RecordContactAsync(IPage page, DateOnly on, string accommodation, string activity, bool screenshot = false)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Record a contact" }).ClickAsync();
        await FillDateAsync(page, "ContactOn", on);
        await page.GetByLabel("Yes, in touch").CheckAsync();
        await page.Locator("#Accommodation").SelectOptionAsync(accommodation);
        await page.GetByLabel("Yes", new() { Exact = true }).CheckAsync();
        await page.Locator("#Activity").SelectOptionAsync(activity);
        if (screenshot)
        {
            await AxeChecks.AssertAccessibleAsync(page);
            await BrowserFixture.ScreenshotAsync(page, "care-leaver-04-contact");
        }
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the contact" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Contact recorded");
    }

    /// <summary>A young person with an episode who was looked after from 15 until their 18th birthday (the care record's pages are another branch's: the period is written directly).</summary>
    private async Task<Guid> LeftCareAt18Async(DateOnly born)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HavenDbContext>();
        var child = await db.People
            .Where(p => p.Kind == PersonKind.Child && !p.IsRestricted && p.DateOfBirth != null && p.MergedIntoId == null && !db.Referrals.Any(r => r.PersonId == p.Id))
            .OrderBy(p => p.LaPersonId).FirstAsync();
        child.DateOfBirth = born;
        await db.SaveChangesAsync();
        var frontDoor = scope.ServiceProvider.GetRequiredService<FrontDoorService>();
        var contact = (await frontDoor.RecordAsync([child.Id], new ContactDetails(DateTime.UtcNow.AddDays(-10), ContactRoute.Phone, ContactKind.Referral, "2A",
            "Ms Ruth Bell", "Havenshire College", "Student support", "ruth.bell@college.example.com", null, null,
            "Former looked-after young person asking for help with housing.", "Said the flat is damp.", ConsentToShare.Given, null, YesNoNotKnown.Yes), CancellationToken.None))[0];
        await frontDoor.MarkHistoryReadAsync(contact.Id, null, CancellationToken.None);
        await frontDoor.DecideAsync(contact.Id, new DecisionDetails(ScreeningOutcome.ReferralForAssessment, ThresholdLevel.ChildInNeed,
            "Care leaver needing support.", null, null, "N5"), CancellationToken.None);
        var referralId = await db.Referrals.Where(r => r.ContactId == contact.Id).Select(r => r.Id).SingleAsync();
        var from = born.AddYears(15);
        db.CarePeriods.Add(new CarePeriod
        {
            Id = Guid.NewGuid(), PersonId = child.Id, ReferralId = referralId, StartDate = from, EndDate = born.AddYears(18), ReasonCeased = "E5", EntryRoute = CareEntryRoute.Accommodation,
            DecisionBy = "Helen Ashby, service manager", DecisionOn = from, DecisionRationale = "Relationship with mother broke down.", CategoryOfNeed = "N5",
            CarePlanDueOn = from.AddDays(14), RecordedByUserId = "system", RecordedByName = "Test", RecordedAtUtc = DateTime.UtcNow,
            LegalStatuses = [new CareLegalStatus { Id = Guid.NewGuid(), From = from, Code = "V2", RecordedByUserId = "system", RecordedByName = "Test" }],
        });
        await db.SaveChangesAsync();
        return child.Id;
    }
}
