using System.Globalization;
using Haven.Data;
using Haven.Data.Demo;
using Haven.Domain.Calendar;
using Haven.Domain.Safeguarding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Haven.Browser.Tests;

/// <summary>
/// In Chromium, checked with axe on every page: the demo's designated officer (the service manager) records an
/// allegation against a teaching assistant, links a child, and takes it through the initial consideration and the
/// meetings to its outcome and closure; then a police notification of domestic abuse is recorded with its DASH risk
/// level, and the family referred to MARAC.
/// </summary>
public sealed class LadoJourneyTests(BrowserFixture app) : IClassFixture<BrowserFixture>
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

    [Fact]
    public async Task A_designated_officer_records_an_allegation_to_its_outcome_and_a_police_notification_has_its_dash_level()
    {
        var today = DateOnly.FromDateTime(UkClock.ToLocal(DateTime.UtcNow));
        var (childId, havenNumber, childName) = await ChildAsync();
        var page = await app.NewPageAsync();
        await app.SignInAsync(page, Email("ServiceManager"));

        await page.GetByRole(AriaRole.Link, new() { Name = "Allegations (LADO)" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Allegations against adults who work with children");
        await CheckAsync(page, "lado-01-list");

        await page.GetByRole(AriaRole.Button, new() { Name = "Record an allegation" }).ClickAsync();
        await page.Locator("#AdultName").FillAsync("Ian Brookes");
        await page.Locator("#AdultRole").FillAsync("Teaching assistant");
        await page.Locator("#Details").FillAsync("A pupil said he pushed her against a wall in the corridor.");
        await page.Locator("#ReportedBy").FillAsync("Head teacher");
        await FillDateAsync(page, "ReceivedOn", today.AddDays(-20));
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the allegation" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter who employs them");
        await Assertions.Expect(page.Locator("#AdultName")).ToHaveValueAsync("Ian Brookes");
        await page.Locator("#Employer").FillAsync("Kingsford Academy");
        await CheckAsync(page, "lado-02-new");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the allegation" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Allegation about Ian Brookes recorded");
        await Assertions.Expect(page.Locator(".govuk-warning-text")).ToContainTextAsync("The initial consideration was due by");

        await page.Locator("#Child").FillAsync(havenNumber);
        await page.GetByRole(AriaRole.Button, new() { Name = "Link the child" }).ClickAsync();
        await Assertions.Expect(page.Locator("#children")).ToContainTextAsync(childName);
        await CheckAsync(page, "lado-03-allegation");

        await page.GetByRole(AriaRole.Button, new() { Name = "Update the allegation" }).ClickAsync();
        await FillDateAsync(page, "InitialConsiderationOn", today.AddDays(-19));
        await page.Locator("#InitialConsiderationDecision").FillAsync("Harm test met: strategy meeting with the police");
        await FillDateAsync(page, "StrategyMeetingOn", today.AddDays(-17));
        await FillDateAsync(page, "EvaluationMeetingOn", today.AddDays(-2));
        await page.GetByLabel("Unsubstantiated", new() { Exact = true }).CheckAsync();
        await FillDateAsync(page, "OutcomeOn", today.AddDays(-2));
        await page.Locator("#EmployerAction").FillAsync("Training on positive handling; no further action");
        await FillDateAsync(page, "ClosedOn", today);
        await CheckAsync(page, "lado-04-progress");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Allegation updated");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Unsubstantiated on");
        await CheckAsync(page, "lado-05-closed");

        await page.GotoAsync("/lado?status=closed&outcome=Unsubstantiated");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Ian Brookes");
        await CheckAsync(page, "lado-06-list-filtered");

        // A police notification of domestic abuse, with the DASH level revealed under "Police notification".
        await page.GotoAsync($"/people/{childId}/contacts/new");
        await page.GetByLabel("Police notification").CheckAsync();
        await page.Locator("#DashRiskLevel").SelectOptionAsync("High");
        await page.GetByLabel("Contact", new() { Exact = true }).CheckAsync();
        await page.Locator("#SourceCode").SelectOptionAsync("6");
        await page.Locator("#ReferrerName").FillAsync("PC Ahmed");
        await page.Locator("#Concern").FillAsync("Police called to a domestic incident at the home overnight; the children were present.");
        await page.GetByLabel("Sharing without consent, to protect the child").CheckAsync();
        await page.Locator("#ConsentBasis").FillAsync("Police notification");
        await page.Locator("input[name=ParentsAware][value=Yes]").CheckAsync();
        await CheckAsync(page, "lado-07-police-contact");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record contact" }).ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Domestic abuse: DASH risk level");

        await page.GotoAsync($"/people/{childId}/marac");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record a referral to MARAC" }).ClickAsync();
        await FillDateAsync(page, "ReferredOn", today);
        await page.Locator("#ReferredBy").FillAsync("Northbridge Police");
        await page.GetByLabel("High", new() { Exact = true }).CheckAsync();
        await CheckAsync(page, "lado-08-marac-referral");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the referral" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Referral to MARAC recorded");
        await CheckAsync(page, "lado-09-marac");

        // The child's chronology has the MARAC referral but nothing of the allegation.
        await page.GotoAsync($"/people/{childId}/chronology");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("to MARAC: high risk");
        await Assertions.Expect(page.Locator("main")).Not.ToContainTextAsync("Ian Brookes");

        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HavenDbContext>();
        var allegation = await db.Allegations.Include(a => a.Children).SingleAsync(a => a.AdultName == "Ian Brookes");
        Assert.Equal((AllegationOutcome.Unsubstantiated, today), (allegation.Outcome, allegation.ClosedOn));
        Assert.Equal(childId, Assert.Single(allegation.Children).PersonId);
    }

    /// <summary>A demo child (not restricted) with an open episode, whom the service manager may open.</summary>
    private async Task<(Guid Id, string HavenNumber, string Name)> ChildAsync()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HavenDbContext>();
        var child = await db.People.Where(p => !p.IsRestricted && p.MergedIntoId == null && p.Kind == Haven.Domain.People.PersonKind.Child
                && db.Referrals.Any(r => r.PersonId == p.Id && r.ClosedOn == null))
            .OrderBy(p => p.LaPersonId).Select(p => new { p.Id, p.LaPersonId, Name = p.FirstName + " " + p.LastName }).FirstAsync();
        return (child.Id, child.LaPersonId, child.Name);
    }
}
