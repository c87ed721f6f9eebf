using System.Security.Claims;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Haven.Data;
using Haven.Domain.Access;
using Haven.Web.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Haven.Web.Tests.Infrastructure;

/// <summary>
/// The real app on a real database: a fresh SQLite file, or a fresh PostgreSQL database on the cluster the
/// test script started. Time is fixed so dates in assertions are stable.
/// </summary>
public abstract class HavenAppFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string Password = "Correct-horse-battery-9";
    public static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 30, 0, TimeSpan.Zero);

    public FakeTimeProvider Clock { get; } = new(Now);

    /// <summary>
    /// Every test class starts its own app, and each app watched its settings files and web root with inotify
    /// instances of its own; with enough classes the suite ran into the system's limit (128) and pages failed with
    /// IOException. Nothing changes under a test, so settings are not watched and files are polled.
    /// </summary>
    static HavenAppFactory()
    {
        Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
        // The web root is watched too (asp-append-version on the layout's stylesheet): poll instead of inotify.
        Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
    }

    protected abstract string DatabaseSetting { get; }

    /// <summary>The --database setting for this factory's database, for tests that run the command line on it.</summary>
    public string Database => DatabaseSetting;

    public virtual DatabaseProvider Provider => HavenDatabase.Parse(DatabaseSetting).Provider;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Haven:Database", DatabaseSetting);
        builder.UseSetting("Haven:MigrateOnStartup", "false");
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    public async ValueTask InitializeAsync()
    {
        await HavenWebApp.MigrateAsync(Services);
    }

    /// <summary>Creates a user with a role (and optionally a team) through Identity, as an administrator would.</summary>
    public async Task<ApplicationUser> CreateUserAsync(string name, Role role, Guid? teamId = null, bool twoFactor = false, bool demo = true)
    {
        using var scope = Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var email = $"{name.ToLowerInvariant().Replace(' ', '.')}.{Guid.NewGuid():N}@test.haven.local";
        var user = new ApplicationUser { UserName = email, Email = email, DisplayName = name, TeamId = teamId, EmailConfirmed = true, IsDemoAccount = demo };
        var result = await users.CreateAsync(user, Password);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(", ", result.Errors.Select(e => e.Description)));
        }
        await users.AddToRoleAsync(user, role.ToString());
        if (demo)
        {
            // Demo accounts skip two-factor only in a database marked as a demo authority, as the demo generator marks it.
            await MarkAsDemoAuthorityAsync();
        }
        if (twoFactor)
        {
            await users.ResetAuthenticatorKeyAsync(user);
            await users.SetTwoFactorEnabledAsync(user, true);
        }
        return user;
    }

    public Task MarkAsDemoAuthorityAsync() => WithDbAsync(async db =>
    {
        if (!await db.SystemSettings.AnyAsync(s => s.Key == Haven.Data.Demo.DemoAuthorityGenerator.SettingKey))
        {
            db.SystemSettings.Add(new SystemSetting { Key = Haven.Data.Demo.DemoAuthorityGenerator.SettingKey, Value = "seed=0;children=0" });
            try
            {
                await db.SaveChangesAsync();
            }
            catch (DbUpdateException)
            {
                // Another test in the class marked it at the same moment.
            }
        }
    });

        /// <summary>Runs code with the app's real services, acting as <paramref name="actor"/> (for events and audit).</summary>
    public async Task<T> AsUserAsync<T>(ApplicationUser actor, Func<IServiceProvider, Task<T>> work)
    {
        using var scope = Services.CreateScope();
        var accessor = scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>();
        var roles = await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().GetRolesAsync(actor);
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, actor.Id), new(CurrentUser.DisplayNameClaim, actor.DisplayName) };
        claims.AddRange(roles.Select(r => new Claim(ClaimTypes.Role, r)));
        if (actor.TeamId is { } team)
        {
            claims.Add(new Claim(CurrentUser.TeamClaim, team.ToString()));
        }
        accessor.HttpContext = new DefaultHttpContext
        {
            User = new ClaimsPrincipal(new ClaimsIdentity(claims, "test")),
            RequestServices = scope.ServiceProvider,
        };
        try
        {
            return await work(scope.ServiceProvider);
        }
        finally
        {
            accessor.HttpContext = null;
        }
    }

    public async Task WithDbAsync(Func<HavenDbContext, Task> work)
    {
        using var scope = Services.CreateScope();
        await work(scope.ServiceProvider.GetRequiredService<HavenDbContext>());
    }

    public async Task<T> WithDbAsync<T>(Func<HavenDbContext, Task<T>> work)
    {
        using var scope = Services.CreateScope();
        return await work(scope.ServiceProvider.GetRequiredService<HavenDbContext>());
    }

    /// <summary>A browser-like client signed in as the user, through the real sign-in form.</summary>
    public async Task<HttpClient> SignInAsync(ApplicationUser user)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var form = await client.GetFormAsync("/sign-in");
        var response = await client.PostFormAsync("/sign-in", form, new() { ["Email"] = user.Email!, ["Password"] = Password });
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in failed for {user.Email}: {(int)response.StatusCode}");
        }
        return client;
    }
}

public sealed class SqliteAppFactory : HavenAppFactory
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"haven-test-{Guid.NewGuid():N}.db");

    protected override string DatabaseSetting => _path;

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            File.Delete(file);
        }
    }
}

public class PostgresAppFactory : HavenAppFactory
{
    private readonly string _database = $"haven_test_{Guid.NewGuid():N}";

    public static string? ServerConnection => Environment.GetEnvironmentVariable("HAVEN_TEST_POSTGRES");

    protected override string DatabaseSetting
    {
        get
        {
            var server = ServerConnection;
            if (string.IsNullOrEmpty(server))
            {
                // On CI the test script always starts PostgreSQL; a missing server there is a failure, not a skip.
                if (Environment.GetEnvironmentVariable("CI") == "true")
                {
                    throw new InvalidOperationException("HAVEN_TEST_POSTGRES is not set: run the tests with ./haven test");
                }
                Assert.Skip("PostgreSQL is not running: run ./haven test to start it");
            }
            var builder = new Npgsql.NpgsqlConnectionStringBuilder(server) { Database = _database };
            return builder.ConnectionString;
        }
    }

    public override DatabaseProvider Provider => DatabaseProvider.PostgreSql;

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (ServerConnection is { Length: > 0 } server)
        {
            Npgsql.NpgsqlConnection.ClearAllPools();
            await using var connection = new Npgsql.NpgsqlConnection(server);
            await connection.OpenAsync();
            await using var drop = new Npgsql.NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}

public static class HttpClientFormExtensions
{
    private static readonly HtmlParser Parser = new();

    public static async Task<IHtmlDocument> GetDocumentAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        return await response.ReadDocumentAsync();
    }

    public static async Task<IHtmlDocument> ReadDocumentAsync(this HttpResponseMessage response) =>
        await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());

    /// <summary>The hidden fields (antiforgery token) of the page's last form, to post back with.</summary>
    public static async Task<Dictionary<string, string>> GetFormAsync(this HttpClient client, string url, string? formSelector = null)
    {
        var doc = await client.GetDocumentAsync(url);
        var form = (formSelector is null ? doc.QuerySelectorAll("main form").LastOrDefault() : doc.QuerySelector(formSelector))
            ?? throw new InvalidOperationException($"No form on {url}: {doc.Title}");
        return form.QuerySelectorAll("input[type=hidden]").Cast<IHtmlInputElement>()
            .Where(i => !string.IsNullOrEmpty(i.Name))
            .GroupBy(i => i.Name!).ToDictionary(g => g.Key, g => g.Last().Value);
    }

    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string url, Dictionary<string, string> hidden, Dictionary<string, string> fields)
    {
        var all = new List<KeyValuePair<string, string>>(hidden);
        all.AddRange(fields);
        return await client.PostAsync(url, new FormUrlEncodedContent(all));
    }
}
