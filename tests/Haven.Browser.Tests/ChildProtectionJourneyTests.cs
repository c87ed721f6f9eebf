using System.Globalization;
using Haven.Data;
using Haven.Data.Demo;
using Haven.Domain.Calendar;
using Haven.Domain.ChildProtection;
using Haven.Domain.FrontDoor;
using Haven.Domain.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Haven.Browser.Tests;

/// <summary>
/// A child's journey through child protection in Chromium, with axe on every page: strategy discussion, section 47,
/// initial conference (a mistake first), the plan, its core group, and a review. Dates count back from today so
/// every step is in the past and on a working day.
/// </summary>
public sealed class ChildProtectionJourneyTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;

    private static string Date(DateOnly d) => d.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));

    [Fact]
    public async Task A_social_worker_takes_a_child_from_strategy_discussion_to_review_conference()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var discussed = Calendar.AddWorkingDays(today, -25);
        var initialConference = Calendar.AddWorkingDays(discussed, 10);
        var coreGroup = Calendar.AddWorkingDays(initialConference, 5);
        var review = Calendar.AddWorkingDays(initialConference, 8);
        var (childId, referralId) = await ReferralAsync(discussed);
        var episode = $"/people/{childId}/social-care/{referralId}";

        var page = await app.NewPageAsync();
        await app.SignInAsync(page, DemoAuthorityGenerator.Logins.Single(l => l.IdentityRole == "SocialWorker").Email);

        await page.GotoAsync($"{episode}/child-protection");
        await Assertions.Expect(page.Locator("[data-next-steps]")).ToContainTextAsync("Record a strategy discussion");
        await page.GetByRole(AriaRole.Link, new() { Name = "Record a strategy discussion" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Record a strategy discussion" })).ToBeVisibleAsync();
        await FillDateAsync(page, "HeldOn", discussed);
        await page.GetByLabel("Who chaired it?").FillAsync("Sam Okafor, team manager");
        await FillPersonAsync(page, "Participants", 0, "DS Dana Rowe", "Police");
        await FillPersonAsync(page, "Participants", 1, "Sam Okafor", "Children's social care");
        await FillPersonAsync(page, "Participants", 2, "Dr Lena Marsh", "Health");
        await page.GetByLabel("Start a section 47 enquiry").CheckAsync();
        await page.GetByLabel("Reasons for the decision").FillAsync("A disclosure of being hit and a fresh bruise on the cheek: joint enquiry with the police.");
        await AxeChecks.AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "cp-01-strategy-discussion");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the strategy discussion" }).ClickAsync();

        var due = ChildProtectionRules.InitialConferenceDueOn(discussed, Calendar);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Start a section 47 enquiry" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".govuk-inset-text")).ToContainTextAsync($"due by {Date(due)}");
        await page.GetByLabel("Yes").CheckAsync();
        await page.GetByLabel("Which social worker is leading it?").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await AxeChecks.AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "cp-02-start-section-47");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start the enquiry" }).ClickAsync();

        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Section 47 enquiry started");
        await page.GetByRole(AriaRole.Link, new() { Name = $"Book the initial child protection conference (due by {Date(due)})" }).ClickAsync();
        await FillDateAsync(page, "ScheduledFor", initialConference);
        await AxeChecks.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Book the conference" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Initial conference booked");
        await AxeChecks.AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "cp-03-episode-with-enquiry");

        await page.GetByRole(AriaRole.Link, new() { Name = $"Record the initial conference booked for {Date(initialConference)}" }).ClickAsync();
        // A mistake first: the day before the enquiry started.
        await FillDateAsync(page, "HeldOn", Calendar.AddWorkingDays(discussed, -1));
        await page.GetByLabel("Who chaired it?").FillAsync("Jo Barnes, independent chair");
        await FillPersonAsync(page, "Attendees", 0, "DS Dana Rowe", "Police", attended: true, report: true);
        await FillPersonAsync(page, "Attendees", 1, "Dr Lena Marsh", "Health", attended: false, report: true);
        await FillPersonAsync(page, "Attendees", 2, "Ms Orla Whitcombe", "Education", attended: true, report: false);
        await page.Locator("#ChildAttended-2").CheckAsync();
        await page.GetByLabel("The child's views").FillAsync("Told her worker she wants her mum to be safe and to stay at her school.");
        await page.GetByLabel("Child protection plan", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Category of abuse").SelectOptionAsync("NEG");
        await page.GetByLabel("Reasons for the decision").FillAsync("Repeated injuries with no safe explanation; mum cannot yet protect her from her partner.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the conference" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("The conference cannot be before the section 47 enquiry started");
        await Assertions.Expect(page.Locator("#Chair")).ToHaveValueAsync("Jo Barnes, independent chair");
        await AxeChecks.AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "cp-04-conference-error");

        await FillDateAsync(page, "HeldOn", initialConference);
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the conference" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("The child protection plan has started");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Neglect (NEG)");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync($"Due by {Date(Calendar.AddCalendarMonths(initialConference, 3))}");
        await AxeChecks.AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "cp-05-plan");

        await page.GetByRole(AriaRole.Link, new() { Name = "Add an action to the plan" }).ClickAsync();
        await page.GetByLabel("What needs to change for the child?").FillAsync("She is hit when mum's partner is at home");
        await page.GetByLabel("What will be done?").FillAsync("Partner moves out; mum joins the Freedom Programme");
        await page.GetByLabel("Who will do it?").FillAsync("Mum, with Sam Okafor");
        await FillDateAsync(page, "DueDate", today.AddDays(21));
        await AxeChecks.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the action" }).ClickAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Add a core group member" }).ClickAsync();
        await page.GetByLabel("Name").FillAsync("Ms Orla Whitcombe");
        await page.GetByLabel("Agency").SelectOptionAsync("Education");
        await page.GetByLabel("Role (optional)").FillAsync("Designated safeguarding lead");
        await AxeChecks.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add member" }).ClickAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Record a core group meeting" }).ClickAsync();
        await Assertions.Expect(page.Locator("#Attendees")).ToHaveValueAsync("Ms Orla Whitcombe (Education)");
        await FillDateAsync(page, "HeldOn", coreGroup);
        await page.GetByLabel("Progress against the plan").FillAsync("Partner has moved out. Attendance is up. Mum has started the Freedom Programme.");
        await AxeChecks.AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "cp-06-core-group");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the core group" }).ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync($"Core group on {Date(coreGroup)}");
        await AxeChecks.AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "cp-07-plan-with-core-group");

        await page.Locator("main a", new() { HasText = "Book the review conference" }).ClickAsync();
        await FillDateAsync(page, "ScheduledFor", review);
        await page.GetByRole(AriaRole.Button, new() { Name = "Book the conference" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = $"Record the review conference booked for {Date(review)}" }).ClickAsync();
        // The review invites the core group, so their names are already in the list.
        await Assertions.Expect(page.Locator("#Attendees_0__Name")).ToHaveValueAsync("Ms Orla Whitcombe");
        await FillDateAsync(page, "HeldOn", review);
        await page.GetByLabel("Who chaired it?").FillAsync("Jo Barnes, independent chair");
        await page.Locator("#Attendees_0__Attended").CheckAsync();
        await page.GetByLabel("The plan continues").CheckAsync();
        await page.GetByLabel("Category of abuse").SelectOptionAsync("EMO");
        await page.GetByLabel("Reasons for the decision").FillAsync("Physical risk reduced; the harm now is emotional, from what she saw at home.");
        await AxeChecks.AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "cp-08-review-conference");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the conference" }).ClickAsync();

        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("The plan continues");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Emotional abuse (EMO)");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync($"Due by {Date(Calendar.AddCalendarMonths(review, 6))}");
        await AxeChecks.AssertAccessibleAsync(page);

        await page.GotoAsync($"{episode}/child-protection");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Held in time");
        await AxeChecks.AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "cp-09-episode-summary");

        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HavenDbContext>();
        var plan = await db.ChildProtectionPlans.SingleAsync(p => p.ReferralId == referralId);
        Assert.Equal((initialConference, "NEG", "EMO"), (plan.StartDate, plan.InitialCategory, plan.LatestCategory));
        Assert.Equal(2, await db.ChildProtectionConferences.CountAsync(c => c.ReferralId == referralId && c.HeldOn != null));

        // A second review ends the plan and steps down to a child in need plan, which later ends; then the case closes.
        var secondReview = Calendar.AddWorkingDays(review, 3);
        await page.GotoAsync($"/people/{childId}/social-care/{referralId}/child-protection-plans/{plan.Id}");
        await page.Locator("main a", new() { HasText = "Book the review conference" }).ClickAsync();
        await FillDateAsync(page, "ScheduledFor", secondReview);
        await page.GetByRole(AriaRole.Button, new() { Name = "Book the conference" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = $"Record the review conference booked for {Date(secondReview)}" }).ClickAsync();
        await FillDateAsync(page, "HeldOn", secondReview);
        await page.GetByLabel("Who chaired it?").FillAsync("Jo Barnes, independent chair");
        await page.GetByLabel("The plan ends").CheckAsync();
        await page.GetByLabel("Why is it ending?").SelectOptionAsync(nameof(PlanEndReason.SteppedDownToChildInNeed));
        await page.GetByLabel("Reasons for the decision").FillAsync("Sustained change for three months: the partner has left and mum protects her. Step down to a child in need plan.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the conference" }).ClickAsync();
        await AxeChecks.AssertAccessibleAsync(page);

        await page.GotoAsync($"{episode}/child-in-need/new");
        await FillDateAsync(page, "StartDate", secondReview);
        await AxeChecks.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Start the plan" }).ClickAsync();
        await page.GotoAsync(episode);
        await page.GetByRole(AriaRole.Link, new() { Name = "End plan child in need plan" }).ClickAsync();
        await FillDateAsync(page, "EndDate", today);
        await page.Locator($"input[name=EndReason][value={nameof(PlanEndReason.NoLongerNeeded)}]").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "End the plan" }).ClickAsync();

        // The enquiry's own outcome: it found harm and led to the conference.
        var enquiryId = await db.Section47Enquiries.Where(e => e.ReferralId == referralId).Select(e => e.Id).SingleAsync();
        await page.GotoAsync($"{episode}/section-47/{enquiryId}/complete");
        await page.Locator("input[name=Outcome][value=ConferenceRequired]").CheckAsync();
        await page.GetByLabel("Reasons for the outcome").FillAsync("Injuries consistent with her account; mum's partner denies it; significant harm likely.");
        await FillDateAsync(page, "CompletedOn", initialConference);
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the outcome" }).ClickAsync();

        await page.GotoAsync(episode);
        await page.GetByRole(AriaRole.Button, new() { Name = "Close the case" }).ClickAsync();
        await FillDateAsync(page, "ClosedOn", today);
        await page.Locator("input[name=Reason][value=RC7]").CheckAsync();
        await page.GetByLabel("Why the case is closing").FillAsync("The child in need plan's outcomes are met; school and health visitor continue universal support.");
        await AxeChecks.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Close the case" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToBeVisibleAsync();
        Assert.Equal("RC7", await db.Referrals.Where(r => r.Id == referralId).Select(r => r.ReasonForClosure).SingleAsync());

        // The chronology shows each step once, without anyone typing it.
        await page.GotoAsync($"/people/{childId}/chronology");
        await AxeChecks.AssertAccessibleAsync(page);
        var titles = await page.Locator(".moj-timeline__title").AllInnerTextsAsync();
        Assert.Equal(1, titles.Count(t => t == "Strategy discussion"));
        Assert.Equal(3, titles.Count(t => t == "Child protection conference"));
        Assert.Equal(1, titles.Count(t => t == "Core group"));
        Assert.Equal(1, titles.Count(t => t == "Case closed"));
        var keys = await page.Locator(".moj-timeline__item").EvaluateAllAsync<string[]>("items => items.map(i => i.id)");
        Assert.Equal(keys.Length, keys.Distinct().Count());
        await BrowserFixture.ScreenshotAsync(page, "cp-10-chronology-after-closure");
    }

    [Fact]
    public async Task Adding_more_people_works_without_javascript()
    {
        var (childId, referralId) = await ReferralAsync(Calendar.AddWorkingDays(DateOnly.FromDateTime(DateTime.UtcNow), -3));
        var page = await app.NewPageAsync(javaScript: false);
        await app.SignInAsync(page, DemoAuthorityGenerator.Logins.Single(l => l.IdentityRole == "SocialWorker").Email);
        await page.GotoAsync($"/people/{childId}/social-care/{referralId}/strategy-discussions/new");
        await FillPersonAsync(page, "Participants", 3, "Ms Orla Whitcombe", "Education");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add more people" }).ClickAsync();
        await Assertions.Expect(page.Locator("#Participants_0__Name")).ToHaveValueAsync("Ms Orla Whitcombe");
        await Assertions.Expect(page.Locator("input[name$='.Name']")).ToHaveCountAsync(3);
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToHaveCountAsync(0);
    }

    private static async Task FillDateAsync(IPage page, string field, DateOnly date)
    {
        await page.Locator($"#{field}-day").FillAsync(date.Day.ToString(CultureInfo.InvariantCulture));
        await page.Locator($"#{field}-month").FillAsync(date.Month.ToString(CultureInfo.InvariantCulture));
        await page.Locator($"#{field}-year").FillAsync(date.Year.ToString(CultureInfo.InvariantCulture));
    }

    private static async Task FillPersonAsync(IPage page, string list, int row, string name, string agency, bool attended = false, bool report = false)
    {
        await page.Locator($"#{list}_{row}__Name").FillAsync(name);
        await page.Locator($"#{list}_{row}__Agency").SelectOptionAsync(agency);
        if (attended)
        {
            await page.Locator($"#{list}_{row}__Attended").CheckAsync();
        }
        if (report)
        {
            await page.Locator($"#{list}_{row}__ReportSubmitted").CheckAsync();
        }
    }

    /// <summary>
    /// A referral for a demo child with no child protection history, as the front door would have made it on the
    /// given day (FrontDoorJourneyTests walks that part in the browser).
    /// </summary>
    private async Task<(Guid ChildId, Guid ReferralId)> ReferralAsync(DateOnly on)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HavenDbContext>();
        var withHistory = db.ChildProtectionPlans.Select(p => p.PersonId).Concat(db.Referrals.Select(r => r.PersonId));
        var bornAfter = on.AddYears(-15);
        var childId = await db.People.Where(p => p.Kind == PersonKind.Child && !p.IsRestricted && p.DateOfBirth > bornAfter && p.MergedIntoId == null && !withHistory.Contains(p.Id))
            .OrderBy(p => p.LaPersonId).Select(p => p.Id).FirstAsync();
        var contact = new Contact
        {
            Id = Guid.NewGuid(),
            ContactGroupId = Guid.NewGuid(),
            Reference = $"C-{on.Year}-9{Random.Shared.Next(10000, 99999)}",
            PersonId = childId,
            ReceivedAtUtc = on.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc),
            Route = ContactRoute.Phone,
            Kind = ContactKind.Referral,
            SourceCode = "6",
            Concern = "A bruise on her cheek; she said her mum's partner hit her.",
            RecordedByUserId = "browser-test",
        };
        db.Contacts.Add(contact);
        var referral = new Referral { Id = Guid.NewGuid(), PersonId = childId, ContactId = contact.Id, ReferralDate = on, SourceCode = "6", PrimaryNeedCode = "N1" };
        db.Referrals.Add(referral);
        await db.SaveChangesAsync();
        return (childId, referral.Id);
    }
}
