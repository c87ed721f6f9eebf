using Haven.Domain.Access;
using Haven.Domain.LookedAfter;
using Haven.Web.Tests.Infrastructure;
using Haven.Web.Tests.WorkTray;
using static Haven.Web.Tests.WorkTray.CaseworkSeed;

namespace Haven.Web.Tests.Home;

/// <summary>
/// The team manager's and service manager's homes show placement stability by team, on both databases, on the test
/// clock's 25 November 2026: one child moved three times this year, one settled with the same carers since 2023, one
/// not in care.
/// </summary>
public abstract class PlacementStabilityHomeTests<TFactory>(TFactory app) : IClassFixture<TFactory> where TFactory : HavenAppFactory
{
    private static CarePeriod Period(Guid personId, Guid referralId, params (string Start, string Type, string Carer)[] placements)
    {
        var start = D(placements[0].Start);
        var period = new CarePeriod
        {
            Id = Guid.NewGuid(), PersonId = personId, ReferralId = referralId, StartDate = start, EntryRoute = CareEntryRoute.Accommodation,
            DecisionBy = "Head of service", DecisionOn = start, DecisionRationale = "Test", CategoryOfNeed = "N1", CarePlanDueOn = start.AddDays(14),
            RecordedByUserId = "test", RecordedByName = "Test",
        };
        period.LegalStatuses.Add(new CareLegalStatus { Id = Guid.NewGuid(), CarePeriodId = period.Id, From = start, Code = "V2", RecordedByUserId = "test", RecordedByName = "Test" });
        for (var i = 0; i < placements.Length; i++)
        {
            period.Placements.Add(new Placement
            {
                Id = Guid.NewGuid(), CarePeriodId = period.Id, PersonId = personId, StartDate = D(placements[i].Start),
                EndDate = i + 1 < placements.Length ? D(placements[i + 1].Start) : null, ReasonForChange = i + 1 < placements.Length ? "CREQB" : null,
                PlacementType = placements[i].Type, ProviderCode = "PR1", CarerName = placements[i].Carer, RecordedByUserId = "test", RecordedByName = "Test",
            });
        }
        return period;
    }

    [Fact]
    public async Task Managers_see_each_teams_children_with_three_or_more_placements_and_long_term_stability()
    {
        var manager = await app.CreateUserAsync("Stability Manager", Role.TeamManager);
        var team = await app.TeamAsync($"Stability {Guid.NewGuid():N}"[..24], manager.Id);
        var worker = await app.CreateUserAsync("Stability Worker", Role.SocialWorker, team.Id);
        var moved = await app.RegisterAsync(worker, "Mo", "Moves", new DateOnly(2012, 3, 4));
        var settled = await app.RegisterAsync(worker, "Sal", "Settled", new DateOnly(2016, 5, 6));
        var home = await app.RegisterAsync(worker, "Hal", "Home", new DateOnly(2014, 7, 8));
        foreach (var child in new[] { moved, settled, home })
        {
            await app.AllocateAsync(child.Id, worker.Id, team.Id, "2026-01-01");
        }
        var movedEpisode = await app.EpisodeAsync(moved.Id, "2026-01-02", worker.Id);
        var settledEpisode = await app.EpisodeAsync(settled.Id, "2022-01-04", worker.Id);
        await app.EpisodeAsync(home.Id, "2026-06-01", worker.Id);
        await app.AddAsync(
            Period(moved.Id, movedEpisode.Id, ("2026-01-05", "U6", "Emergency carers"), ("2026-03-01", "U6", "Second carers"), ("2026-06-01", "K2", "Willow House"), ("2026-09-14", "U4", "Long-term carers")),
            Period(settled.Id, settledEpisode.Id, ("2022-01-05", "U6", "First carers"), ("2023-02-01", "U4", "The Hendrys")));

        foreach (var viewer in new[] { manager, await app.CreateUserAsync("Stability Head", Role.ServiceManager) })
        {
            var client = await app.SignInAsync(viewer);
            var doc = await client.GetDocumentAsync("/");
            var heading = doc.GetElementById("stability") ?? throw new InvalidOperationException("No stability list");
            var table = heading.ParentElement!.QuerySelectorAll("table").First(t => t.PreviousElementSibling is not null && Before(t) == heading);
            var row = table.QuerySelectorAll("tbody tr").Select(tr => tr.QuerySelectorAll("td, th").Select(c => c.TextContent.Trim()).ToList())
                .Single(r => r[0] == team.Name);
            // Two children in care; Mo had four placements this year; Sal (10, in care nearly five years) has been with the Hendrys since 2023.
            Assert.Equal([team.Name, "2", "1 (50%)", "1", "1 (100%)"], row);
        }
    }

    /// <summary>The h2 a table belongs to: the nearest heading before it.</summary>
    private static AngleSharp.Dom.IElement? Before(AngleSharp.Dom.IElement table)
    {
        var before = table.PreviousElementSibling;
        while (before is not null && before.TagName != "H2")
        {
            before = before.PreviousElementSibling;
        }
        return before;
    }
}

public sealed class PlacementStabilityHomeTestsOnSqlite(SqliteAppFactory app) : PlacementStabilityHomeTests<SqliteAppFactory>(app);

public sealed class PlacementStabilityHomeTestsOnPostgres(PostgresAppFactory app) : PlacementStabilityHomeTests<PostgresAppFactory>(app);
