using Haven.Data;
using Haven.Domain.Access;
using Haven.Web.Cli;
using Haven.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Haven.Web.Tests.Audit;

/// <summary>
/// Someone with direct access to the database gets round the append-only triggers and changes history: `./haven
/// audit verify` names the first altered or missing event and exits 1. Each case on a database of its own.
/// </summary>
public abstract class AuditTamperTests<TFactory> where TFactory : HavenAppFactory, new()
{
    [Theory]
    [InlineData("alter", "case_events: event 2 (id 2, PersonDetailsChanged at 2026-11-25T10:30:00.000000Z by Tamper Worker) was altered after it was written")]
    [InlineData("remove", "case_events: event 2 is missing (the next event found is 3, id 3, PersonDetailsChanged at 2026-11-25T10:30:00.000000Z by Tamper Worker)")]
    [InlineData("remove-last", "case_events: events 4 to 4 are missing (removed from the end)")]
    [InlineData("reorder", "case_events: event 2 (id 2, PersonDetailsChanged at 2026-11-25T10:30:00.000000Z by Tamper Worker) was altered after it was written")]
    public async Task Verify_reports_the_first_altered_or_missing_event_and_fails(string tampering, string expected)
    {
        await using var app = new TFactory();
        await app.InitializeAsync();
        var worker = await app.CreateUserAsync("Tamper Worker", Role.SocialWorker);
        var child = await app.RegisterAsync(worker, "Tia", "Tampered", new DateOnly(2013, 3, 3));
        for (var i = 0; i < 3; i++)
        {
            await app.AsUserAsync(worker, async services =>
            {
                services.GetRequiredService<Haven.Web.Infrastructure.CaseRecorder>()
                    .Record(child.Id, Haven.Domain.Events.CaseEventTypes.PersonDetailsChanged, $"Change {i}");
                await services.GetRequiredService<HavenDbContext>().SaveChangesAsync();
                return 0;
            });
        }
        var database = app.Services.GetRequiredService<IConfiguration>()["Haven:Database"]!;
        Assert.Equal(0, await HavenCommandLine.RunAsync(["audit", "verify", "--database", database]));

        await app.WithDbAsync(async db =>
        {
            // What an attacker with the database's owner account could do: switch the guard off, then rewrite.
            await db.Database.ExecuteSqlRawAsync(app.Provider == DatabaseProvider.Sqlite
                ? "DROP TRIGGER case_events_no_update; DROP TRIGGER case_events_no_delete;"
                : "ALTER TABLE case_events DISABLE TRIGGER USER;");
            await db.Database.ExecuteSqlRawAsync(tampering switch
            {
                "alter" => "UPDATE case_events SET \"Summary\" = 'Nothing happened' WHERE \"Sequence\" = 2",
                "remove" => "DELETE FROM case_events WHERE \"Sequence\" = 2",
                "remove-last" => "DELETE FROM case_events WHERE \"Sequence\" = 4",
                // Swapping two events' content but keeping their hashes.
                _ => "UPDATE case_events SET \"Summary\" = CASE \"Sequence\" WHEN 2 THEN 'Change 1' ELSE 'Change 0' END WHERE \"Sequence\" IN (2, 3)",
            });
        });

        var checks = await app.WithDbAsync(db => EventChains.VerifyAsync(db));
        Assert.Equal(expected, checks[0].Problem);
        Assert.True(checks[1].IsWhole, checks[1].Problem);
        Assert.Equal(1, await HavenCommandLine.RunAsync(["audit", "verify", "--database", database]));
    }
}

public sealed class AuditTamperTestsOnSqlite : AuditTamperTests<SqliteAppFactory>;

public sealed class AuditTamperTestsOnPostgres : AuditTamperTests<PostgresAppFactory>;
