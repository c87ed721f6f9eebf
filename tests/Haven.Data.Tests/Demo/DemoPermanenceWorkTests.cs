using Haven.Domain.Permanence;
using Microsoft.EntityFrameworkCore;

namespace Haven.Data.Tests.Demo;

/// <summary>
/// The demo's life story work in every state, its long-term fostering match and its return home: each there to be
/// seen, on a child in care (or just gone home), and nothing dated after today.
/// </summary>
public sealed class DemoPermanenceWorkTests(DemoDatabaseFixture fixture) : IClassFixture<DemoDatabaseFixture>
{
    private static readonly DateOnly Today = DemoDatabase.Today;

    [Fact]
    public async Task Life_story_work_is_in_every_state_and_there_is_a_long_term_match_and_a_return_home()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = fixture.Demo.CreateContext();
        var work = await db.LifeStoryWork.AsNoTracking().ToListAsync(ct);
        Assert.Superset(new HashSet<LifeStoryStatus> { LifeStoryStatus.NotStarted, LifeStoryStatus.InProgress, LifeStoryStatus.Complete, LifeStoryStatus.NotNeeded },
            work.Select(w => w.Status).ToHashSet());
        Assert.All(work, w => Assert.True(new[] { w.StartedOn, w.LastReviewedOn, w.BookGivenOn, w.LetterWrittenOn, w.NotNeededOn }.All(d => d is null || d <= Today)));
        Assert.Equal(work.Count, work.Select(w => w.CarePeriodId).Distinct().Count());

        var match = Assert.Single(await db.LongTermFosteringMatches.AsNoTracking().ToListAsync(ct));
        Assert.True(match.DecidedOn <= Today);
        Assert.True(await db.Placements.AnyAsync(p => p.Id == match.PlacementId && p.CarerId == match.CarerId && p.PersonId == match.PersonId, ct));

        var home = Assert.Single(await db.ReturnHomePlans.AsNoTracking().ToListAsync(ct));
        Assert.Equal("E4A", await db.CarePeriods.Where(p => p.Id == home.CarePeriodId).Select(p => p.ReasonCeased).SingleAsync(ct));
        Assert.True(home.SupportPlanAgreedOn >= home.AssessedOn);
    }
}
