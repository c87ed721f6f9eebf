using System.Globalization;
using System.Net;
using Haven.Data;
using Haven.Domain.Access;
using Haven.Domain.People;
using Haven.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;

namespace Haven.Web.Tests.Sessions;

/// <summary>
/// Sign-out, the idle timeout, the absolute lifetime and forms kept across a timeout, through the real pages on both
/// databases. The app's clock is the factory's fake clock, so "30 minutes later" is a call, not a wait.
/// </summary>
public abstract class SessionTests<TFactory>(TFactory app) : IClassFixture<TFactory> where TFactory : HavenAppFactory
{
    private static readonly Uri Site = new("http://localhost/");

    /// <summary>A client whose cookies the test can read, signed in through the real form.</summary>
    private async Task<(HttpClient Client, CookieContainer Cookies, ApplicationUser User)> SignInAsync(ApplicationUser? user = null)
    {
        user ??= await app.CreateUserAsync("Sol Session", Role.SocialWorker);
        var cookies = new CookieContainer();
        var client = app.CreateDefaultClient(Site, new CookieContainerHandler(cookies));
        await SignInWithAsync(client, user);
        return (client, cookies, user);
    }

    private static async Task<HttpResponseMessage> SignInWithAsync(HttpClient client, ApplicationUser user, string? returnUrl = null)
    {
        var url = returnUrl is null ? "/sign-in" : "/sign-in?ReturnUrl=" + Uri.EscapeDataString(returnUrl);
        var form = await client.GetFormAsync(url);
        var response = await client.PostFormAsync(url, form, new() { ["Email"] = user.Email!, ["Password"] = HavenAppFactory.Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response;
    }

    private static async Task<bool> IsSignedInAsync(HttpClient client)
    {
        var response = await client.GetAsync("/people");
        if (response.StatusCode == HttpStatusCode.OK)
        {
            return true;
        }
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/sign-in", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        return false;
    }

    [Fact]
    public async Task A_copied_cookie_stops_working_after_sign_out()
    {
        var (client, cookies, _) = await SignInAsync();
        var copy = app.CreateDefaultClient(Site);
        copy.DefaultRequestHeaders.Add("Cookie", cookies.GetCookieHeader(Site));
        Assert.True(await IsSignedInAsync(copy));

        var form = await client.GetFormAsync("/sign-out");
        var signedOut = await client.PostFormAsync("/sign-out", form, []);
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);

        Assert.False(await IsSignedInAsync(copy));
        Assert.False(await IsSignedInAsync(client));
    }

    [Fact]
    public async Task A_session_survives_a_restart_but_not_a_sign_out_made_before_it()
    {
        var (client, cookies, _) = await SignInAsync();
        var copied = cookies.GetCookieHeader(Site);
        var form = await client.GetFormAsync("/sign-out");
        await client.PostFormAsync("/sign-out", form, []);

        // A second instance over the same database stands in for the restarted server.
        await using var restarted = app.WithWebHostBuilder(_ => { });
        var copy = restarted.CreateDefaultClient(Site);
        copy.DefaultRequestHeaders.Add("Cookie", copied);
        Assert.False(await IsSignedInAsync(copy));

        var (live, liveCookies, _) = await SignInAsync();
        var again = restarted.CreateDefaultClient(Site);
        again.DefaultRequestHeaders.Add("Cookie", liveCookies.GetCookieHeader(Site));
        Assert.True(await IsSignedInAsync(again));
        Assert.True(await IsSignedInAsync(live));
    }

    [Fact]
    public async Task The_session_ends_after_30_minutes_without_activity_and_activity_keeps_it_going()
    {
        var (client, _, _) = await SignInAsync();

        app.Clock.Advance(TimeSpan.FromMinutes(20));
        Assert.True(await IsSignedInAsync(client));
        app.Clock.Advance(TimeSpan.FromMinutes(20));
        Assert.True(await IsSignedInAsync(client)); // 40 minutes after signing in, 20 after the last request

        app.Clock.Advance(TimeSpan.FromMinutes(31));
        Assert.False(await IsSignedInAsync(client));
        // Once timed out it stays timed out, even if the next request comes soon after.
        Assert.False(await IsSignedInAsync(client));
    }

    [Fact]
    public async Task Asking_how_long_is_left_does_not_keep_the_session_going_but_staying_signed_in_does()
    {
        var (client, _, _) = await SignInAsync();

        app.Clock.Advance(TimeSpan.FromMinutes(28));
        var status = await client.GetStringAsync("/session/status");
        Assert.Contains("\"secondsLeft\":120", status, StringComparison.Ordinal);
        var form = await client.GetFormAsync("/sign-out");
        var kept = await client.PostFormAsync("/session/keep-alive", form, []);
        Assert.Equal(HttpStatusCode.NoContent, kept.StatusCode);

        app.Clock.Advance(TimeSpan.FromMinutes(25));
        Assert.Contains("\"secondsLeft\":300", await client.GetStringAsync("/session/status"), StringComparison.Ordinal);
        app.Clock.Advance(TimeSpan.FromMinutes(6));
        Assert.Contains("\"secondsLeft\":0", await client.GetStringAsync("/session/status"), StringComparison.Ordinal);
        Assert.False(await IsSignedInAsync(client));
    }

    [Fact]
    public async Task Less_than_a_second_left_is_not_reported_as_ended()
    {
        // The warning's script sends a typed-in form once the server says 0, to have it kept: 0 must mean ended,
        // or the half-typed form would be saved.
        var (client, _, _) = await SignInAsync();
        app.Clock.Advance(TimeSpan.FromMinutes(30) - TimeSpan.FromMilliseconds(500));

        Assert.Contains("\"secondsLeft\":1", await client.GetStringAsync("/session/status"), StringComparison.Ordinal);
        Assert.True(await IsSignedInAsync(client));
    }

    [Fact]
    public async Task Staying_signed_in_needs_the_antiforgery_token()
    {
        var (client, _, _) = await SignInAsync();
        var refused = await client.PostAsync("/session/keep-alive", new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
    }

    [Fact]
    public async Task The_session_ends_after_12_hours_however_active_the_user()
    {
        var (client, _, _) = await SignInAsync();
        for (var elapsed = TimeSpan.Zero; elapsed < TimeSpan.FromHours(11.5); elapsed += TimeSpan.FromMinutes(20))
        {
            app.Clock.Advance(TimeSpan.FromMinutes(20));
            Assert.True(await IsSignedInAsync(client), $"signed out after {elapsed}");
        }

        app.Clock.Advance(TimeSpan.FromMinutes(40));
        Assert.False(await IsSignedInAsync(client));
    }

    private static Dictionary<string, string> Note(string text) => new()
    {
        ["Type"] = "PhoneCall",
        ["OccurredOn.Day"] = "24",
        ["OccurredOn.Month"] = "11",
        ["OccurredOn.Year"] = "2026",
        ["Subject"] = "Phone call from school",
        ["Text"] = text,
    };

    [Fact]
    public async Task A_form_posted_after_the_timeout_is_kept_and_sent_after_signing_in_again_as_the_same_user()
    {
        var (client, _, user) = await SignInAsync();
        var child = await app.RegisterAsync(user, "Tilly", "Keepsake", new DateOnly(2017, 3, 9));
        var url = $"/people/{child.Id}/case-notes/new";
        var form = await client.GetFormAsync(url);

        app.Clock.Advance(TimeSpan.FromMinutes(45));
        var posted = await client.PostFormAsync(url, form, Note("Tilly's teacher rang: she was upset about & <home>."));

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var signIn = posted.Headers.Location!;
        Assert.StartsWith("/sign-in", signIn.PathAndQuery, StringComparison.Ordinal);
        var returnUrl = Uri.UnescapeDataString(signIn.Query.Split("ReturnUrl=")[1].Split('&')[0]);
        Assert.StartsWith("/account/kept-form/", returnUrl, StringComparison.Ordinal);
        Assert.Contains("you were signed out", Html.MainText(await client.GetDocumentAsync(signIn.PathAndQuery)), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, await app.WithDbAsync(db => db.CaseNotes.CountAsync(n => n.PersonId == child.Id)));

        // Someone else signing in cannot see it, nor make it go away.
        var (other, _, _) = await SignInAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(returnUrl)).StatusCode);

        var back = await SignInWithAsync(client, user, returnUrl);
        Assert.Equal(returnUrl, back.Headers.Location!.OriginalString);
        var kept = await client.GetDocumentAsync(returnUrl);
        var keptForm = kept.QuerySelector("main form[method=post]")!;
        Assert.Equal(url, keptForm.GetAttribute("action"));
        var fields = keptForm.QuerySelectorAll("input[type=hidden]").Cast<AngleSharp.Html.Dom.IHtmlInputElement>().ToDictionary(i => i.Name!, i => i.Value);
        Assert.Equal("Tilly's teacher rang: she was upset about & <home>.", fields["Text"]);
        Assert.NotEqual(form["__RequestVerificationToken"], fields["__RequestVerificationToken"]);

        var sent = await client.PostFormAsync(url, fields, []);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var note = await app.WithDbAsync(db => db.CaseNotes.SingleAsync(n => n.PersonId == child.Id));
        Assert.Equal("Tilly's teacher rang: she was upset about & <home>.", note.Text);
        // Shown once: it is not kept on the server any longer than needed.
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(returnUrl)).StatusCode);
    }

    [Fact]
    public async Task A_form_posted_after_the_timeout_without_its_antiforgery_token_is_not_kept()
    {
        var (client, _, user) = await SignInAsync();
        var child = await app.RegisterAsync(user, "Ned", "Forged", new DateOnly(2015, 1, 2));
        var url = $"/people/{child.Id}/case-notes/new";

        app.Clock.Advance(TimeSpan.FromMinutes(45));
        var posted = await client.PostFormAsync(url, new() { ["__RequestVerificationToken"] = "forged" }, Note("Planted by another site"));

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.DoesNotContain("kept-form", posted.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.KeptForms.CountAsync(f => f.UserId == user.Id)));
    }

    [Fact]
    public async Task A_form_posted_after_signing_out_is_not_kept()
    {
        var (client, cookies, user) = await SignInAsync();
        var child = await app.RegisterAsync(user, "Ora", "Signedout", new DateOnly(2015, 1, 2));
        var url = $"/people/{child.Id}/case-notes/new";
        var form = await client.GetFormAsync(url);
        var copy = app.CreateDefaultClient(Site);
        copy.DefaultRequestHeaders.Add("Cookie", cookies.GetCookieHeader(Site));
        await client.PostFormAsync("/sign-out", await client.GetFormAsync("/sign-out"), []);

        var posted = await copy.PostFormAsync(url, form, Note("Sent with a copied cookie"));

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.DoesNotContain("kept-form", posted.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.CaseNotes.CountAsync(n => n.PersonId == child.Id)));
        Assert.Equal(0, await app.WithDbAsync(db => db.KeptForms.CountAsync(f => f.UserId == user.Id)));
    }
}

public sealed class SessionTestsOnSqlite(SqliteAppFactory app) : SessionTests<SqliteAppFactory>(app);

public sealed class SessionTestsOnPostgres(PostgresAppFactory app) : SessionTests<PostgresAppFactory>(app);
