using Haven.Data;
using Haven.Domain.Events;
using Haven.Web.Cli;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace Haven.Web.Tests.AnnexA;

/// <summary>`./haven annex-a export` run as the command line runs it, on a throwaway SQLite file.</summary>
public sealed class AnnexACommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("haven-annex-a-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Export_writes_the_eleven_sheets_and_is_audited_and_bad_dates_are_refused()
    {
        var database = Path.Combine(_dir, "haven.db");
        Assert.Equal(0, await HavenCommandLine.RunAsync(["migrate", "--database", database]));
        var output = Path.Combine(_dir, "annex-a.xlsx");
        Assert.Equal(0, await HavenCommandLine.RunAsync(["annex-a", "export", "--from", "2025-04-01", "--to", "2026-03-31", "--database", database, "--out", output]));
        Assert.Equal(Enumerable.Range(1, 11).Select(n => $"List {n}"), MiniExcel.GetSheetNames(output));
        await using (var db = HavenDatabase.Parse(database).CreateContext())
        {
            var exported = await db.AuditEvents.SingleAsync(e => e.Type == AuditEventTypes.Exported);
            Assert.Equal(("command-line", "Ofsted Annex A 1 April 2025 to 31 March 2026", Path.GetFullPath(output)), (exported.ActorUserId, exported.TargetName, exported.TargetId));
        }
        Assert.Equal(2, await HavenCommandLine.RunAsync(["annex-a", "export", "--from", "2026-04-01", "--to", "2025-03-31", "--database", database]));
        Assert.Equal(2, await HavenCommandLine.RunAsync(["annex-a", "export", "--from", "1/4/2025", "--to", "2026-03-31", "--database", database]));
        Assert.Equal(2, await HavenCommandLine.RunAsync(["annex-a", "import", "--database", database]));
    }
}
