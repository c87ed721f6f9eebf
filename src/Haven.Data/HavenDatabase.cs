using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.Extensions.DependencyInjection;

namespace Haven.Data;

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}

/// <summary>
/// Turns the one `--database` / HAVEN_DATABASE setting into a provider and connection string:
/// a PostgreSQL connection string ("Host=...") or a SQLite file path.
/// </summary>
public sealed record HavenDatabase(DatabaseProvider Provider, string ConnectionString)
{
    public const string DefaultSqlitePath = "data/haven-demo.db";

    public static HavenDatabase Parse(string? setting)
    {
        var value = string.IsNullOrWhiteSpace(setting) ? DefaultSqlitePath : setting.Trim();
        if (value.Contains("Host=", StringComparison.OrdinalIgnoreCase) || value.StartsWith("postgres", StringComparison.OrdinalIgnoreCase))
        {
            return new HavenDatabase(DatabaseProvider.PostgreSql, value);
        }
        var path = value.StartsWith("Data Source=", StringComparison.OrdinalIgnoreCase) ? value["Data Source=".Length..] : value;
        OwnerOnly.CreateFile(path);
        return new HavenDatabase(DatabaseProvider.Sqlite, $"Data Source={path}");
    }

    public string Describe() => Provider == DatabaseProvider.Sqlite
        ? $"SQLite ({ConnectionString["Data Source=".Length..]})"
        : "PostgreSQL";

    public void AddTo(IServiceCollection services)
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            services.AddDbContext<HavenDbContext, SqliteHavenDbContext>(Configure);
        }
        else
        {
            services.AddDbContext<HavenDbContext, PostgresHavenDbContext>(Configure);
        }
    }

    /// <summary>A context outside dependency injection, for the command line and the demo generator.</summary>
    public HavenDbContext CreateContext()
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            var sqlite = new DbContextOptionsBuilder<SqliteHavenDbContext>();
            Configure(sqlite);
            return new SqliteHavenDbContext(sqlite.Options);
        }
        var postgres = new DbContextOptionsBuilder<PostgresHavenDbContext>();
        Configure(postgres);
        return new PostgresHavenDbContext(postgres.Options);
    }

    private void Configure(DbContextOptionsBuilder options)
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            options.UseSqlite(ConnectionString).AddInterceptors(SqliteConcurrency.Instance);
        }
        else
        {
            options.UseNpgsql(ConnectionString);
        }
    }
}

/// <summary>Used by `dotnet ef migrations add` only.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteHavenDbContext>
{
    public SqliteHavenDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteHavenDbContext>().UseSqlite("Data Source=design.db").Options);
}

public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresHavenDbContext>
{
    public PostgresHavenDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresHavenDbContext>().UseNpgsql("Host=127.0.0.1;Database=design").Options);
}
