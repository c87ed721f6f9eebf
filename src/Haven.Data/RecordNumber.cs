using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Haven.Data;

/// <summary>
/// The last number handed out in one series of references people read out (Haven IDs, contact references for a
/// year). One row per series, moved on by one atomic statement, so two adds at the same moment never get the same
/// number; see docs/decisions/0010-concurrency.md.
/// </summary>
public sealed class RecordNumber
{
    public required string Series { get; set; }
    public long LastUsed { get; set; }
}

public static class RecordNumbers
{
    // Both statements are the same SQL on SQLite (3.35 and later) and PostgreSQL: one row is locked and moved on,
    // and RETURNING gives this caller the number it moved it to, which no other caller can also be given.
    private const string Increment = """UPDATE record_numbers SET "LastUsed" = "LastUsed" + 1 WHERE "Series" = @series RETURNING "LastUsed" """;

    private const string Start = """
        INSERT INTO record_numbers ("Series", "LastUsed") VALUES (@series, @first)
        ON CONFLICT ("Series") DO UPDATE SET "LastUsed" = record_numbers."LastUsed" + 1 RETURNING "LastUsed"
        """;

    /// <summary>
    /// The next number in <paramref name="series"/>. The first time a series is used (a new year, or a database made
    /// before this table) it starts after <paramref name="highestInUse"/>, so numbers already given out are not reused.
    /// Runs in its own statement, outside the caller's save: a save that then fails leaves a gap, never a duplicate.
    /// </summary>
    public static async Task<long> NextAsync(this HavenDbContext db, string series, Func<CancellationToken, Task<long>> highestInUse, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(highestInUse);
        if (await RunAsync(db, Increment, series, null, ct) is { } next)
        {
            return next;
        }
        // Two callers may both get here for a new series: both offer the same first number, one inserts it and
        // the other's conflict moves it on by one.
        var first = await highestInUse(ct) + 1;
        return await RunAsync(db, Start, series, first, ct) ?? throw new InvalidOperationException($"No number was returned for {series}");
    }

    private static async Task<long?> RunAsync(HavenDbContext db, string sql, string series, long? first, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await connection.OpenAsync(ct);
        }
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            Add(command, "@series", series);
            if (first is { } value)
            {
                Add(command, "@first", value);
            }
            var result = await command.ExecuteScalarAsync(ct);
            return result is null or DBNull ? null : Convert.ToInt64(result, System.Globalization.CultureInfo.InvariantCulture);
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync();
            }
        }
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
