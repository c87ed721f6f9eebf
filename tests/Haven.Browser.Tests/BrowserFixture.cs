using Haven.Data;
using Haven.Data.Demo;
using Haven.Web.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Haven.Browser.Tests;

/// <summary>
/// Haven on real Kestrel with a small synthetic demo authority, and Debian's Chromium driven by Playwright.
/// </summary>
public class BrowserFixture : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"haven-browser-{Guid.NewGuid():N}.db");
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;
    public string BaseUrl { get; private set; } = "";

    /// <summary>Where to save screenshots of each page for people to look at (docs/screenshots), if set.</summary>
    public static string? ScreenshotDirectory => Environment.GetEnvironmentVariable("HAVEN_SCREENSHOTS");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Haven:Database", _path);
        builder.UseSetting("Haven:MigrateOnStartup", "false");
        builder.UseKestrel(o => o.Listen(System.Net.IPAddress.Loopback, 0));
        ConfigureSettings(builder);
    }

    /// <summary>Settings a journey needs on top of the defaults (e.g. a short session timeout).</summary>
    protected virtual void ConfigureSettings(IWebHostBuilder builder)
    {
    }

    public async ValueTask InitializeAsync()
    {
        UseKestrel(0);
        StartServer();
        BaseUrl = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        await HavenWebApp.MigrateAsync(Services);
        using (var scope = Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<HavenDbContext>();
            var hasher = scope.ServiceProvider.GetRequiredService<IPasswordHasher<ApplicationUser>>();
            var now = DateTime.UtcNow;
            await DemoAuthorityGenerator.GenerateAsync(db, new DemoOptions(Children: 150, Seed: 7), hasher, DateOnly.FromDateTime(now), now, null, CancellationToken.None);
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task<IPage> NewPageAsync(bool javaScript = true)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, JavaScriptEnabled = javaScript, ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        // A failing step should fail in seconds, not hang the run.
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    public async Task SignInAsync(IPage page, string email)
    {
        await page.GotoAsync("/sign-in");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(DemoAuthorityGenerator.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    public static async Task ScreenshotAsync(IPage page, string name)
    {
        if (ScreenshotDirectory is { } dir)
        {
            Directory.CreateDirectory(dir);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(dir, name + ".png"), FullPage = true });
        }
    }

    public new async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }
        _playwright?.Dispose();
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }
}
