using System.Net;
using System.Runtime.CompilerServices;
using System.Security.Claims;
using Haven.Data;
using Haven.Domain.Access;
using Haven.Web.Infrastructure;
using Haven.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Haven.Web.Tests.Account;

/// <summary>
/// Haven with Haven:Oidc configured, on the fixture's database. The provider's metadata is given statically
/// so nothing goes to the network, and a test-only endpoint stands in for the provider's callback by
/// signing in an external identity the way the OIDC handler would.
/// </summary>
public sealed class OidcHost
{
    public const string AuthorizationEndpoint = "https://login.example.test/authorize";
    public const string ButtonText = "Sign in with your council account";
    public const string FakeProviderPath = "/test/external-sign-in";

    private static readonly ConditionalWeakTable<HavenAppFactory, OidcHost> Hosts = new();

    private OidcHost(HavenAppFactory app)
    {
        Web = app.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Haven:Oidc:Authority", "https://login.example.test");
            builder.UseSetting("Haven:Oidc:ClientId", "haven-test-client");
            builder.UseSetting("Haven:Oidc:ClientSecret", "not-a-real-secret");
            builder.UseSetting("Haven:Oidc:DisplayName", ButtonText);
            builder.ConfigureServices(services =>
            {
                services.PostConfigure<OpenIdConnectOptions>(HavenWebApp.OidcScheme, o =>
                {
                    var configuration = new OpenIdConnectConfiguration
                    {
                        Issuer = "https://login.example.test",
                        AuthorizationEndpoint = AuthorizationEndpoint,
                        TokenEndpoint = "https://login.example.test/token",
                        EndSessionEndpoint = "https://login.example.test/logout",
                    };
                    o.Configuration = configuration;
                    o.ConfigurationManager = new StaticConfigurationManager<OpenIdConnectConfiguration>(configuration);
                });
                services.AddTransient<IStartupFilter, FakeProviderSignIn>();
            });
        });
    }

    public WebApplicationFactory<Program> Web { get; }

    public static OidcHost For(HavenAppFactory app) => Hosts.GetValue(app, a => new OidcHost(a));

    public HttpClient Client() => Web.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>What the OIDC handler leaves behind after the provider vouches for someone: the external cookie.</summary>
    private sealed class FakeProviderSignIn : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            // Not app.Map: that would make the path a PathBase, and the cookie would be scoped to it.
            app.Use(async (context, nextMiddleware) =>
            {
                if (context.Request.Path != FakeProviderPath)
                {
                    await nextMiddleware(context);
                    return;
                }
                var email = context.Request.Query["email"].ToString();
                var identity = new ClaimsIdentity(
                    [new Claim(ClaimTypes.NameIdentifier, "idp-subject-" + email), new Claim(ClaimTypes.Email, email), new Claim("name", "From Provider")],
                    "test-provider");
                var properties = new AuthenticationProperties();
                properties.Items["LoginProvider"] = HavenWebApp.OidcScheme;
                await context.SignInAsync(IdentityConstants.ExternalScheme, new ClaimsPrincipal(identity), properties);
                context.Response.StatusCode = StatusCodes.Status204NoContent;
            });
            next(app);
        };
    }
}

public abstract class OidcTests<TFactory>(TFactory app) : IClassFixture<TFactory> where TFactory : HavenAppFactory
{
    private OidcHost Host => OidcHost.For(app);

    /// <summary>Comes back from the (fake) provider as <paramref name="email"/>, then through Haven's callback page.</summary>
    private async Task<(HttpClient Client, HttpResponseMessage Callback)> ReturnFromProviderAsync(string email)
    {
        var client = Host.Client();
        var signedIn = await client.GetAsync($"{OidcHost.FakeProviderPath}?email={Uri.EscapeDataString(email)}");
        Assert.Equal(HttpStatusCode.NoContent, signedIn.StatusCode);
        return (client, await client.GetAsync("/sign-in/external?returnUrl=%2Fpeople"));
    }

    [Fact]
    public async Task The_sign_in_page_offers_the_council_account_only_when_configured()
    {
        var with = await Host.Client().GetDocumentAsync("/sign-in");
        var without = await app.CreateClient().GetDocumentAsync("/sign-in");

        Assert.Contains(OidcHost.ButtonText, with.QuerySelectorAll("main button").Select(b => b.TextContent.Trim()));
        Assert.DoesNotContain(OidcHost.ButtonText, without.QuerySelectorAll("main button").Select(b => b.TextContent.Trim()));
    }

    [Fact]
    public async Task The_council_account_button_goes_to_the_providers_authorization_endpoint_with_pkce()
    {
        var client = Host.Client();
        var form = await client.GetFormAsync("/sign-in", "form[action*='handler=External']");

        var response = await client.PostFormAsync("/sign-in?handler=External", form, []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.StartsWith(OidcHost.AuthorizationEndpoint + "?", location.AbsoluteUri, StringComparison.Ordinal);
        var query = QueryHelpers.ParseQuery(location.Query);
        Assert.Equal("haven-test-client", query["client_id"].ToString());
        Assert.Equal("code", query["response_type"].ToString());
        Assert.False(string.IsNullOrEmpty(query["code_challenge"]));
        Assert.Equal("S256", query["code_challenge_method"].ToString());
        Assert.EndsWith("/sign-in/oidc-callback", query["redirect_uri"].ToString(), StringComparison.Ordinal);
        Assert.Contains("email", query["scope"].ToString().Split(' '));
        Assert.False(string.IsNullOrEmpty(query["state"]));
        Assert.False(string.IsNullOrEmpty(query["nonce"]));
        Assert.DoesNotContain("not-a-real-secret", location.AbsoluteUri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Someone_the_provider_knows_but_haven_does_not_is_refused_with_the_reason()
    {
        var email = $"stranger.{Guid.NewGuid():N}@council.test";

        var (client, callback) = await ReturnFromProviderAsync(email);
        var doc = await callback.ReadDocumentAsync();

        Assert.Equal(HttpStatusCode.OK, callback.StatusCode);
        Assert.Equal("You cannot sign in yet", doc.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains($"You do not have a Haven account yet. Ask your system administrator to create one for {email}.", Html.MainText(doc), StringComparison.Ordinal);
        var people = await client.GetAsync("/people");
        Assert.StartsWith("/sign-in", people.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_haven_account_with_the_same_email_is_signed_in_without_havens_own_two_factor_set_up()
    {
        var user = await app.CreateUserAsync("Olive Oidc", Role.SocialWorker, demo: false);

        var (client, callback) = await ReturnFromProviderAsync(user.Email!.ToUpperInvariant());

        Assert.Equal(HttpStatusCode.Redirect, callback.StatusCode);
        Assert.Equal("/people", callback.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/people")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account")).StatusCode);
        var logins = await app.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            db.UserLogins.Where(l => l.UserId == user.Id).Select(l => l.LoginProvider)));
        Assert.Equal([HavenWebApp.OidcScheme], logins);

        // The second time, the provider's identity is already linked to the account.
        var (again, second) = await ReturnFromProviderAsync(user.Email);
        Assert.Equal("/people", second.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/people")).StatusCode);
    }

    [Fact]
    public async Task Someone_signed_in_by_the_provider_is_still_not_sent_to_two_factor_set_up_after_their_session_is_rechecked()
    {
        var user = await app.CreateUserAsync("Long Session", Role.SocialWorker, demo: false);
        var (client, _) = await ReturnFromProviderAsync(user.Email!);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/people")).StatusCode);

        // Identity re-checks the cookie against the account every 30 minutes and rebuilds its claims. The user
        // keeps working meanwhile (30 minutes without a request would end the session: the idle timeout).
        app.Clock.Advance(TimeSpan.FromMinutes(20));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/people")).StatusCode);
        app.Clock.Advance(TimeSpan.FromMinutes(11));
        var later = await client.GetAsync("/people");

        Assert.Equal(HttpStatusCode.OK, later.StatusCode);
    }

    [Fact]
    public async Task A_locked_account_is_not_signed_in_through_the_provider()
    {
        var user = await app.CreateUserAsync("Locked Oidc", Role.SocialWorker, demo: false);
        using (var scope = app.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            await users.SetLockoutEndDateAsync((await users.FindByIdAsync(user.Id))!, new DateTimeOffset(2100, 1, 1, 0, 0, 0, TimeSpan.Zero));
        }

        foreach (var attempt in new[] { "first, not yet linked", "second, already linked" })
        {
            var (client, callback) = await ReturnFromProviderAsync(user.Email!);

            Assert.True(callback.StatusCode == HttpStatusCode.OK, attempt);
            Assert.Contains("Your Haven account is locked", Html.MainText(await callback.ReadDocumentAsync()), StringComparison.Ordinal);
            Assert.StartsWith("/sign-in", (await client.GetAsync("/people")).Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_callback_without_a_provider_sign_in_says_to_try_again()
    {
        var response = await Host.Client().GetAsync("/sign-in/external");

        Assert.Contains("did not complete", Html.MainText(await response.ReadDocumentAsync()), StringComparison.Ordinal);
    }
}

public sealed class OidcTestsOnSqlite(SqliteAppFactory app) : OidcTests<SqliteAppFactory>(app);

public sealed class OidcTestsOnPostgres(PostgresAppFactory app) : OidcTests<PostgresAppFactory>(app);
