using System.Globalization;
using Haven.Data;
using Haven.Data.Demo;
using Haven.Domain.Events;
using Haven.Domain.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Haven.Browser.Tests;

/// <summary>
/// Early help in Chromium, checked with axe on every page: start early help, change the lead professional with a date,
/// complete one plan action and change another, change a team member, add and end a warning; the chronology shows each
/// step once, as it was then; the early help list, the warning list and the work tray show the child.
/// </summary>
public sealed class EarlyHelpJourneyTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    private static string Login(string role) => DemoAuthorityGenerator.Logins.Single(l => l.IdentityRole == role).Email;

    private static async Task FillDateAsync(IPage page, string field, DateOnly date)
    {
        await page.Locator($"#{field}-day").FillAsync(date.Day.ToString(CultureInfo.InvariantCulture));
        await page.Locator($"#{field}-month").FillAsync(date.Month.ToString(CultureInfo.InvariantCulture));
        await page.Locator($"#{field}-year").FillAsync(date.Year.ToString(CultureInfo.InvariantCulture));
    }

    private static async Task CheckedAsync(IPage page, string screenshot)
    {
        await AxeChecks.AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, screenshot);
    }

    private static Task BannerAsync(IPage page, string text) => Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync(text);

    private static string Date(DateOnly date) => Haven.Domain.Formatting.DateText.Date(date);

    [Fact]
    public async Task Early_help_is_started_its_lead_changed_an_action_done_and_a_warning_added_and_ended_each_shown_once_as_it_was_then()
    {
        var today = DateOnly.FromDateTime(Haven.Domain.Calendar.UkClock.ToLocal(DateTime.UtcNow));
        var (childId, name) = await ChildWithoutEarlyHelpAsync();
        var page = await app.NewPageAsync();
        await app.SignInAsync(page, Login("SocialWorker"));

        await page.GotoAsync($"/people/{childId}/early-help");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start early help" }).ClickAsync();
        await page.GetByLabel("A request from an agency").CheckAsync();
        await FillDateAsync(page, "StartDate", today.AddDays(-30));
        await page.Locator("#LeadProfessional").FillAsync("Sarah Patel");
        await page.Locator("#LeadAgency").FillAsync("Kingsford Primary School");
        await CheckedAsync(page, "early-help-01-start");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start early help" }).ClickAsync();
        await BannerAsync(page, "Early help started");

        await page.GetByRole(AriaRole.Link, new() { Name = "Change lead professional" }).ClickAsync();
        await page.Locator("#LeadProfessional").FillAsync("Jo Green");
        await page.Locator("#LeadAgency").FillAsync("Havenshire Family Hub");
        await page.Locator("#Reason").FillAsync("The school's designated lead went on long-term leave");
        await FillDateAsync(page, "ChangedOn", today.AddDays(-10));
        await CheckedAsync(page, "early-help-02-change-lead");
        await page.GetByRole(AriaRole.Button, new() { Name = "Change the lead professional" }).ClickAsync();
        await BannerAsync(page, "Lead professional changed to Jo Green");

        await AddActionAsync(page, "Book a hearing test", today.AddDays(10));
        await AddActionAsync(page, "Sleep routine plan", today.AddDays(20));
        // Each action's links carry its name as hidden text; the row is found by the action, then its link.
        await ActionRow(page, "Book a hearing test").GetByRole(AriaRole.Link, new() { Name = "Mark as done" }).ClickAsync();
        await CheckedAsync(page, "early-help-04-mark-done");
        await page.GetByRole(AriaRole.Button, new() { Name = "Mark as done" }).ClickAsync();
        await BannerAsync(page, "Action marked as done");

        await ActionRow(page, "Sleep routine plan").GetByRole(AriaRole.Link, new() { Name = "Change or stop" }).ClickAsync();
        await CheckedAsync(page, "early-help-05-change-action");
        await page.Locator("#Action").FillAsync("Sleep and morning routine plan");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the change" }).ClickAsync();
        await BannerAsync(page, "Action changed");

        await page.GetByRole(AriaRole.Link, new() { Name = "Add a team member" }).ClickAsync();
        await page.Locator("#Name").FillAsync("Sam Okoro");
        await page.Locator("#Agency").FillAsync("Kingsford Primary School");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add team member" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Change Sam Okoro" }).ClickAsync();
        await CheckedAsync(page, "early-help-06-team-member");
        await FillDateAsync(page, "LeftOn", today);
        await page.GetByRole(AriaRole.Button, new() { Name = "Record that they left" }).ClickAsync();
        await BannerAsync(page, "Sam Okoro has left the team");
        await CheckedAsync(page, "early-help-07-episode");

        await page.GotoAsync($"/people/{childId}/warnings");
        await page.GetByRole(AriaRole.Link, new() { Name = "Add a warning" }).ClickAsync();
        await page.GetByLabel("County lines").CheckAsync();
        await page.Locator("#Note").FillAsync("Seen with older boys at the station");
        await FillDateAsync(page, "From", today.AddDays(-5));
        await FillDateAsync(page, "ReviewDate", today.AddDays(20));
        await page.GetByRole(AriaRole.Button, new() { Name = "Add warning" }).ClickAsync();
        await BannerAsync(page, "Warning added");
        await page.GotoAsync("/chronology/flags?type=CountyLines");
        await Assertions.Expect(page.Locator("main table")).ToContainTextAsync(name);
        await CheckedAsync(page, "early-help-08-warning-list");

        await page.GotoAsync($"/people/{childId}/warnings");
        await page.GetByRole(AriaRole.Link, new() { Name = "End County lines" }).ClickAsync();
        await FillDateAsync(page, "EndDate", today);
        await page.Locator("#Reason").FillAsync("Disrupted: no contact with the older boys for a month");
        await page.GetByRole(AriaRole.Button, new() { Name = "End warning" }).ClickAsync();
        await BannerAsync(page, "Warning ended");

        await page.GotoAsync("/early-help?agency=Havenshire%20Family%20Hub");
        await Assertions.Expect(page.Locator("main table")).ToContainTextAsync(name);
        await CheckedAsync(page, "early-help-09-list");

        await page.GotoAsync($"/people/{childId}/chronology");
        await CheckedAsync(page, "early-help-10-chronology");
        var lines = (await page.Locator("main p.govuk-body").AllTextContentsAsync()).Select(t => t.Trim()).ToList();
        Assert.Single(lines, "Early help started, lead professional Sarah Patel (Kingsford Primary School)");
        Assert.Single(lines, "Early help lead professional changed from Sarah Patel (Kingsford Primary School) to Jo Green (Havenshire Family Hub): The school's designated lead went on long-term leave");
        Assert.Single(lines, "Early help plan action done: Book a hearing test (Jo Green)");
        Assert.Single(lines, $"Early help plan action set: Sleep routine plan (Jo Green), due {Date(today.AddDays(20))}");
        Assert.Single(lines, $"Early help plan action changed from Sleep routine plan (Jo Green), due {Date(today.AddDays(20))} to Sleep and morning routine plan (Jo Green), due {Date(today.AddDays(20))}");
        Assert.Single(lines, "Sam Okoro (Kingsford Primary School) left the team around the family");
        Assert.Single(lines, "Warning added: County lines: Seen with older boys at the station");
        Assert.Single(lines, "Warning ended: County lines");

        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HavenDbContext>();
        var types = await db.CaseEvents.Where(e => e.PersonId == childId).Select(e => e.Type).ToListAsync();
        Assert.Single(types, t => t == CaseEventTypes.EarlyHelpStarted);
        Assert.Single(types, t => t == CaseEventTypes.EarlyHelpLeadChanged);
        Assert.Single(types, t => t == CaseEventTypes.EarlyHelpPlanActionCompleted);
        Assert.Single(types, t => t == CaseEventTypes.EarlyHelpPlanActionChanged);
        Assert.Single(types, t => t == CaseEventTypes.EarlyHelpTeamMemberLeft);
    }

    private static ILocator ActionRow(IPage page, string action) =>
        page.Locator("main table tbody tr").Filter(new() { HasTextString = action });

    private static async Task AddActionAsync(IPage page, string action, DateOnly due)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Add an action to the plan" }).ClickAsync();
        await page.Locator("#Action").FillAsync(action);
        await page.Locator("#Owner").FillAsync("Jo Green");
        await FillDateAsync(page, "DueDate", due);
        await CheckedAsync(page, "early-help-03-add-action");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add action" }).ClickAsync();
        await BannerAsync(page, "Action added to the plan");
    }

    /// <summary>A demo child of 5 to 15, not restricted, never in care, who has never had early help or a county lines warning.</summary>
    private async Task<(Guid Id, string Name)> ChildWithoutEarlyHelpAsync()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HavenDbContext>();
        var child = await db.People
            .Where(p => p.Kind == PersonKind.Child && !p.IsRestricted && p.MergedIntoId == null && p.DateOfBirth != null
                && p.DateOfBirth < today.AddYears(-5) && p.DateOfBirth > today.AddYears(-15)
                && !db.EarlyHelpEpisodes.Any(e => e.PersonId == p.Id) && !db.CarePeriods.Any(c => c.PersonId == p.Id)
                && !db.PersonFlags.Any(f => f.PersonId == p.Id && f.Type == FlagType.CountyLines))
            .OrderBy(p => p.LaPersonId).Select(p => new { p.Id, p.FirstName, p.LastName }).FirstAsync();
        return (child.Id, $"{child.FirstName} {child.LastName}");
    }
}
