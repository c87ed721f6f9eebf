using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Haven.Data;

/// <summary>
/// Lets several requests write to one SQLite file at once. Write-ahead logging means a reader never blocks a writer
/// (every request now also touches its sign-in session, and every save with an event extends the audit chain in a
/// transaction), and the busy timeout makes a second writer wait its turn instead of failing at once with
/// "database is locked". The journal mode is kept in the file; the timeout is per connection, so both are set on
/// every open.
/// </summary>
internal sealed class SqliteConcurrency : DbConnectionInterceptor
{
    public static readonly SqliteConcurrency Instance = new();

    private const string Pragmas = "PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 30000;";

    // EF opens a read-only connection to ask whether the database exists; the journal mode cannot be set on that one.
    private const string ReadOnlyPragmas = "PRAGMA busy_timeout = 30000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = For(connection);
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = connection.CreateCommand();
        command.CommandText = For(connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string For(DbConnection connection) =>
        connection.ConnectionString.Contains("Mode=ReadOnly", StringComparison.OrdinalIgnoreCase) ? ReadOnlyPragmas : Pragmas;
}
