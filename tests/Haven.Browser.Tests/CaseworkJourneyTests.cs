using Haven.Data;
using Haven.Data.Demo;
using Haven.Domain.FrontDoor;
using Haven.Domain.People;
using Haven.Web.Features.FrontDoor;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Haven.Browser.Tests;

/// <summary>
/// A referred child's episode of social care in Chromium, checked with axe on every page: a social worker assesses,
/// a manager authorises, then a child in need plan is started, reviewed and ended, and the case is closed.
/// </summary>
public sealed class CaseworkJourneyTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    private static string Login(string role) => DemoAuthorityGenerator.Logins.Single(l => l.IdentityRole == role).Email;

    [Fact]
    public async Task A_referral_is_assessed_authorised_planned_for_reviewed_and_closed()
    {
        var (childId, referralId) = await ReferredChildAsync();
        var today = DateOnly.FromDateTime(Haven.Domain.Calendar.UkClock.ToLocal(DateTime.UtcNow));
        var page = await app.NewPageAsync();
        await app.SignInAsync(page, Login("SocialWorker"));

        await page.GotoAsync($"/people/{childId}");
        await page.Locator(".moj-sub-navigation").GetByRole(AriaRole.Link, new() { Name = "Social care" }).ClickAsync();
        await Assertions.Expect(page.Locator("#position")).ToContainTextAsync("Open");
        await AxeChecks.AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "casework-01-social-care");
        await page.Locator($"main table a[href$='{referralId}']").ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Assessments" })).ToBeVisibleAsync();
        await AxeChecks.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Start an assessment" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Start an assessment" })).ToBeVisibleAsync();
        await AxeChecks.AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "casework-02-start-assessment");
        await page.GetByLabel("Timescale for this child").FillAsync("30");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start the assessment" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Assessment started");

        async Task SectionAsync(string title, Func<Task> fill, string? screenshot = null)
        {
            await page.GetByRole(AriaRole.Link, new() { Name = $"Add {title.ToLowerInvariant()}" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = title, Exact = true })).ToBeVisibleAsync();
            await fill();
            await AxeChecks.AssertAccessibleAsync(page);
            if (screenshot is not null)
            {
                await BrowserFixture.ScreenshotAsync(page, screenshot);
            }
            await page.GetByRole(AriaRole.Button, new() { Name = "Save and return to the assessment" }).ClickAsync();
            await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync($"{title} saved");
        }

        await SectionAsync("Child seen", async () =>
        {
            await page.Locator("#ChildSeenOn-day").FillAsync(today.Day.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await page.Locator("#ChildSeenOn-month").FillAsync(today.Month.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await page.Locator("#ChildSeenOn-year").FillAsync(today.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await page.GetByLabel("Yes", new() { Exact = true }).CheckAsync();
        });
        await SectionAsync("The child's wishes and feelings", async () =>
        {
            await page.GetByLabel("What are the child's wishes and feelings?").FillAsync("\"I like it when it's just me and mum. I don't like the shouting.\"");
            await page.GetByLabel("The child told me, in their own words").CheckAsync();
        }, "casework-03-assessment-section");
        await SectionAsync("Parents' and others' views", async () =>
        {
            await page.GetByLabel("What do the child's parents or carers say?").FillAsync("Mum agrees the arguments upset the children and wants help.");
            await page.GetByLabel("Fathers and other significant adults").FillAsync("Dad lives in Eastmoor; spoke by phone and wants regular contact.");
        });
        await SectionAsync("History considered", () => page.GetByLabel("What history did you consider?").FillAsync("One earlier contact in 2025 (no further action). Two police call-outs."));
        await SectionAsync("Factors identified", async () =>
        {
            await page.GetByLabel("Concerns about the child being the subject of domestic violence (3A)").CheckAsync();
            await page.GetByLabel("Concerns about the mental health of the parent(s)/carer(s) (4B)").CheckAsync();
        }, "casework-04-assessment-factors");
        await SectionAsync("Analysis and outcome", async () =>
        {
            await page.GetByLabel("Analysis", new() { Exact = true }).FillAsync("The adults' conflict is the main risk. Mum protects the children when she can and accepts help.");
            await page.GetByLabel("A child in need plan").CheckAsync();
        });
        await SectionAsync("Equality and diversity", () => page.GetByLabel("Equality and diversity").FillAsync("White British family; mum has dyslexia so letters are read with her."));

        await AxeChecks.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit for authorisation" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("submitted");
        await BrowserFixture.ScreenshotAsync(page, "casework-05-assessment");
        var assessmentUrl = page.Url;

        var manager = await app.NewPageAsync();
        await app.SignInAsync(manager, Login("TeamManager"));
        await manager.GotoAsync(assessmentUrl);
        await manager.GetByRole(AriaRole.Button, new() { Name = "Authorise or return" }).ClickAsync();
        await Assertions.Expect(manager.GetByRole(AriaRole.Heading, new() { Name = "Authorise the assessment" })).ToBeVisibleAsync();
        await AxeChecks.AssertAccessibleAsync(manager);
        await BrowserFixture.ScreenshotAsync(manager, "casework-06-authorise");
        await manager.GetByLabel("Authorise the assessment").CheckAsync();
        await manager.GetByLabel("Your note").FillAsync("Clear analysis with the child's own words. Agree a child in need plan.");
        await manager.GetByRole(AriaRole.Button, new() { Name = "Record decision" }).ClickAsync();
        await Assertions.Expect(manager.Locator(".govuk-notification-banner")).ToContainTextAsync("Assessment authorised");
        await Assertions.Expect(manager.Locator("h1 + p")).ToContainTextAsync("Status: Authorised");
        await Assertions.Expect(manager.Locator("main")).ToContainTextAsync("Completed in time");

        await manager.GetByRole(AriaRole.Link, new() { Name = "Back to the episode" }).ClickAsync();
        await manager.GetByRole(AriaRole.Button, new() { Name = "Start a child in need plan" }).ClickAsync();
        await AxeChecks.AssertAccessibleAsync(manager);
        await manager.GetByRole(AriaRole.Button, new() { Name = "Start the plan" }).ClickAsync();
        await Assertions.Expect(manager.Locator(".govuk-notification-banner")).ToContainTextAsync("Child in need plan started");

        await manager.GetByRole(AriaRole.Button, new() { Name = "Add an action" }).ClickAsync();
        await manager.GetByLabel("What need or risk does this address?").FillAsync("Arguments at night frighten the children.");
        await manager.GetByLabel("What will be done?").FillAsync("Mum and partner attend the healthy relationships course.");
        await manager.GetByLabel("Who will do it?").FillAsync("Mum, with Havenshire Family Hub");
        var due = today.AddDays(21);
        await manager.Locator("#DueDate-day").FillAsync(due.Day.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await manager.Locator("#DueDate-month").FillAsync(due.Month.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await manager.Locator("#DueDate-year").FillAsync(due.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await AxeChecks.AssertAccessibleAsync(manager);
        await manager.GetByRole(AriaRole.Button, new() { Name = "Add the action" }).ClickAsync();

        // Closing now must be refused: the plan is still open.
        await manager.GetByRole(AriaRole.Button, new() { Name = "Close the case" }).ClickAsync();
        await manager.GetByLabel("RC7: Services ceased").CheckAsync();
        await manager.GetByLabel("Why the case is closing").FillAsync("Needs met; the family hub continues support.");
        await manager.GetByRole(AriaRole.Button, new() { Name = "Close the case" }).ClickAsync();
        await Assertions.Expect(manager.Locator(".govuk-error-summary")).ToContainTextAsync("still has a child in need plan");
        await AxeChecks.AssertAccessibleAsync(manager);
        await BrowserFixture.ScreenshotAsync(manager, "casework-07-close-refused");
        await manager.GetByRole(AriaRole.Link, new() { Name = "Back to the episode" }).ClickAsync();

        await manager.GetByRole(AriaRole.Button, new() { Name = "Record a review" }).ClickAsync();
        await manager.GetByLabel("What progress has been made?").FillAsync("Course finished; no police call-outs since.");
        await manager.GetByLabel("What does the child say about the plan?").FillAsync("\"It's quiet at home now.\"");
        await manager.GetByLabel("Close the plan").CheckAsync();
        await AxeChecks.AssertAccessibleAsync(manager);
        await BrowserFixture.ScreenshotAsync(manager, "casework-08-review");
        await manager.GetByRole(AriaRole.Button, new() { Name = "Record the review" }).ClickAsync();
        await Assertions.Expect(manager.Locator(".govuk-notification-banner")).ToContainTextAsync("Review recorded");
        await AxeChecks.AssertAccessibleAsync(manager);
        await BrowserFixture.ScreenshotAsync(manager, "casework-09-episode");

        await manager.GetByRole(AriaRole.Link, new() { Name = "End plan" }).ClickAsync();
        await Assertions.Expect(manager.GetByLabel("No longer needed")).ToBeCheckedAsync();
        await AxeChecks.AssertAccessibleAsync(manager);
        await manager.GetByRole(AriaRole.Button, new() { Name = "End the plan" }).ClickAsync();
        await Assertions.Expect(manager.Locator(".govuk-notification-banner")).ToContainTextAsync("Child in need plan ended");

        await manager.GetByRole(AriaRole.Button, new() { Name = "Close the case" }).ClickAsync();
        await manager.GetByLabel("RC7: Services ceased").CheckAsync();
        await manager.GetByLabel("Why the case is closing").FillAsync("Needs met; the family hub continues support.");
        await AxeChecks.AssertAccessibleAsync(manager);
        await manager.GetByRole(AriaRole.Button, new() { Name = "Close the case" }).ClickAsync();
        await Assertions.Expect(manager.Locator(".govuk-notification-banner")).ToContainTextAsync("Case closed");
        await Assertions.Expect(manager.Locator("#closure + dl")).ToContainTextAsync("RC7: Services ceased");
        await AxeChecks.AssertAccessibleAsync(manager);

        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HavenDbContext>();
        var referral = await db.Referrals.SingleAsync(r => r.Id == referralId);
        Assert.Equal(("RC7", today), (referral.ReasonForClosure, referral.ClosedOn));
        var assessment = await db.Assessments.SingleAsync(a => a.ReferralId == referralId);
        Assert.Equal(today, assessment.AuthorisedOn);
        Assert.Equal(["3A", "4B"], assessment.Factors);
    }

    /// <summary>A demo child with no social care history, referred at the front door ten days ago.</summary>
    private async Task<(Guid ChildId, Guid ReferralId)> ReferredChildAsync()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HavenDbContext>();
        var childId = await db.People
            .Where(p => p.Kind == PersonKind.Child && !p.IsRestricted && p.DateOfBirth != null && p.MergedIntoId == null && !db.Referrals.Any(r => r.PersonId == p.Id))
            .OrderByDescending(p => p.LaPersonId).Select(p => p.Id).FirstAsync();
        var frontDoor = scope.ServiceProvider.GetRequiredService<FrontDoorService>();
        var contact = (await frontDoor.RecordAsync([childId], new ContactDetails(DateTime.UtcNow.AddDays(-10), ContactRoute.Phone, ContactKind.Referral, "2A",
            "Ms Orla Whitcombe", "Kingsford Academy", "Designated safeguarding lead", "dsl@kingsford.example.com", null, null,
            "Came to school upset after a night of shouting at home.", "Said she hides under the bed.", ConsentToShare.Given, null, YesNoNotKnown.Yes), CancellationToken.None))[0];
        await frontDoor.MarkHistoryReadAsync(contact.Id, null, CancellationToken.None);
        await frontDoor.DecideAsync(contact.Id, new DecisionDetails(ScreeningOutcome.ReferralForAssessment, ThresholdLevel.ChildInNeed,
            "The child's account and the school's concerns need a single assessment.", null, null, "N4"), CancellationToken.None);
        return (childId, await db.Referrals.Where(r => r.ContactId == contact.Id).Select(r => r.Id).SingleAsync());
    }
}
