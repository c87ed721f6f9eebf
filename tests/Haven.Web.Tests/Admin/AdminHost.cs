using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Haven.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Haven.Web.Tests.Admin;

/// <summary>
/// The app on the fixture's database with its admin audit log captured. The test environment logs only
/// warnings, so the capture lets Information through for the audit's category alone.
/// </summary>
public sealed class AdminHost
{
    private static readonly ConditionalWeakTable<HavenAppFactory, AdminHost> Hosts = new();

    private AdminHost(HavenAppFactory app)
    {
        Web = app.WithWebHostBuilder(builder => builder.ConfigureServices(services => services.AddLogging(logging =>
        {
            logging.AddProvider(Log);
            logging.AddFilter<LogCapture>(typeof(Haven.Web.Features.Admin.AdminAudit).FullName, LogLevel.Information);
        })));
    }

    public WebApplicationFactory<Program> Web { get; }

    public LogCapture Log { get; } = new();

    /// <summary>One host per fixture: starting the app is the slow part of a test.</summary>
    public static AdminHost For(HavenAppFactory app) => Hosts.GetValue(app, a => new AdminHost(a));

    public HttpClient Client() => Web.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public async Task<HttpClient> SignInAsync(string email, string password = HavenAppFactory.Password)
    {
        var client = Client();
        var form = await client.GetFormAsync("/sign-in");
        var response = await client.PostFormAsync("/sign-in", form, new() { ["Email"] = email, ["Password"] = password });
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in failed for {email}: {(int)response.StatusCode}");
        }
        return client;
    }
}

public sealed record LogEntry(string Category, LogLevel Level, EventId EventId, IReadOnlyDictionary<string, string?> Fields, string Message)
{
    public string? this[string field] => Fields.GetValueOrDefault(field);
}

/// <summary>Keeps every log entry with its structured fields, so tests can check what was logged, not just the text.</summary>
public sealed class LogCapture : ILoggerProvider
{
    private readonly ConcurrentQueue<LogEntry> _entries = new();

    public IReadOnlyList<LogEntry> Entries => [.. _entries];

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<LogEntry> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var fields = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? pairs.GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Last().Value is { } v ? Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) : null)
                : [];
            entries.Enqueue(new LogEntry(category, logLevel, eventId, fields, formatter(state, exception)));
        }
    }
}
