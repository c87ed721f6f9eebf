using Haven.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Haven.Web.Tests.FrontDoor;

/// <summary>
/// The app's clock, except while a test records something that happened on an earlier day. A decision's time
/// comes from the clock, not from the caller, and <see cref="Microsoft.Extensions.Time.Testing.FakeTimeProvider"/>
/// cannot go backwards; so "decided last Friday" needs the clock to read last Friday while the decision is made.
/// </summary>
public sealed class HistoryClock(TimeProvider present) : TimeProvider
{
    private DateTimeOffset? _past;

    public override DateTimeOffset GetUtcNow() => _past ?? present.GetUtcNow();

    public override TimeZoneInfo LocalTimeZone => present.LocalTimeZone;

    /// <summary>Runs <paramref name="work"/> with the clock reading <paramref name="when"/>, which must be in the past.</summary>
    public async Task<T> AtAsync<T>(DateTimeOffset when, Func<Task<T>> work)
    {
        if (when >= present.GetUtcNow())
        {
            throw new ArgumentOutOfRangeException(nameof(when), when, "History must be before now");
        }
        _past = when;
        try
        {
            return await work();
        }
        finally
        {
            _past = null;
        }
    }
}

public interface IHasHistory
{
    HistoryClock History { get; }
}

/// <summary>The SQLite app factory, with a <see cref="HistoryClock"/> in front of <see cref="HavenAppFactory.Clock"/>.</summary>
public sealed class DashboardSqliteFactory : HavenAppFactory, IHasHistory
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"haven-test-{Guid.NewGuid():N}.db");

    public DashboardSqliteFactory() => History = new HistoryClock(Clock);

    public HistoryClock History { get; }

    protected override string DatabaseSetting => _path;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(History);
        });
    }

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

/// <summary>The PostgreSQL app factory, with a <see cref="HistoryClock"/> in front of <see cref="HavenAppFactory.Clock"/>.</summary>
public sealed class DashboardPostgresFactory : HavenAppFactory, IHasHistory
{
    private readonly string _database = $"haven_test_{Guid.NewGuid():N}";

    public DashboardPostgresFactory() => History = new HistoryClock(Clock);

    public HistoryClock History { get; }

    protected override string DatabaseSetting
    {
        get
        {
            var server = PostgresAppFactory.ServerConnection;
            if (string.IsNullOrEmpty(server))
            {
                if (Environment.GetEnvironmentVariable("CI") == "true")
                {
                    throw new InvalidOperationException("HAVEN_TEST_POSTGRES is not set: run the tests with ./haven test");
                }
                Assert.Skip("PostgreSQL is not running: run ./haven test to start it");
            }
            return new Npgsql.NpgsqlConnectionStringBuilder(server) { Database = _database }.ConnectionString;
        }
    }

    public override Haven.Data.DatabaseProvider Provider => Haven.Data.DatabaseProvider.PostgreSql;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(History);
        });
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (PostgresAppFactory.ServerConnection is { Length: > 0 } server)
        {
            Npgsql.NpgsqlConnection.ClearAllPools();
            await using var connection = new Npgsql.NpgsqlConnection(server);
            await connection.OpenAsync();
            await using var drop = new Npgsql.NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
