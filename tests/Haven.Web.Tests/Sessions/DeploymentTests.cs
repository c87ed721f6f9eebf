using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Haven.Domain.Access;
using Haven.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace Haven.Web.Tests.Sessions;

/// <summary>Data-protection keys, HTTPS and proxies, configured as an authority would deploy Haven, on both databases.</summary>
public abstract class DeploymentTests<TFactory>(TFactory app) : IClassFixture<TFactory> where TFactory : HavenAppFactory, new()
{
    [Fact]
    public async Task Data_protection_keys_are_kept_in_the_database_so_every_instance_and_restart_shares_them()
    {
        var user = await app.CreateUserAsync("Kit Keys", Role.SocialWorker);
        var client = await app.SignInAsync(user);

        var keys = await app.WithDbAsync(db => db.DataProtectionKeys.ToListAsync());
        Assert.NotEmpty(keys);
        Assert.All(keys, k => Assert.Contains("<key id=", k.Xml, StringComparison.Ordinal));

        // Another instance over the same database reads the cookie the first one wrote.
        await using var other = app.WithWebHostBuilder(_ => { });
        var cookie = string.Join("; ", (await client.GetAsync("/people")).RequestMessage!.Headers.GetValues("Cookie"));
        var second = other.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        second.DefaultRequestHeaders.Add("Cookie", cookie);
        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync("/people")).StatusCode);
    }

    [Fact]
    public async Task With_a_certificate_configured_the_keys_in_the_database_are_encrypted_with_it()
    {
        var certificate = Path.Combine(Path.GetTempPath(), $"haven-dp-{Guid.NewGuid():N}.pfx");
        using (var rsa = RSA.Create(2048))
        {
            var request = new CertificateRequest("CN=Haven data protection (test)", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var made = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
            await File.WriteAllBytesAsync(certificate, made.Export(X509ContentType.Pfx, "test-password"));
        }
        try
        {
            // A database of its own, so the key made here is the first and only one.
            await using var fresh = new TFactory();
            await using var configured = fresh.WithWebHostBuilder(b => b
                .UseSetting("Haven:DataProtection:CertificatePath", certificate)
                .UseSetting("Haven:DataProtection:CertificatePassword", "test-password"));
            await Haven.Web.Infrastructure.HavenWebApp.MigrateAsync(configured.Services);
            var user = await CreateUserAsync(configured);
            var client = configured.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
            var form = await client.GetFormAsync("/sign-in");
            var signedIn = await client.PostFormAsync("/sign-in", form, new() { ["Email"] = user, ["Password"] = HavenAppFactory.Password });
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/people")).StatusCode);

            using var scope = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.CreateScope(configured.Services);
            var db = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Haven.Data.HavenDbContext>(scope.ServiceProvider);
            var key = Assert.Single(await db.DataProtectionKeys.ToListAsync());
            Assert.Contains("EncryptedData", key.Xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<value>", key.Xml, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(certificate);
        }
    }

    private static async Task<string> CreateUserAsync(WebApplicationFactory<Program> factory)
    {
        using var scope = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.CreateScope(factory.Services);
        var users = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Haven.Data.ApplicationUser>>(scope.ServiceProvider);
        var email = $"cert.{Guid.NewGuid():N}@test.haven.local";
        var user = new Haven.Data.ApplicationUser { UserName = email, Email = email, DisplayName = "Cert User", EmailConfirmed = true, IsDemoAccount = true };
        Assert.True((await users.CreateAsync(user, HavenAppFactory.Password)).Succeeded);
        await users.AddToRoleAsync(user, nameof(Role.SocialWorker));
        // A demo account skips two-factor only in a database marked as a demo authority (issue 11, item 5).
        var db = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Haven.Data.HavenDbContext>(scope.ServiceProvider);
        db.SystemSettings.Add(new Haven.Data.SystemSetting { Key = Haven.Data.Demo.DemoAuthorityGenerator.SettingKey, Value = "seed=0;children=0" });
        await db.SaveChangesAsync();
        return email;
    }

    [Fact]
    public async Task Configured_for_https_plain_http_is_redirected_hsts_is_sent_and_cookies_are_secure()
    {
        await using var https = app.WithWebHostBuilder(b => b.UseSetting("Haven:Https", "true"));
        var plain = https.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("http://haven.example.gov.uk") });
        var redirected = await plain.GetAsync("/sign-in");
        Assert.True(redirected.StatusCode is HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect, $"{(int)redirected.StatusCode}");
        Assert.Equal("https://haven.example.gov.uk/sign-in", redirected.Headers.Location!.ToString());

        var user = await app.CreateUserAsync("Sasha Secure", Role.SocialWorker);
        var secure = https.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://haven.example.gov.uk") });
        var page = await secure.GetAsync("/sign-in");
        Assert.StartsWith("max-age=", page.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
        var form = await secure.GetFormAsync("/sign-in");
        var signedIn = await secure.PostFormAsync("/sign-in", form, new() { ["Email"] = user.Email!, ["Password"] = HavenAppFactory.Password });
        AssertCookiesSecure(page, "haven-csrf");
        AssertCookiesSecure(signedIn, "haven-auth");
    }

    [Fact]
    public async Task Behind_a_known_proxy_that_terminates_https_cookies_are_secure_and_an_unknown_one_is_not_believed()
    {
        await using var proxied = app.WithWebHostBuilder(b => b.UseSetting("Haven:Proxy:KnownNetworks:0", "10.20.0.0/16").WithConnectionAddresses());

        var viaProxy = proxied.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).From("10.20.3.4", forwardedFor: "203.0.113.9", forwardedProto: "https");
        AssertCookiesSecure(await viaProxy.GetAsync("/sign-in"), "haven-csrf");

        var spoofed = proxied.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).From("198.51.100.3", forwardedFor: "203.0.113.9", forwardedProto: "https");
        var response = await spoofed.GetAsync("/sign-in");
        Assert.DoesNotContain("secure", SetCookie(response, "haven-csrf"), StringComparison.OrdinalIgnoreCase);
    }

    private static string SetCookie(HttpResponseMessage response, string name) =>
        response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(name + "=", StringComparison.Ordinal));

    private static void AssertCookiesSecure(HttpResponseMessage response, string name) =>
        Assert.Contains("; secure", SetCookie(response, name), StringComparison.OrdinalIgnoreCase);
}

public sealed class DeploymentTestsOnSqlite(SqliteAppFactory app) : DeploymentTests<SqliteAppFactory>(app);

public sealed class DeploymentTestsOnPostgres(PostgresAppFactory app) : DeploymentTests<PostgresAppFactory>(app);
