using System.Globalization;
using Haven.Data;
using Haven.Data.Demo;
using Haven.Domain.Calendar;
using Haven.Domain.Fostering;
using Haven.Domain.LookedAfter;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Haven.Browser.Tests;

/// <summary>
/// A fostering household in Chromium, checked with axe on every page: from the first enquiry through the initial visit,
/// the Form F assessment, the panel and the agency decision to approval; a child in care is placed with them, taking
/// one of their places; their first annual review is recorded with its panel; the list finds them.
/// </summary>
public sealed class FosteringJourneyTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
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

    private static async Task StepAsync(IPage page, string link, DateOnly on, string screenshot, Func<Task>? more = null)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = link, Exact = true }).ClickAsync();
        await FillDateAsync(page, "On", on);
        if (more is not null)
        {
            await more();
        }
        await CheckAsync(page, screenshot);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_household_goes_from_enquiry_to_approval_a_child_is_placed_and_their_first_annual_review_is_recorded()
    {
        var today = DateOnly.FromDateTime(UkClock.ToLocal(DateTime.UtcNow));
        var (childId, childName, worker) = await ChildInCareAsync();
        var page = await app.NewPageAsync();
        await app.SignInAsync(page, Email("SocialWorker"));

        await page.GotoAsync("/fostering");
        await CheckAsync(page, "fostering-01-list");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record an enquiry" }).ClickAsync();
        await page.Locator("#Name").FillAsync("Joy and Martin Okafor");
        await page.GetByLabel("Fostering", new() { Exact = true }).CheckAsync();
        await FillDateAsync(page, "EnquiryOn", today.AddDays(-300));
        await page.Locator("#Postcode").FillAsync("HV3 1AB");
        await CheckAsync(page, "fostering-02-enquiry");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the enquiry" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Enquiry recorded for Joy and Martin Okafor");
        await CheckAsync(page, "fostering-03-household-enquiry");

        await StepAsync(page, "Record the initial visit", today.AddDays(-290), "fostering-04-initial-visit");
        await StepAsync(page, "Record the application and start the assessment (Form F)", today.AddDays(-280), "fostering-05-assessment",
            () => page.Locator("#WorkerUserId").SelectOptionAsync(worker));
        await StepAsync(page, "Record the fostering panel", today.AddDays(-60), "fostering-06-panel",
            () => page.Locator("input[name=Yes][value=true]").CheckAsync());

        // The decision with its terms: a mistake in the ages is shown by the field, and what was typed is kept.
        await page.GetByRole(AriaRole.Link, new() { Name = "Record the agency decision", Exact = true }).ClickAsync();
        await FillDateAsync(page, "On", today.AddDays(-50));
        await page.Locator("input[name=Yes][value=true]").CheckAsync();
        await page.Locator("#Places").FillAsync("2");
        await page.Locator("#AgeFrom").FillAsync("12");
        await page.Locator("#AgeTo").FillAsync("5");
        await page.GetByLabel("short-term").CheckAsync();
        await page.GetByLabel("respite").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("The oldest age must be the same as or more than the youngest");
        await Assertions.Expect(page.Locator("#Places")).ToHaveValueAsync("2");
        await CheckAsync(page, "fostering-07-decision-refused");
        await page.Locator("#AgeFrom").FillAsync("0");
        await page.Locator("#AgeTo").FillAsync("11");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("agency decision recorded");
        await StepAsync(page, "Allocate the supervising social worker", today.AddDays(-50), "fostering-08-supervising-worker",
            () => page.Locator("#WorkerUserId").SelectOptionAsync(worker));
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("2 children, aged 0 to 11, short-term, respite");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("0 children placed, 2 vacancies");
        var householdUrl = page.Url;

        // A child in care moves to them.
        await page.GotoAsync($"/people/{childId}/care");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record a move" }).ClickAsync();
        await FillDateAsync(page, "MovedOn", today);
        await page.Locator("#Reason").SelectOptionAsync("CARPL");
        await page.Locator("input[name=Planned][value=true]").CheckAsync();
        await page.Locator("#Placement_PlacementType").SelectOptionAsync("U3");
        await page.Locator("#Placement_CarerId").SelectOptionAsync(new SelectOptionValue { Label = "Joy and Martin Okafor (Fostering household, HV3 1AB)" });
        await CheckAsync(page, "fostering-09-child-placed");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.Locator("#now")).ToContainTextAsync("Joy and Martin Okafor");

        await page.GotoAsync(householdUrl);
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("1 child placed, 1 vacancy");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = childName })).ToBeVisibleAsync();

        // The first annual review, which goes back to the fostering panel.
        await page.GetByRole(AriaRole.Link, new() { Name = "Record annual review", Exact = true }).ClickAsync();
        await FillDateAsync(page, "On", today);
        await page.Locator("#Summary").FillAsync("Settled well; the carers asked about training in life story work.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("The first annual review goes back to the fostering panel");
        await FillDateAsync(page, "PanelOn", today);
        await CheckAsync(page, "fostering-10-annual-review");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("annual review recorded");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync($"Foster carers' annual review due: {Haven.Domain.Formatting.DateText.Date(today.AddYears(1))}");
        await CheckAsync(page, "fostering-11-household-approved");

        await page.GotoAsync("/fostering?stage=Approved&sort=name");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Joy and Martin Okafor");
        await CheckAsync(page, "fostering-12-list-approved");

        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HavenDbContext>();
        var journey = await db.HouseholdJourneys.Include(j => j.Entries).SingleAsync(j => db.Carers.Any(c => c.Id == j.CarerId && c.Name == "Joy and Martin Okafor"));
        Assert.Equal(HouseholdStage.Approved, journey.Stage);
        Assert.Single(journey.Entries, e => e.Kind == HouseholdEntryKind.AnnualReview && e.PanelOn == today);
    }

    /// <summary>A demo child in care allocated to the demo social worker, in a placement that began before today.</summary>
    private async Task<(Guid Id, string Name, string WorkerId)> ChildInCareAsync()
    {
        var today = DateOnly.FromDateTime(UkClock.ToLocal(DateTime.UtcNow));
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HavenDbContext>();
        var worker = await db.Users.Where(u => u.Email == Email("SocialWorker")).Select(u => u.Id).SingleAsync();
        var child = await db.CarePeriods.Where(p => p.EndDate == null
                && p.Placements.Any(pl => pl.EndDate == null && pl.StartDate < today.AddDays(-7))
                && db.Allocations.Any(a => a.PersonId == p.PersonId && a.WorkerUserId == worker && a.EndDate == null))
            .Join(db.People.Where(c => !c.IsRestricted && c.MergedIntoId == null), p => p.PersonId, c => c.Id, (p, c) => new { c.Id, Name = c.FirstName + " " + c.LastName })
            .OrderBy(c => c.Id).FirstAsync();
        return (child.Id, child.Name, worker);
    }
}
