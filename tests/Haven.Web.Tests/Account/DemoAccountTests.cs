using System.Net;
using Haven.Data;
using Haven.Data.Demo;
using Haven.Domain.Access;
using Haven.Web.Cli;
using Haven.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace Haven.Web.Tests.Account;

/// <summary>
/// Demo accounts skip two-factor only in a demo database and never in Production, and `seed` will not put demo
/// accounts into a database that has anything in it (issue 11 item 5). Each test has its own database, because
/// whether a database is a demo one is what is being tested.
/// </summary>
public abstract class DemoAccountTests<TFactory> where TFactory : HavenAppFactory, new()
{
    private static async Task<TFactory> FreshAsync()
    {
        var app = new TFactory();
        await app.InitializeAsync();
        return app;
    }

    /// <summary>A demo account put straight into the database, as a copied or seeded one would be, without marking the database.</summary>
    private static async Task<ApplicationUser> DemoAccountAsync(HavenAppFactory app)
    {
        var user = await app.CreateUserAsync("Demo Person", Role.SocialWorker, demo: false);
        await app.WithDbAsync(async db =>
        {
            (await db.Users.SingleAsync(u => u.Id == user.Id)).IsDemoAccount = true;
            await db.SaveChangesAsync();
        });
        return user;
    }

    private static async Task<HttpResponseMessage> FirstPageAfterSignInAsync(WebApplicationFactory<Program> web, ApplicationUser user)
    {
        var client = web.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var form = await client.GetFormAsync("/sign-in");
        var signedIn = await client.PostFormAsync("/sign-in", form, new() { ["Email"] = user.Email!, ["Password"] = HavenAppFactory.Password });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return await client.GetAsync("/people");
    }

    [Fact]
    public async Task A_demo_account_must_set_up_two_factor_in_a_database_not_marked_as_a_demo_authority()
    {
        await using var app = await FreshAsync();
        var user = await DemoAccountAsync(app);

        var page = await FirstPageAfterSignInAsync(app, user);

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/account/two-factor", page.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_demo_account_skips_two_factor_in_a_demo_authority_but_never_in_production()
    {
        await using var app = await FreshAsync();
        var user = await DemoAccountAsync(app);
        await app.MarkAsDemoAuthorityAsync();

        Assert.Equal(HttpStatusCode.OK, (await FirstPageAfterSignInAsync(app, user)).StatusCode);

        await using var production = app.WithWebHostBuilder(b => b.UseEnvironment("Production"));
        var page = await FirstPageAfterSignInAsync(production, user);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/account/two-factor", page.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Seed_refuses_a_database_that_already_has_users_with_a_clear_message_and_adds_nothing()
    {
        await using var app = await FreshAsync();
        await app.CreateUserAsync("Real Person", Role.SystemAdministrator, demo: false);
        var error = new StringWriter();
        var before = Console.Error;
        int exit;
        try
        {
            Console.SetError(error);
            exit = await HavenCommandLine.RunAsync(["seed", "--children", "1", "--database", app.Database]);
        }
        finally
        {
            Console.SetError(before);
        }

        Assert.NotEqual(0, exit);
        Assert.Contains("already has user accounts or people", error.ToString(), StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == DemoAuthorityGenerator.Logins[0].Email)));
        Assert.False(await app.WithDbAsync(db => db.SystemSettings.AnyAsync(s => s.Key == DemoAuthorityGenerator.SettingKey)));
    }
}

public sealed class DemoAccountTestsOnSqlite : DemoAccountTests<SqliteAppFactory>;

public sealed class DemoAccountTestsOnPostgres : DemoAccountTests<PostgresAppFactory>;

/// <summary>Small things a security reviewer checks on the machine Haven runs on (issue 11 item 14).</summary>
public sealed class OwnerOnlyFileTests
{
    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode OwnerOnlyFolder = OwnerOnlyFile | UnixFileMode.UserExecute;

    [Fact]
    public async Task The_sqlite_database_file_is_readable_only_by_its_owner()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Skip("Unix file modes");
            return;
        }
        var folder = Path.Combine(Path.GetTempPath(), $"haven-perm-{Guid.NewGuid():N}", "data");
        var path = Path.Combine(folder, "haven.db");
        try
        {
            var database = HavenDatabase.Parse(path);
            await using (var db = database.CreateContext())
            {
                await db.Database.MigrateAsync();
            }
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

            Assert.Equal(OwnerOnlyFile, File.GetUnixFileMode(path));
            Assert.Equal(OwnerOnlyFolder, File.GetUnixFileMode(folder));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(Path.GetDirectoryName(folder)!, recursive: true);
        }
    }

    [Fact]
    public async Task Outbox_emails_and_their_folder_are_readable_only_by_their_owner()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Skip("Unix file modes");
            return;
        }
        var folder = Path.Combine(Path.GetTempPath(), $"haven-outbox-{Guid.NewGuid():N}", "outbox");
        try
        {
            var options = Microsoft.Extensions.Options.Options.Create(new Haven.Web.Features.Messaging.MessagingOptions());
            options.Value.Outbox.Folder = folder;
            var sender = new Haven.Web.Features.Messaging.LoggingEmailSender(options, TimeProvider.System,
                Microsoft.Extensions.Logging.Abstractions.NullLogger<Haven.Web.Features.Messaging.LoggingEmailSender>.Instance);

            var result = await sender.SendAsync(new("someone@example.gov.uk", "Someone", "Subject", "Body", "REF-1"));

            Assert.True(result.Succeeded);
            Assert.Equal(OwnerOnlyFolder, File.GetUnixFileMode(folder));
            var file = Assert.Single(Directory.GetFiles(folder));
            Assert.Equal(OwnerOnlyFile, File.GetUnixFileMode(file));
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(folder)!, recursive: true);
        }
    }

}
