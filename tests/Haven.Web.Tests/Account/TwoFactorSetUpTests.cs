using System.Net;
using System.Text;
using System.Xml.Linq;
using Haven.Data;
using Haven.Domain.Access;
using Haven.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Haven.Web.Tests.Account;

public abstract class TwoFactorSetUpTests<TFactory>(TFactory app) : IClassFixture<TFactory> where TFactory : HavenAppFactory
{
    private HttpClient Client() => app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>Signs in, sets up an authenticator with a correct code, and returns the key and the page that follows.</summary>
    private async Task<(HttpClient Client, string Key, HttpResponseMessage Done)> SetUpTwoFactorAsync(ApplicationUser user)
    {
        var client = await app.SignInAsync(user);
        var key = (await client.GetDocumentAsync("/account/two-factor")).QuerySelector(".haven-key")!.TextContent;
        var form = await client.GetFormAsync("/account/two-factor");
        // Identity checks codes against the real clock, so compute the code for now.
        var done = await client.PostFormAsync("/account/two-factor", form, new() { ["Code"] = Totp.Code(key, DateTimeOffset.UtcNow) });
        return (client, key, done);
    }

    [Fact]
    public async Task Once_two_factor_is_on_its_key_is_never_shown_again_and_a_new_authenticator_gets_a_new_key()
    {
        var user = await app.CreateUserAsync("Key Keeper", Role.SocialWorker, demo: false);
        var (client, oldKey, _) = await SetUpTwoFactorAsync(user);

        var page = await client.GetDocumentAsync("/account/two-factor");
        Assert.Null(page.QuerySelector(".haven-key"));
        Assert.DoesNotContain(oldKey.Replace(" ", "", StringComparison.Ordinal), page.Body!.InnerHtml.Replace(" ", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);

        var replace = await client.GetFormAsync("/account/two-factor");
        // Replacing asks for the password and a code from the current authenticator (issue 11 item 3).
        var replaced = await (await client.PostFormAsync("/account/two-factor?handler=Replace", replace,
            new() { ["Password"] = HavenAppFactory.Password, ["CurrentCode"] = Totp.Code(oldKey, DateTimeOffset.UtcNow) })).ReadDocumentAsync();
        var newKey = replaced.QuerySelector(".haven-key")!.TextContent;
        Assert.NotEqual(oldKey, newKey);
        var form = replaced.QuerySelectorAll("main form input[type=hidden]").Cast<AngleSharp.Html.Dom.IHtmlInputElement>()
            .GroupBy(i => i.Name!).ToDictionary(g => g.Key, g => g.Last().Value);
        var confirmed = await client.PostFormAsync("/account/two-factor", form, new() { ["Code"] = Totp.Code(newKey, DateTimeOffset.UtcNow) });
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
    }

    private async Task<HttpClient> PasswordStepAsync(ApplicationUser user)
    {
        var client = Client();
        var form = await client.GetFormAsync("/sign-in");
        var response = await client.PostFormAsync("/sign-in", form, new() { ["Email"] = user.Email!, ["Password"] = HavenAppFactory.Password });
        Assert.StartsWith("/sign-in/two-factor", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        return client;
    }

    private static async Task<HttpResponseMessage> EnterRecoveryCodeAsync(HttpClient client, string code)
    {
        var form = await client.GetFormAsync("/sign-in/recovery-code");
        return await client.PostFormAsync("/sign-in/recovery-code", form, new() { ["Code"] = code });
    }

    [Fact]
    public async Task The_set_up_page_shows_a_qr_code_of_the_authenticator_uri_as_an_image_the_csp_allows_with_the_typed_key_as_well()
    {
        var user = await app.CreateUserAsync("Qr Scanner", Role.SocialWorker, demo: false);
        var client = await app.SignInAsync(user);

        var response = await client.GetAsync("/account/two-factor");
        var doc = await response.ReadDocumentAsync();
        var img = doc.QuerySelector("main img")!;
        var src = img.GetAttribute("src")!;

        Assert.StartsWith("data:image/svg+xml;base64,", src, StringComparison.Ordinal);
        Assert.Contains("img-src 'self' data:", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Contains("QR code", img.GetAttribute("alt"), StringComparison.Ordinal);
        Assert.Equal(("200", "200"), (img.GetAttribute("width"), img.GetAttribute("height")));
        var svg = XDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(src["data:image/svg+xml;base64,".Length..])));
        Assert.Equal("svg", svg.Root!.Name.LocalName);
        Assert.NotNull(svg.Root.Attribute("viewBox"));
        // The page forbids inline styles; the image must not need any.
        Assert.DoesNotContain(svg.Descendants(), e => e.Attribute("style") is not null || e.Name.LocalName == "style");
        Assert.Matches("^[a-z2-7]{4}( [a-z2-7]{1,4})+$", doc.QuerySelector(".haven-key")!.TextContent);
    }

    [Fact]
    public async Task Turning_on_two_factor_shows_ten_recovery_codes_once_and_they_must_be_acknowledged()
    {
        var user = await app.CreateUserAsync("Code Keeper", Role.SocialWorker, demo: false);
        var (client, _, done) = await SetUpTwoFactorAsync(user);

        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal("/account/two-factor/recovery-codes", done.Headers.Location!.OriginalString);
        var page = await client.GetDocumentAsync("/account/two-factor/recovery-codes");
        var codes = page.QuerySelectorAll("#recovery-codes li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(10, codes.Count);
        Assert.Equal(10, codes.Distinct().Count());
        Assert.All(codes, c => Assert.Matches("^[A-Z0-9]{5}-[A-Z0-9]{5}$", c));
        // Refreshing the page shows the same codes until they are acknowledged.
        Assert.Equal(codes, (await client.GetDocumentAsync("/account/two-factor/recovery-codes")).QuerySelectorAll("#recovery-codes li").Select(li => li.TextContent.Trim()));

        var form = await client.GetFormAsync("/account/two-factor/recovery-codes");
        var unticked = await client.PostFormAsync("/account/two-factor/recovery-codes", form, []);
        var error = await unticked.ReadDocumentAsync();
        Assert.Equal(HttpStatusCode.BadRequest, unticked.StatusCode);
        Assert.Equal("Confirm that you have saved your recovery codes", Html.InlineError(error, "Saved"));
        Assert.Equal(10, error.QuerySelectorAll("#recovery-codes li").Length);

        var ticked = await client.PostFormAsync("/account/two-factor/recovery-codes", form, new() { ["Saved"] = "true" });
        Assert.Equal("/account", ticked.Headers.Location!.OriginalString);
        var account = await client.GetDocumentAsync("/account");
        Assert.Contains("Two-factor authentication is on", account.QuerySelector(".govuk-notification-banner")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("10 left", Html.MainText(account), StringComparison.Ordinal);

        var after = await client.GetDocumentAsync("/account/two-factor/recovery-codes");
        Assert.Empty(after.QuerySelectorAll("#recovery-codes li"));
        Assert.DoesNotContain(codes[0], after.Body!.InnerHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once_and_is_refused_the_second_time()
    {
        var user = await app.CreateUserAsync("Phone Loser", Role.SocialWorker, demo: false);
        var (setUp, _, _) = await SetUpTwoFactorAsync(user);
        var code = (await setUp.GetDocumentAsync("/account/two-factor/recovery-codes")).QuerySelector("#recovery-codes li")!.TextContent.Trim();

        var first = await PasswordStepAsync(user);
        var twoFactorPage = await first.GetDocumentAsync("/sign-in/two-factor");
        var link = twoFactorPage.QuerySelectorAll("main a").Single(a => a.TextContent.Trim() == "Use a recovery code instead");
        Assert.StartsWith("/sign-in/recovery-code", link.GetAttribute("href"), StringComparison.Ordinal);
        // Typed as people do: lower case, with spaces.
        var used = await EnterRecoveryCodeAsync(first, " " + code.ToLowerInvariant().Replace("-", " - ", StringComparison.Ordinal) + " ");

        Assert.Equal(HttpStatusCode.Redirect, used.StatusCode);
        Assert.Equal("/account", used.Headers.Location!.OriginalString);
        Assert.Contains("You have 9 codes left", (await first.GetDocumentAsync("/account")).QuerySelector(".govuk-notification-banner")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/people")).StatusCode);

        var second = await PasswordStepAsync(user);
        var refused = await EnterRecoveryCodeAsync(second, code);
        var doc = await refused.ReadDocumentAsync();

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("The recovery code is not correct or has already been used", Html.InlineError(doc, "Code"));
        Assert.StartsWith("/sign-in", (await second.GetAsync("/people")).Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_recovery_code_page_needs_the_password_step_first_and_a_code()
    {
        var user = await app.CreateUserAsync("Needs Code", Role.SocialWorker, twoFactor: true, demo: false);
        var stranger = await Client().GetAsync("/sign-in/recovery-code");
        Assert.StartsWith("/sign-in", stranger.Headers.Location!.OriginalString, StringComparison.Ordinal);

        var client = await PasswordStepAsync(user);
        var blank = await EnterRecoveryCodeAsync(client, "");

        Assert.Equal(HttpStatusCode.BadRequest, blank.StatusCode);
        Assert.Equal("Enter one of your recovery codes", Html.InlineError(await blank.ReadDocumentAsync(), "Code"));
    }

    [Fact]
    public async Task New_recovery_codes_replace_the_old_ones()
    {
        var user = await app.CreateUserAsync("Fresh Codes", Role.SocialWorker, demo: false);
        var (client, _, _) = await SetUpTwoFactorAsync(user);
        var old = (await client.GetDocumentAsync("/account/two-factor/recovery-codes")).QuerySelector("#recovery-codes li")!.TextContent.Trim();
        var form = await client.GetFormAsync("/account/two-factor/recovery-codes");
        await client.PostFormAsync("/account/two-factor/recovery-codes", form, new() { ["Saved"] = "true" });

        var overview = await client.GetFormAsync("/account/two-factor/recovery-codes");
        var renewed = await client.PostFormAsync("/account/two-factor/recovery-codes?handler=NewCodes", overview, []);
        Assert.Equal(HttpStatusCode.Redirect, renewed.StatusCode);
        var fresh = (await client.GetDocumentAsync("/account/two-factor/recovery-codes")).QuerySelectorAll("#recovery-codes li").Select(li => li.TextContent.Trim()).ToList();

        Assert.Equal(10, fresh.Count);
        Assert.DoesNotContain(old, fresh);
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var stored = (await users.FindByIdAsync(user.Id))!;
        Assert.False((await users.RedeemTwoFactorRecoveryCodeAsync(stored, old)).Succeeded);
        Assert.True((await users.RedeemTwoFactorRecoveryCodeAsync(stored, fresh[0])).Succeeded);
    }
}

public sealed class TwoFactorSetUpTestsOnSqlite(SqliteAppFactory app) : TwoFactorSetUpTests<SqliteAppFactory>(app);

public sealed class TwoFactorSetUpTestsOnPostgres(PostgresAppFactory app) : TwoFactorSetUpTests<PostgresAppFactory>(app);
