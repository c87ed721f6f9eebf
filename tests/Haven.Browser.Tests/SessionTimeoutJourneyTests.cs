using Haven.Data;
using Haven.Data.Demo;
using Haven.Domain.People;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Haven.Browser.Tests;

/// <summary>Haven with a 30-second idle timeout and the warning 20 seconds before, so a timeout takes seconds to reach.</summary>
public sealed class ShortSessionBrowserFixture : BrowserFixture
{
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromSeconds(30);

    protected override void ConfigureSettings(IWebHostBuilder builder)
    {
        builder.UseSetting("Haven:Sessions:IdleTimeout", "00:00:30");
        builder.UseSetting("Haven:Sessions:WarningBefore", "00:00:20");
    }
}

/// <summary>The GOV.UK timeout warning, and nothing typed being lost to a timeout, with and without JavaScript.</summary>
public sealed class SessionTimeoutJourneyTests(ShortSessionBrowserFixture app) : IClassFixture<ShortSessionBrowserFixture>
{
    private static string SocialWorker => DemoAuthorityGenerator.Logins.Single(l => l.IdentityRole == "SocialWorker").Email;

    private static ILocator Warning(IPage page) => page.GetByRole(AriaRole.Dialog, new() { Name = "You’re about to be signed out" });

    [Fact]
    public async Task The_warning_comes_before_the_timeout_and_staying_signed_in_or_escape_keeps_the_session()
    {
        var page = await app.NewPageAsync();
        await app.SignInAsync(page, SocialWorker);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Find a person" })).ToBeVisibleAsync();
        var sinceLastRequest = System.Diagnostics.Stopwatch.StartNew();
        await Assertions.Expect(Warning(page)).ToBeHiddenAsync();

        await Assertions.Expect(Warning(page)).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await Assertions.Expect(Warning(page)).ToContainTextAsync("Haven will sign you out in");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Stay signed in" })).ToBeFocusedAsync();
        await AxeChecks.AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "timeout-warning");
        await page.GetByRole(AriaRole.Button, new() { Name = "Stay signed in" }).ClickAsync();
        await Assertions.Expect(Warning(page)).ToBeHiddenAsync();

        // Past the moment the session would have ended without "Stay signed in": still signed in.
        await PastTheTimeoutAsync(page, sinceLastRequest);
        await page.ReloadAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Find a person" })).ToBeVisibleAsync();
        sinceLastRequest.Restart();

        // Esc closes the warning and keeps the session going too.
        await Assertions.Expect(Warning(page)).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(Warning(page)).ToBeHiddenAsync();
        await PastTheTimeoutAsync(page, sinceLastRequest);
        await page.ReloadAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Find a person" })).ToBeVisibleAsync();
    }

    private static async Task PastTheTimeoutAsync(IPage page, System.Diagnostics.Stopwatch sinceLastRequest)
    {
        var wait = ShortSessionBrowserFixture.IdleTimeout + TimeSpan.FromSeconds(2) - sinceLastRequest.Elapsed;
        if (wait > TimeSpan.Zero)
        {
            await page.WaitForTimeoutAsync((float)wait.TotalMilliseconds);
        }
    }

    [Fact]
    public async Task When_time_runs_out_on_a_half_typed_note_it_is_kept_and_sent_after_signing_in_again()
    {
        var childId = AChild();
        var page = await app.NewPageAsync();
        await app.SignInAsync(page, SocialWorker);
        await page.GotoAsync($"/people/{childId}/case-notes/new");
        await FillNoteAsync(page, "Call from the school nurse", "Nurse rang about a missed appointment; agreed to visit on Friday.");

        // No "Stay signed in": the warning comes, time runs out, and the page is sent to be kept.
        await Assertions.Expect(Warning(page)).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in to Haven" })).ToBeVisibleAsync(new() { Timeout = 35_000 });
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("You were signed out because");
        await AxeChecks.AssertAccessibleAsync(page);

        await SignInAgainAndSendAsync(page, "Call from the school nurse", "agreed to visit on Friday", javaScript: true);
    }

    [Fact]
    public async Task Without_javascript_a_note_sent_after_the_timeout_is_kept_and_sent_after_signing_in_again()
    {
        var childId = AChild();
        var page = await app.NewPageAsync(javaScript: false);
        await app.SignInAsync(page, SocialWorker);
        await page.GotoAsync($"/people/{childId}/case-notes/new");
        await FillNoteAsync(page, "Phone call with mum", "Mum said the boiler is fixed & the children are warm.\nShe will ring on Monday.");

        await page.WaitForTimeoutAsync((float)(ShortSessionBrowserFixture.IdleTimeout + TimeSpan.FromSeconds(2)).TotalMilliseconds);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save case note" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in to Haven" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("You were signed out because");

        await SignInAgainAndSendAsync(page, "Phone call with mum", "the boiler is fixed & the children are warm", javaScript: false);
    }

    private static async Task FillNoteAsync(IPage page, string subject, string text)
    {
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Add a case note" })).ToBeVisibleAsync();
        await page.GetByLabel("Phone call", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Subject").FillAsync(subject);
        await page.GetByLabel("What happened").FillAsync(text);
    }

    private static async Task SignInAgainAndSendAsync(IPage page, string subject, string typed, bool javaScript)
    {
        await page.GetByLabel("Email address").FillAsync(SocialWorker);
        await page.GetByLabel("Password").FillAsync(DemoAuthorityGenerator.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Send what you typed" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync(typed);
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync(subject);
        await BrowserFixture.ScreenshotAsync(page, "kept-form");
        if (javaScript)
        {
            await AxeChecks.AssertAccessibleAsync(page);
            // With a 30-second timeout the warning soon comes here too: a user would stay signed in, then send.
            await Assertions.Expect(Warning(page)).ToBeVisibleAsync(new() { Timeout = 20_000 });
            await page.GetByRole(AriaRole.Button, new() { Name = "Stay signed in" }).ClickAsync();
            await Assertions.Expect(Warning(page)).ToBeHiddenAsync();
        }
        await page.GetByRole(AriaRole.Button, new() { Name = "Send it" }).ClickAsync();

        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("recorded");
        await Assertions.Expect(page.Locator("main table")).ToContainTextAsync(subject);
    }

    /// <summary>A child without notes yet, from the demo data.</summary>
    private Guid AChild()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HavenDbContext>();
        var taken = db.CaseNotes.Select(n => n.PersonId).Distinct().ToList();
        return db.People.Where(p => p.Kind == PersonKind.Child && !p.IsRestricted && p.MergedIntoId == null && !taken.Contains(p.Id))
            .OrderBy(p => p.LaPersonId).Select(p => p.Id).First();
    }
}
