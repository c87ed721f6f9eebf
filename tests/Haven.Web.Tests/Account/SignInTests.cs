using System.Net;
using Haven.Domain.Access;
using Haven.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Haven.Data;

namespace Haven.Web.Tests.Account;

public abstract class SignInTests<TFactory>(TFactory app) : IClassFixture<TFactory> where TFactory : HavenAppFactory
{
    private HttpClient Client() => app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Fact]
    public async Task Pages_need_a_signed_in_user()
    {
        var response = await Client().GetAsync("/people");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/sign-in", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/account")]
    [InlineData("/account/two-factor")]
    [InlineData("/account/two-factor/recovery-codes")]
    public async Task Your_account_pages_are_not_opened_for_someone_signed_out(string url)
    {
        // These pages once ran their own code for a signed-out visitor, because the Account folder was opened
        // to everyone and that overrode the pages' own [Authorize]. They must be challenged like any other page.
        var response = await Client().GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.StartsWith("/sign-in?ReturnUrl=", location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_email_and_password_give_an_error_summary_and_inline_errors()
    {
        var client = Client();
        var form = await client.GetFormAsync("/sign-in");

        var response = await client.PostFormAsync("/sign-in", form, new() { ["Email"] = "", ["Password"] = "" });
        var doc = await response.ReadDocumentAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["Enter your email address", "Enter your password"], Html.ErrorSummary(doc));
        Assert.Equal("Enter your email address", Html.InlineError(doc, "Email"));
        Assert.StartsWith("Error:", doc.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_password_does_not_say_which_part_was_wrong_and_keeps_the_email()
    {
        var user = await app.CreateUserAsync("Wrong Password", Role.SocialWorker);
        var client = Client();
        var form = await client.GetFormAsync("/sign-in");

        var doc = await (await client.PostFormAsync("/sign-in", form, new() { ["Email"] = user.Email!, ["Password"] = "not-the-password" })).ReadDocumentAsync();

        Assert.Equal(["Enter a correct email address and password"], Html.ErrorSummary(doc));
        Assert.Equal(user.Email, Html.Value(doc, "Email"));
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account()
    {
        var user = await app.CreateUserAsync("Locked Out", Role.SocialWorker);
        var client = Client();
        for (var i = 0; i < 5; i++)
        {
            var form = await client.GetFormAsync("/sign-in");
            await client.PostFormAsync("/sign-in", form, new() { ["Email"] = user.Email!, ["Password"] = "wrong-" + i });
        }

        var last = await client.GetFormAsync("/sign-in");
        var doc = await (await client.PostFormAsync("/sign-in", last, new() { ["Email"] = user.Email!, ["Password"] = HavenAppFactory.Password })).ReadDocumentAsync();

        Assert.Contains("locked for 15 minutes", Html.ErrorSummary(doc).Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_real_account_must_set_up_two_factor_before_it_can_open_anything()
    {
        var user = await app.CreateUserAsync("New Starter", Role.SocialWorker, demo: false);
        var client = await app.SignInAsync(user);

        var response = await client.GetAsync("/people");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/two-factor", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Setting_up_two_factor_with_a_correct_code_turns_it_on_and_then_sign_in_asks_for_a_code()
    {
        var user = await app.CreateUserAsync("Careful Worker", Role.SocialWorker, demo: false);
        var client = await app.SignInAsync(user);
        var setUp = await client.GetDocumentAsync("/account/two-factor");
        var key = setUp.QuerySelector(".haven-key")!.TextContent;
        var form = await client.GetFormAsync("/account/two-factor");

        var wrong = await client.PostFormAsync("/account/two-factor", form, new() { ["Code"] = "000000" == Totp.Code(key, app.Clock.GetUtcNow()) ? "111111" : "000000" });
        Assert.Contains("The security code is not correct", Html.ErrorSummary(await wrong.ReadDocumentAsync()).Single(), StringComparison.Ordinal);

        // Identity checks codes against the real clock, so compute the code for now.
        var done = await client.PostFormAsync("/account/two-factor", form, new() { ["Code"] = Totp.Code(key, DateTimeOffset.UtcNow) });
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/people")).StatusCode);

        var fresh = Client();
        var signIn = await fresh.GetFormAsync("/sign-in");
        var first = await fresh.PostFormAsync("/sign-in", signIn, new() { ["Email"] = user.Email!, ["Password"] = HavenAppFactory.Password });
        Assert.StartsWith("/sign-in/two-factor", first.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var codeForm = await fresh.GetFormAsync("/sign-in/two-factor");
        var second = await fresh.PostFormAsync("/sign-in/two-factor", codeForm, new() { ["Code"] = Totp.Code(key, DateTimeOffset.UtcNow) });
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await fresh.GetAsync("/people")).StatusCode);
    }

    [Fact]
    public async Task Weak_passwords_are_refused()
    {
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();

        var result = await users.CreateAsync(new ApplicationUser { UserName = "weak@test.local", Email = "weak@test.local", DisplayName = "Weak" }, "password1");

        Assert.False(result.Succeeded);
    }
}

public sealed class SignInTestsOnSqlite(SqliteAppFactory app) : SignInTests<SqliteAppFactory>(app);

public sealed class SignInTestsOnPostgres(PostgresAppFactory app) : SignInTests<PostgresAppFactory>(app);
