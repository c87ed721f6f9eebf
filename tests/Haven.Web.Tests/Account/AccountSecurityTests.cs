using System.Net;
using Haven.Data;
using Haven.Domain.Access;
using Haven.Web.Tests.Admin;
using Haven.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Haven.Web.Tests.Account;

/// <summary>What a signed-in person can do to their own account, and what sign-in gives away: issue 11 items 2, 3 and 14.</summary>
public abstract class AccountSecurityTests<TFactory>(TFactory app) : IClassFixture<TFactory> where TFactory : HavenAppFactory
{
    private AdminHost Host => AdminHost.For(app);

    private List<LogEntry> Audit(string action, string targetId) =>
        Host.Log.Entries.Where(e => e.EventId.Name == "AdminChange" && e["Action"] == action && e["TargetId"] == targetId).ToList();

    private static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password)
    {
        var form = await client.GetFormAsync("/sign-in");
        return await client.PostFormAsync("/sign-in", form, new() { ["Email"] = email, ["Password"] = password });
    }

    private static async Task<HttpResponseMessage> ChangePasswordAsync(HttpClient client, string current, string next, string? confirm = null)
    {
        var form = await client.GetFormAsync("/account/password");
        return await client.PostFormAsync("/account/password", form,
            new() { ["CurrentPassword"] = current, ["NewPassword"] = next, ["ConfirmPassword"] = confirm ?? next });
    }

    [Fact]
    public async Task Users_change_their_own_password_giving_the_current_one_and_the_change_is_audited()
    {
        var user = await app.CreateUserAsync("Pat Changer", Role.SocialWorker);
        var client = await Host.SignInAsync(user.Email!);
        const string NewPassword = "Kettle-orbit-lantern-42";

        var wrong = await ChangePasswordAsync(client, "not-my-password", NewPassword);
        var wrongDoc = await wrong.ReadDocumentAsync();
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Equal("Your current password is not correct", Html.InlineError(wrongDoc, "CurrentPassword"));

        var mismatch = await ChangePasswordAsync(client, HavenAppFactory.Password, NewPassword, NewPassword + "x");
        Assert.Equal("The new passwords do not match", Html.InlineError(await mismatch.ReadDocumentAsync(), "ConfirmPassword"));

        var changed = await ChangePasswordAsync(client, HavenAppFactory.Password, NewPassword);
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal("/account", changed.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account")).StatusCode);

        Assert.Equal(HttpStatusCode.BadRequest, (await SignInAsync(Host.Client(), user.Email!, HavenAppFactory.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(Host.Client(), user.Email!, NewPassword)).StatusCode);
        var audit = Assert.Single(Audit("UserPasswordChanged", user.Id));
        Assert.Equal(user.Id, audit["ActorUserId"]);
    }

    [Fact]
    public async Task A_password_an_administrator_set_must_be_changed_at_next_sign_in_before_anything_else()
    {
        var admin = await app.CreateUserAsync("Ada Admin", Role.SystemAdministrator);
        var adminClient = await Host.SignInAsync(admin.Email!);
        var email = $"new.{Guid.NewGuid():N}@council.test";
        await adminClient.PostFormAsync("/admin/users?handler=Create", await adminClient.GetFormAsync("/admin/users"), new()
        {
            ["NewName"] = "Temp Password", ["NewEmail"] = email, ["NewRole"] = nameof(Role.SocialWorker), ["NewTeamId"] = "", ["NewPassword"] = HavenAppFactory.Password,
        });
        // A demo account in a demo database, so two-factor does not come first and only the password step is tested.
        await app.WithDbAsync(async db =>
        {
            var created = db.Users.Single(u => u.Email == email);
            created.IsDemoAccount = true;
            await db.SaveChangesAsync();
        });
        await app.MarkAsDemoAuthorityAsync();

        var client = await Host.SignInAsync(email);
        foreach (var url in new[] { "/", "/people", "/account" })
        {
            var refused = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.Equal("/account/password", refused.Headers.Location!.OriginalString);
        }
        var page = await client.GetDocumentAsync("/account/password");
        Assert.Contains("Choose your own password", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);

        var changed = await ChangePasswordAsync(client, HavenAppFactory.Password, "Meadow-copper-violin-17");
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/people")).StatusCode);
        var again = await Host.SignInAsync(email, "Meadow-copper-violin-17");
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/people")).StatusCode);
    }

    [Theory]
    [InlineData("Password1234")]
    [InlineData("Welcome12345")]
    [InlineData("Liverpool2026!")]
    public async Task Common_passwords_are_refused_with_a_clear_error_by_the_field(string common)
    {
        var user = await app.CreateUserAsync("Common Choice", Role.SocialWorker);
        var client = await Host.SignInAsync(user.Email!);

        var response = await ChangePasswordAsync(client, HavenAppFactory.Password, common);
        var doc = await response.ReadDocumentAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("This password is too common", Html.InlineError(doc, "NewPassword"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(Host.Client(), user.Email!, HavenAppFactory.Password)).StatusCode);
    }

    private async Task<(HttpClient Client, string Key)> WithTwoFactorAsync(string name)
    {
        var user = await app.CreateUserAsync(name, Role.SocialWorker, demo: false);
        var client = await Host.SignInAsync(user.Email!);
        var key = (await client.GetDocumentAsync("/account/two-factor")).QuerySelector(".haven-key")!.TextContent;
        var form = await client.GetFormAsync("/account/two-factor");
        await client.PostFormAsync("/account/two-factor", form, new() { ["Code"] = Totp.Code(key, DateTimeOffset.UtcNow) });
        return (client, key);
    }

    private async Task<HttpResponseMessage> SignInWithCodeAsync(string email, string key)
    {
        var client = Host.Client();
        var first = await SignInAsync(client, email, HavenAppFactory.Password);
        Assert.StartsWith("/sign-in/two-factor", first.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var form = await client.GetFormAsync("/sign-in/two-factor");
        return await client.PostFormAsync("/sign-in/two-factor", form, new() { ["Code"] = Totp.Code(key, DateTimeOffset.UtcNow) });
    }

    [Fact]
    public async Task Replacing_an_authenticator_needs_the_password_and_a_current_code()
    {
        var (client, oldKey) = await WithTwoFactorAsync("Swap Phone");
        var form = await client.GetFormAsync("/account/two-factor");

        var nothing = await client.PostFormAsync("/account/two-factor?handler=Replace", form, []);
        var nothingDoc = await nothing.ReadDocumentAsync();
        Assert.Equal(HttpStatusCode.BadRequest, nothing.StatusCode);
        Assert.Equal("Enter your password", Html.InlineError(nothingDoc, "Password"));
        Assert.Equal("Enter the security code from your current authenticator app", Html.InlineError(nothingDoc, "CurrentCode"));
        Assert.Null(nothingDoc.QuerySelector(".haven-key"));

        var wrongPassword = await client.PostFormAsync("/account/two-factor?handler=Replace", form,
            new() { ["Password"] = "not-my-password", ["CurrentCode"] = Totp.Code(oldKey, DateTimeOffset.UtcNow) });
        Assert.Equal("Your password is not correct", Html.InlineError(await wrongPassword.ReadDocumentAsync(), "Password"));

        var current = Totp.Code(oldKey, DateTimeOffset.UtcNow);
        var wrongCode = await client.PostFormAsync("/account/two-factor?handler=Replace", form,
            new() { ["Password"] = HavenAppFactory.Password, ["CurrentCode"] = current == "123456" ? "654321" : "123456" });
        var wrongCodeDoc = await wrongCode.ReadDocumentAsync();
        Assert.StartsWith("The security code is not correct", Html.InlineError(wrongCodeDoc, "CurrentCode"), StringComparison.Ordinal);
        Assert.Null(wrongCodeDoc.QuerySelector(".haven-key"));
    }

    [Fact]
    public async Task The_old_authenticator_keeps_working_until_the_new_one_is_confirmed()
    {
        var (client, oldKey) = await WithTwoFactorAsync("Careful Swapper");
        var email = await EmailOfAsync(client);
        var form = await client.GetFormAsync("/account/two-factor");

        var started = await (await client.PostFormAsync("/account/two-factor?handler=Replace", form,
            new() { ["Password"] = HavenAppFactory.Password, ["CurrentCode"] = Totp.Code(oldKey, DateTimeOffset.UtcNow) })).ReadDocumentAsync();
        var newKey = started.QuerySelector(".haven-key")!.TextContent;
        Assert.NotEqual(oldKey, newKey);

        // Not confirmed yet: the old phone still signs in, and the new one does not.
        Assert.Equal(HttpStatusCode.Redirect, (await SignInWithCodeAsync(email, oldKey)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await SignInWithCodeAsync(email, newKey)).StatusCode);
        // Coming back to the page shows the same new key to finish with.
        Assert.Equal(newKey, (await client.GetDocumentAsync("/account/two-factor")).QuerySelector(".haven-key")!.TextContent);

        var confirmForm = await client.GetFormAsync("/account/two-factor");
        var confirmed = await client.PostFormAsync("/account/two-factor", confirmForm, new() { ["Code"] = Totp.Code(newKey, DateTimeOffset.UtcNow) });
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);

        Assert.Equal(HttpStatusCode.BadRequest, (await SignInWithCodeAsync(email, oldKey)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SignInWithCodeAsync(email, newKey)).StatusCode);
    }

    private static async Task<string> EmailOfAsync(HttpClient client)
    {
        var account = await client.GetDocumentAsync("/account");
        return account.QuerySelectorAll(".govuk-summary-list__row")
            .Single(r => r.QuerySelector(".govuk-summary-list__key")!.TextContent.Trim() == "Email")
            .QuerySelector(".govuk-summary-list__value")!.TextContent.Trim();
    }

    [Fact]
    public async Task An_unknown_email_does_the_same_password_hash_work_as_a_known_one()
    {
        var counter = new CountingHasher();
        await using var host = app.WithWebHostBuilder(b => b.ConfigureServices(s =>
        {
            s.RemoveAll<IPasswordHasher<ApplicationUser>>();
            s.AddSingleton<IPasswordHasher<ApplicationUser>>(counter);
        }));
        var user = await app.CreateUserAsync("Timing Known", Role.SocialWorker);
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        counter.Verified = 0;
        await SignInAsync(client, user.Email!, "wrong-password-1");
        var known = counter.Verified;
        counter.Verified = 0;
        await SignInAsync(client, $"nobody.{Guid.NewGuid():N}@council.test", "wrong-password-1");

        Assert.Equal(1, known);
        Assert.Equal(known, counter.Verified);
    }

    private sealed class CountingHasher : IPasswordHasher<ApplicationUser>
    {
        private readonly PasswordHasher<ApplicationUser> _real = new();

        public int Verified;

        public string HashPassword(ApplicationUser user, string password) => _real.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(ApplicationUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref Verified);
            return _real.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }

    [Fact]
    public async Task The_lockout_message_is_the_same_whether_or_not_the_account_exists()
    {
        var user = await app.CreateUserAsync("Lock Known", Role.SocialWorker);
        var unknown = $"nobody.{Guid.NewGuid():N}@council.test";

        async Task<List<string>> SixWrongTriesAsync(string email)
        {
            var client = Host.Client();
            var messages = new List<string>();
            for (var i = 0; i < 6; i++)
            {
                messages.Add(Html.ErrorSummary(await (await SignInAsync(client, email, "wrong-" + i)).ReadDocumentAsync()).Single());
            }
            return messages;
        }

        var known = await SixWrongTriesAsync(user.Email!);
        var nobody = await SixWrongTriesAsync(unknown);

        Assert.Contains("locked for 15 minutes", known[^1], StringComparison.Ordinal);
        Assert.Equal(known, nobody);
    }

    [Fact]
    public async Task External_sign_in_with_no_provider_sends_back_to_sign_in_rather_than_failing()
    {
        var client = Host.Client();
        var form = await client.GetFormAsync("/sign-in");

        // No provider is configured here: what the council-account button would send, nothing, and nonsense.
        foreach (var scheme in new[] { "OpenIdConnect", "", "Nonsense" })
        {
            var response = await client.PostFormAsync("/sign-in?handler=External", form, new() { ["scheme"] = scheme });
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            // Back to the sign-in page itself, not a challenge that sends the visitor round to sign in "to" the handler.
            Assert.Equal("/sign-in", response.Headers.Location!.OriginalString);
        }
    }

    [Fact]
    public void The_web_server_sends_no_server_header()
    {
        // The test server never sends the header, so check what Kestrel, the real server, is told.
        Assert.False(app.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value.AddServerHeader);
    }
}

public sealed class AccountSecurityTestsOnSqlite(SqliteAppFactory app) : AccountSecurityTests<SqliteAppFactory>(app);

public sealed class AccountSecurityTestsOnPostgres(PostgresAppFactory app) : AccountSecurityTests<PostgresAppFactory>(app);
