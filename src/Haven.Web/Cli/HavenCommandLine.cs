using Haven.Data.Demo;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;

namespace Haven.Web.Cli;

/// <summary>
/// The `./haven` command surface. Every command takes --database (a SQLite path or a PostgreSQL
/// connection string; HAVEN_DATABASE also works) and defaults to the embedded SQLite demo database.
/// </summary>
public static class HavenCommandLine
{
    private const string Help = """
        Haven: case records for children's social care.

        Usage: ./haven <command> [options]

        Commands:
          demo           Create a synthetic demo authority (if needed) and serve Haven with it
                           --children N   number of children (default 2000)
                           --seed S       random seed, same seed gives the same authority (default 20261125)
                           --port P       port to listen on (default 5080)
                           --fresh        throw away the existing demo database first
          serve          Serve Haven (migrations are applied on start-up)    --urls URL
          migrate        Apply database migrations and exit
          seed           Fill the database with a synthetic authority        --children N --seed S
          create-admin   Create a system administrator                      --email E --name "Full Name"
                           the password is read from HAVEN_ADMIN_PASSWORD or standard input
          audit verify   Check that no audit event was altered, removed or inserted since it was written;
                           reports the first broken link and exits 1 if there is one
          test           Install what the tests need and run every test (handled by ./haven itself)
        """ + "\n" + Haven.Web.Features.CinCensus.CinCensusCommand.Help + "\n" + Haven.Web.Features.LookedAfter.PostcodesCommand.Help + "\n" + Haven.Web.Features.Performance.ScorecardCommand.Help + "\n" + Haven.Web.Features.Ssda903.Ssda903Command.Help + "\n" + Haven.Web.Features.AnnexA.AnnexACommand.Help + "\n" + """

        Options for every command:
          --database D   SQLite file path or PostgreSQL connection string (env HAVEN_DATABASE)
                         default: data/haven-demo.db
          --help         show this help
        """;

    public static async Task<int> RunAsync(string[] args)
    {
        var command = args.Length > 0 && !args[0].StartsWith('-') ? args[0] : "serve";
        var options = CommandOptions.Parse(args.SkipWhile(a => a == command).ToArray());
        if (options.Has("help") || command is "help")
        {
            Console.WriteLine(Help);
            return 0;
        }
        try
        {
            return command switch
            {
                "serve" => await ServeAsync(args.Where(a => a != "serve").ToArray(), options),
                "demo" => await DemoAsync(options),
                "migrate" => await MigrateAsync(options),
                "seed" => await SeedAsync(options),
                "create-admin" => await CreateAdminAsync(options),
                "audit" => await AuditAsync(args.Skip(1).FirstOrDefault(a => !a.StartsWith('-')), options),
                "cin-census" => await Haven.Web.Features.CinCensus.CinCensusCommand.RunAsync(args, options, () => HostArgs(options)),
                "postcodes" => await Haven.Web.Features.LookedAfter.PostcodesCommand.RunAsync(args, () => HostArgs(options)),
                "scorecard" => await Haven.Web.Features.Performance.ScorecardCommand.RunAsync(args, options, () => HostArgs(options)),
                "ssda903" => await Haven.Web.Features.Ssda903.Ssda903Command.RunAsync(args, options, () => HostArgs(options)),
                "annex-a" => await Haven.Web.Features.AnnexA.AnnexACommand.RunAsync(args, options, () => HostArgs(options)),
                _ => Fail($"Unknown command '{command}'. Run ./haven --help to see the commands."),
            };
        }
        catch (CommandLineException e)
        {
            return Fail(e.Message);
        }
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine(message);
        return 2;
    }

    private static string[] HostArgs(CommandOptions options, params string[] extra)
    {
        var list = new List<string>(extra);
        // ./haven runs the built program from the repository root; its settings files live beside the program.
        if (Environment.GetEnvironmentVariable("HAVEN_CONTENT_ROOT") is { Length: > 0 } contentRoot)
        {
            list.Add($"--contentRoot={contentRoot}");
        }
        if (options.Get("database") is { } database)
        {
            list.Add($"--Haven:Database={database}");
        }
        return [.. list];
    }

    private static async Task<int> ServeAsync(string[] rawArgs, CommandOptions options)
    {
        // Options we own are translated; anything else (--urls, --environment) passes through to the host.
        var passThrough = new List<string>();
        for (var i = 0; i < rawArgs.Length; i++)
        {
            if (rawArgs[i] == "--database")
            {
                i++;
            }
            else if (!rawArgs[i].StartsWith("--database=", StringComparison.Ordinal))
            {
                passThrough.Add(rawArgs[i]);
            }
        }
        var app = HavenWebApp.Build([.. passThrough, .. HostArgs(options)]);
        if (app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<HavenOptions>>().Value.MigrateOnStartup)
        {
            await HavenWebApp.MigrateAsync(app.Services);
        }
        await app.RunAsync();
        return 0;
    }

    private static async Task<int> MigrateAsync(CommandOptions options)
    {
        var database = ResolveDatabase(options);
        Console.WriteLine($"Migrating {database.Describe()}...");
        await using var app = HavenWebApp.Build(HostArgs(options));
        await HavenWebApp.MigrateAsync(app.Services);
        Console.WriteLine("Database is up to date.");
        return 0;
    }

    private static async Task<int> SeedAsync(CommandOptions options)
    {
        await using var app = HavenWebApp.Build(HostArgs(options));
        await HavenWebApp.MigrateAsync(app.Services);
        using (var scope = app.Services.CreateScope())
        {
            // The demo authority adds accounts with a published password; in a database that already has people or
            // accounts they would be a way in, and its records would be mixed with real ones.
            var db = scope.ServiceProvider.GetRequiredService<HavenDbContext>();
            if (await db.Users.AnyAsync() || await db.People.AnyAsync())
            {
                throw new CommandLineException("This database already has user accounts or people in it, so seed will not add a demo authority to it. "
                    + "Seed only an empty database: give a new one with --database.");
            }
        }
        await GenerateAsync(app.Services, options.GetInt("children", 2000), options.GetInt("seed", 20261125));
        return 0;
    }

    private static async Task<int> DemoAsync(CommandOptions options)
    {
        var children = options.GetInt("children", 2000);
        var seed = options.GetInt("seed", 20261125);
        var port = options.GetInt("port", 5080);
        var database = ResolveDatabase(options);
        if (options.Has("fresh") && database.Provider == DatabaseProvider.Sqlite)
        {
            DeleteSqliteFiles(database);
        }

        var app = HavenWebApp.Build(HostArgs(options, $"--urls=http://127.0.0.1:{port}", DemoEnvironment));
        await HavenWebApp.MigrateAsync(app.Services);
        var wanted = DemoAuthorityGenerator.SettingValue(new DemoOptions(children, seed));
        string? existing;
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<HavenDbContext>();
            existing = await db.SystemSettings.Where(s => s.Key == DemoAuthorityGenerator.SettingKey).Select(s => s.Value).SingleOrDefaultAsync();
            var hasPeople = await db.People.AnyAsync();
            if (existing is null && hasPeople)
            {
                throw new CommandLineException("This database holds real (non-demo) records, so the demo will not touch it. Use another --database.");
            }
        }
        if (existing != wanted)
        {
            if (existing is not null)
            {
                if (database.Provider != DatabaseProvider.Sqlite)
                {
                    throw new CommandLineException($"This database already holds a different demo authority ({existing}). Use a fresh database.");
                }
                await app.DisposeAsync();
                DeleteSqliteFiles(database);
                app = HavenWebApp.Build(HostArgs(options, $"--urls=http://127.0.0.1:{port}", DemoEnvironment));
                await HavenWebApp.MigrateAsync(app.Services);
            }
            await GenerateAsync(app.Services, children, seed);
        }
        else
        {
            Console.WriteLine($"Using the existing demo authority in {database.Describe()} ({existing}).");
        }

        await app.StartAsync();
        var url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? $"http://127.0.0.1:{port}";
        Console.WriteLine();
        Console.WriteLine($"Haven is running at {url}");
        Console.WriteLine();
        WriteDemoLogins(Console.Out, toTerminal: !Console.IsOutputRedirected);
        Console.WriteLine("Press Ctrl+C to stop.");
        await app.WaitForShutdownAsync();
        return 0;
    }

    /// <summary>
    /// The demo log-ins. The password is shown only on a terminal: when the output goes to a file or a service's log,
    /// a password written there would outlive the demo and be read by whoever reads the logs.
    /// </summary>
    public static void WriteDemoLogins(TextWriter output, bool toTerminal)
    {
        output.WriteLine("Demo log-ins (demo accounts skip two-factor; they exist only in a demo database):");
        output.WriteLine($"  {"Role",-42} {"Email",-36}{(toTerminal ? " Password" : "")}");
        foreach (var login in DemoAuthorityGenerator.Logins)
        {
            output.WriteLine($"  {login.Role,-42} {login.Email,-36}{(toTerminal ? " " + login.Password : "")}");
        }
        if (!toTerminal)
        {
            output.WriteLine("  The demo password is not written to logs: run ./haven demo in a terminal to see it, or read README.md.");
        }
        output.WriteLine();
    }

    /// <summary>
    /// `./haven demo` runs as the "Demo" environment: demo accounts skip two-factor only outside Production
    /// (DemoTwoFactorSkip), and a host with no environment set is Production.
    /// </summary>
    private const string DemoEnvironment = "--environment=Demo";

    private static async Task GenerateAsync(IServiceProvider services, int children, int seed)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HavenDbContext>();
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var hasher = scope.ServiceProvider.GetRequiredService<IPasswordHasher<ApplicationUser>>();
        Console.WriteLine($"Generating a synthetic authority with {children:N0} children (seed {seed})...");
        var progress = new Progress<string>(message => Console.WriteLine($"  {message}"));
        await DemoAuthorityGenerator.GenerateAsync(db, new DemoOptions(children, seed), hasher, clock, progress, CancellationToken.None);
    }

    private static async Task<int> CreateAdminAsync(CommandOptions options)
    {
        var email = options.Get("email") ?? throw new CommandLineException("Give the administrator's email with --email.");
        var name = options.Get("name") ?? throw new CommandLineException("Give the administrator's full name with --name.");
        var password = Environment.GetEnvironmentVariable("HAVEN_ADMIN_PASSWORD");
        if (string.IsNullOrEmpty(password))
        {
            Console.Write("Password: ");
            password = Console.ReadLine() ?? "";
        }
        await using var app = HavenWebApp.Build(HostArgs(options));
        await HavenWebApp.MigrateAsync(app.Services);
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return Fail("Could not create the administrator: " + string.Join(" ", created.Errors.Select(e => e.Description)));
        }
        await users.AddToRoleAsync(user, Roles.SystemAdministrator);
        Console.WriteLine($"Created system administrator {email}. They will be asked to set up two-factor authentication at first sign-in.");
        return 0;
    }

    /// <summary>Reads every event chain from its first event to its head. Changes nothing, so it is safe on a live database.</summary>
    private static async Task<int> AuditAsync(string? subcommand, CommandOptions options)
    {
        if (subcommand != "verify")
        {
            return Fail("Usage: ./haven audit verify [--database D]");
        }
        var database = ResolveDatabase(options);
        await using var db = database.CreateContext();
        var checks = await Haven.Data.EventChains.VerifyAsync(db);
        foreach (var check in checks)
        {
            Console.WriteLine(check.IsWhole ? $"{check.ChainName}: {check.Checked} events, every link intact" : check.Problem);
        }
        if (checks.All(c => c.IsWhole))
        {
            Console.WriteLine($"The audit trail in {database.Describe()} is intact.");
            return 0;
        }
        Console.Error.WriteLine($"The audit trail in {database.Describe()} has been tampered with (first problem above).");
        return 1;
    }

    private static HavenDatabase ResolveDatabase(CommandOptions options) =>
        HavenDatabase.Parse(options.Get("database") ?? Environment.GetEnvironmentVariable("HAVEN_DATABASE"));

    private static void DeleteSqliteFiles(HavenDatabase database)
    {
        var path = database.ConnectionString["Data Source=".Length..];
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }
    }
}

public sealed class CommandLineException(string message) : Exception(message);

/// <summary>`--name value`, `--name=value` and bare `--flag` options.</summary>
public sealed class CommandOptions
{
    private readonly Dictionary<string, string?> _values = new(StringComparer.OrdinalIgnoreCase);

    public static CommandOptions Parse(string[] args)
    {
        var options = new CommandOptions();
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                continue;
            }
            var name = args[i][2..];
            var eq = name.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0)
            {
                options._values[name[..eq]] = name[(eq + 1)..];
            }
            else if (i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                options._values[name] = args[++i];
            }
            else
            {
                options._values[name] = null;
            }
        }
        return options;
    }

    public bool Has(string name) => _values.ContainsKey(name);

    public string? Get(string name) => _values.GetValueOrDefault(name);

    public int GetInt(string name, int fallback)
    {
        var value = Get(name);
        if (value is null)
        {
            return fallback;
        }
        return int.TryParse(value.Replace(",", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal), out var n) && n >= 0
            ? n
            : throw new CommandLineException($"--{name} must be a whole number, like {fallback}.");
    }
}
