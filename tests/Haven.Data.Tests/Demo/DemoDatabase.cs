using Haven.Data.Demo;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Haven.Data.Tests.Demo;

/// <summary>A demo authority generated into a SQLite file in its own temporary folder.</summary>
public sealed class DemoDatabase : IAsyncDisposable
{
    public static readonly DateOnly Today = new(2026, 11, 25);
    public static readonly DateTime NowUtc = new(2026, 11, 25, 12, 0, 0, DateTimeKind.Utc);

    private readonly string _folder;

    private DemoDatabase(string folder, HavenDatabase database, DemoOptions options, DemoResult result)
    {
        _folder = folder;
        Database = database;
        Options = options;
        Result = result;
    }

    public HavenDatabase Database { get; }
    public DemoOptions Options { get; }
    public DemoResult Result { get; }

    public static PasswordHasher<ApplicationUser> Hasher { get; } = new();

    public static async Task<DemoDatabase> CreateAsync(int children, int seed)
    {
        var folder = Path.Combine(Path.GetTempPath(), "haven-demo-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var database = HavenDatabase.Parse(Path.Combine(folder, "demo.db"));
        var options = new DemoOptions(children, seed, Today);
        await using var db = database.CreateContext();
        await db.Database.EnsureCreatedAsync(TestContext.Current.CancellationToken);
        var result = await DemoAuthorityGenerator.GenerateAsync(db, options, Hasher, Today, NowUtc, null, TestContext.Current.CancellationToken);
        return new DemoDatabase(folder, database, options, result);
    }

    public HavenDbContext CreateContext() => Database.CreateContext();

    /// <summary>
    /// Takes out the periods of care the demo made and everything recorded on them, for the tests of the generators that
    /// run over whatever periods exist: they write their own periods and count what the generator made for those.
    /// </summary>
    public async Task RemoveCareRecordsAsync(CancellationToken ct)
    {
        await using var db = CreateContext();
        // Court work, adoption and permanence orders hang off the periods; care leavers' records off the young people.
        await db.Set<Haven.Domain.Permanence.CourtHearing>().ExecuteDeleteAsync(ct);
        await db.Set<Haven.Domain.Permanence.ProceedingsExtension>().ExecuteDeleteAsync(ct);
        await db.Set<Haven.Domain.Permanence.PreProceedingsMeeting>().ExecuteDeleteAsync(ct);
        await db.CareProceedings.ExecuteDeleteAsync(ct);
        await db.LegalPlanningMeetings.ExecuteDeleteAsync(ct);
        await db.FamilyGroupConferences.ExecuteDeleteAsync(ct);
        await db.LifeStoryWork.ExecuteDeleteAsync(ct);
        await db.LongTermFosteringMatches.ExecuteDeleteAsync(ct);
        await db.ReturnHomePlans.ExecuteDeleteAsync(ct);
        await db.AdoptionJourneys.ExecuteDeleteAsync(ct);
        await db.PermanenceOrders.ExecuteDeleteAsync(ct);
        await db.CareLeaverContacts.ExecuteDeleteAsync(ct);
        await db.PathwayPlans.ExecuteDeleteAsync(ct);
        await db.CareLeavers.ExecuteDeleteAsync(ct);
        await db.CareReviewRecommendations.ExecuteDeleteAsync(ct);
        await db.CareReviews.ExecuteDeleteAsync(ct);
        await db.CarePlans.ExecuteDeleteAsync(ct);
        await db.PermanencePlans.ExecuteDeleteAsync(ct);
        await db.HealthChecks.ExecuteDeleteAsync(ct);
        await db.EducationPlans.ExecuteDeleteAsync(ct);
        await db.SchoolExclusions.ExecuteDeleteAsync(ct);
        await db.MissingEpisodes.ExecuteDeleteAsync(ct);
        await db.AdvocacyOffers.ExecuteDeleteAsync(ct);
        await db.CaseNotes.Where(n => n.VisitPurpose == Haven.Domain.CaseRecording.VisitPurpose.LookedAfter).ExecuteDeleteAsync(ct);
        await db.CareLegalStatuses.ExecuteDeleteAsync(ct);
        await db.Placements.ExecuteDeleteAsync(ct);
        await db.CarePeriods.ExecuteDeleteAsync(ct);
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on some platforms; the temp folder is cleaned up by the OS.
        }
        return ValueTask.CompletedTask;
    }
}

/// <summary>One 300-child authority shared by the tests that only read it.</summary>
public sealed class DemoDatabaseFixture : IAsyncLifetime
{
    public const int Children = 300;

    public DemoDatabase Demo { get; private set; } = null!;

    public async ValueTask InitializeAsync() => Demo = await DemoDatabase.CreateAsync(Children, new DemoOptions().Seed);

    public async ValueTask DisposeAsync() => await Demo.DisposeAsync();
}
