using Haven.Data;
using Haven.Domain.Events;
using Haven.Domain.FrontDoor;
using Haven.Domain.LookedAfter;
using Haven.Domain.People;
using Haven.Web.Cli;
using Microsoft.EntityFrameworkCore;

namespace Haven.Web.Tests.Ssda903;

/// <summary>`./haven ssda903 export|validate` run as the command line runs them, on a throwaway SQLite file.</summary>
public sealed class Ssda903CommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("haven-903-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string PathTo(string name) => Path.Combine(_dir, name);

    /// <summary>One child in care from May 2025 in foster care, straight into the database.</summary>
    private static async Task<string> ChildInCareAsync(string database)
    {
        await using var db = HavenDatabase.Parse(database).CreateContext();
        var child = new Person { Id = Guid.NewGuid(), LaPersonId = "CLI903", FirstName = "Dara", LastName = "Command", DateOfBirth = new DateOnly(2015, 9, 1), Sex = Sex.Male, EthnicityCode = "WIRI" };
        var referral = new Referral { Id = Guid.NewGuid(), PersonId = child.Id, ReferralDate = new DateOnly(2025, 4, 20), SourceCode = "5A", PrimaryNeedCode = "N1" };
        var period = new CarePeriod
        {
            Id = Guid.NewGuid(), PersonId = child.Id, ReferralId = referral.Id, StartDate = new DateOnly(2025, 5, 2), EntryRoute = CareEntryRoute.CourtOrder,
            DecisionBy = "Head of service", DecisionOn = new DateOnly(2025, 5, 2), DecisionRationale = "Interim care order made.", CategoryOfNeed = "N1",
            CarePlanDueOn = new DateOnly(2025, 5, 16), RecordedByUserId = "test", RecordedByName = "Test", RecordedAtUtc = new DateTime(2025, 5, 2, 9, 0, 0, DateTimeKind.Utc),
            LegalStatuses = [new CareLegalStatus { Id = Guid.NewGuid(), From = new DateOnly(2025, 5, 2), Code = "C1", RecordedByUserId = "test", RecordedByName = "Test" }],
            Placements = [new Placement { Id = Guid.NewGuid(), PersonId = child.Id, StartDate = new DateOnly(2025, 5, 2), PlacementType = "U6", ProviderCode = "PR1", CarerName = "The Greens", Postcode = "LS6 1AA", RecordedByUserId = "test", RecordedByName = "Test" }],
        };
        db.AddRange(child, referral, period);
        await db.SaveChangesAsync();
        return child.LaPersonId;
    }

    [Fact]
    public async Task Export_writes_the_files_and_is_audited_and_validate_passes_them_and_fails_a_broken_set()
    {
        var database = PathTo("haven.db");
        Assert.Equal(0, await HavenCommandLine.RunAsync(["migrate", "--database", database]));
        var child = await ChildInCareAsync(database);

        var folder = PathTo("SSDA903_2026");
        Assert.Equal(0, await HavenCommandLine.RunAsync(["ssda903", "export", "--year", "2026", "--database", database, "--out", folder]));
        Assert.Equal(11, Directory.GetFiles(folder, "*.csv").Length);
        Assert.Contains($"{child},02/05/2025,S,C1,N1,U6,PR1,,,,,LS6 1AA,", await File.ReadAllLinesAsync(Path.Combine(folder, "episodes.csv")));
        await using (var db = HavenDatabase.Parse(database).CreateContext())
        {
            var exported = await db.AuditEvents.SingleAsync(e => e.Type == AuditEventTypes.Exported);
            Assert.Equal(("command-line", "SSDA903 return 2025 to 2026", Path.GetFullPath(folder)), (exported.ActorUserId, exported.TargetName, exported.TargetId));
        }

        var report = PathTo("issues.csv");
        Assert.Equal(0, await HavenCommandLine.RunAsync(["ssda903", "validate", folder, "--year", "2026", "--previous", folder, "--report", report]));
        Assert.Equal(["child,rule,message,field,value"], await File.ReadAllLinesAsync(report));

        // Import into an empty database: the child and their care come in, once; the year is found from the files.
        var target = PathTo("target.db");
        Assert.Equal(0, await HavenCommandLine.RunAsync(["ssda903", "import", folder, "--database", target]));
        Assert.Equal(0, await HavenCommandLine.RunAsync(["ssda903", "import", folder, "--database", target]));
        await using (var db = HavenDatabase.Parse(target).CreateContext())
        {
            Assert.Equal(1, await db.CarePeriods.CountAsync(p => db.People.Any(c => c.Id == p.PersonId && c.LaPersonId == child)));
            Assert.Equal(1, await db.CaseEvents.CountAsync(e => e.Type == CaseEventTypes.CareHistoryImported));
        }

        // A placement type retired in 2025/26 (H5) fails rule 146 and the command exits 1.
        var episodes = Path.Combine(folder, "episodes.csv");
        await File.WriteAllTextAsync(episodes, (await File.ReadAllTextAsync(episodes)).Replace(",U6,", ",H5,", StringComparison.Ordinal));
        Assert.Equal(1, await HavenCommandLine.RunAsync(["ssda903", "validate", folder, "--year", "2026", "--report", report]));
        Assert.Contains($"{child},146,Placement type code is not a valid code.,PLACE,H5", await File.ReadAllLinesAsync(report));
        // ...and import refuses it, with the issues, changing nothing.
        var refused = PathTo("refused.csv");
        Assert.Equal(1, await HavenCommandLine.RunAsync(["ssda903", "import", folder, "--year", "2026", "--database", PathTo("empty.db"), "--report", refused]));
        Assert.Contains($"{child},146,Placement type code is not a valid code.,PLACE,H5", await File.ReadAllLinesAsync(refused));

        Assert.Equal(2, await HavenCommandLine.RunAsync(["ssda903", "validate", PathTo("nowhere")]));
        Assert.Equal(2, await HavenCommandLine.RunAsync(["ssda903", "export", "--database", database]));
    }
}
