using Haven.Data.Demo;
using Haven.Domain.LookedAfter;
using Haven.Domain.People;
using Haven.Domain.Permanence;
using Microsoft.EntityFrameworkCore;

namespace Haven.Data.Tests.Demo;

/// <summary>
/// The demo's court work, adoptions and SGOs, over periods of care this test writes (the care generators are other
/// branches'): 60 under care orders with some adopted, some ended with an SGO, and young children still in care.
/// </summary>
public sealed class DemoPermanenceTests
{
    private static readonly DateOnly Today = DemoDatabase.Today;

    [Fact]
    public async Task Proceedings_adoptions_some_slow_some_reversed_and_SGOs_are_made_and_each_passes_the_rules_the_pages_use()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var demo = await DemoDatabase.CreateAsync(400, new DemoOptions().Seed);
        // The demo's own care records out: this test counts what the generator makes over the periods it writes.
        await demo.RemoveCareRecordsAsync(ct);
        await using var db = demo.CreateContext();
        var episodes = await db.Referrals.AsNoTracking()
            .Join(db.People.Where(p => p.Kind == PersonKind.Child && p.DateOfBirth != null), r => r.PersonId, p => p.Id, (r, p) => new { r.Id, r.PersonId, p.DateOfBirth })
            .ToListAsync(ct);
        var periods = episodes.DistinctBy(e => e.PersonId).Take(60).Select((e, i) =>
        {
            // From ten weeks to four years in care; every third adopted, every seventh ended with an SGO, the rest open.
            var start = Max(Today.AddDays(-(70 + ((i * 97) % 1390))), e.DateOfBirth!.Value);
            var end = i % 3 == 0 ? start.AddDays((Today.DayNumber - start.DayNumber) * 9 / 10) : i % 7 == 0 ? start.AddDays(170) : (DateOnly?)null;
            return new CarePeriod
            {
                Id = Guid.NewGuid(), PersonId = e.PersonId, ReferralId = e.Id, StartDate = start, EntryRoute = CareEntryRoute.CourtOrder, DecisionBy = "Helen Ashby",
                DecisionRationale = "Demo", CategoryOfNeed = "N1", RecordedByUserId = "system", RecordedByName = "Demo data generator",
                EndDate = end, ReasonCeased = end is null ? null : i % 3 == 0 ? "E11" : "E45",
                LegalStatuses = [new() { Id = Guid.NewGuid(), From = start, Code = "C1", RecordedByUserId = "system", RecordedByName = "Demo" }],
                Placements = [new() { Id = Guid.NewGuid(), PersonId = e.PersonId, StartDate = start, EndDate = end, PlacementType = "U6", ProviderCode = "PR1", CarerName = "Foster carers", RecordedByUserId = "system", RecordedByName = "Demo" }],
            };
        }).ToList();
        db.CarePeriods.AddRange(periods);
        await db.SaveChangesAsync(ct);

        var result = await new DemoPermanence(db, demo.Options.Seed, Today, DemoDatabase.NowUtc).GenerateAsync(ct);
        Assert.True(result is { Proceedings: > 0, Adoptions: > 0, PermanenceOrders: > 0 }, result.ToString());

        var proceedings = await db.CareProceedings.AsNoTracking().Include(p => p.Hearings).Include(p => p.Extensions).ToListAsync(ct);
        Assert.All(proceedings, p => Assert.All(p.Hearings, h => Assert.True(h.HeldOn >= p.IssuedOn && h.HeldOn <= Today)));
        Assert.All(proceedings.SelectMany(p => p.Extensions), e => Assert.InRange(e.Weeks, 1, CourtTimescales.MaxExtensionWeeks));
        // Most concluded within 26 weeks; some ran over with extensions; some are still running.
        var concluded = proceedings.Where(p => !p.IsOpen).ToList();
        Assert.Contains(concluded, p => p.ConcludedOn <= p.IssuedOn!.Value.AddDays(7 * CourtTimescales.Weeks));
        Assert.Contains(concluded, p => p.Extensions.Count > 0);
        Assert.Contains(proceedings, p => p.IsOpen);

        var byId = periods.ToDictionary(p => p.Id);
        var journeys = await db.AdoptionJourneys.AsNoTracking().ToListAsync(ct);
        var statuses = (await db.CareLegalStatuses.AsNoTracking().ToListAsync(ct)).ToLookup(s => s.CarePeriodId);
        var timelines = journeys.Select(j =>
        {
            var p = byId[j.CarePeriodId];
            return new AdoptionTimeline(j.PersonId, p.StartDate, j.DecisionOn, statuses[p.Id].Where(s => s.Code == "E1").Select(s => (DateOnly?)s.From).FirstOrDefault(),
                j.MatchedOn, j.PlacedOn, p.ReasonCeased == "E11" ? p.EndDate : null, j.ReversedOn);
        }).ToList();
        // Every adopted child went through each step in order before the order; the codes are the DfE's.
        Assert.All(timelines.Where(t => t.AdoptedOn is not null), t => Assert.True(t.DecisionOn <= t.PlacementOrderOn && t.PlacementOrderOn <= t.MatchedOn && t.MatchedOn <= t.MovedInOn && t.MovedInOn <= t.AdoptedOn, t.ToString()));
        Assert.All(journeys.Where(j => j.MatchedOn is not null), j => Assert.True(LookedAfterCodes.AdoptersSex.Contains(j.AdoptersSex) && LookedAfterCodes.AdoptersLegalStatus.Contains(j.AdoptersLegalStatus)));
        Assert.All(journeys.Where(j => j.ReversedOn is not null), j => Assert.True(LookedAfterCodes.ReasonsNoLongerPlacedForAdoption.Contains(j.ReversalReason)));
        Assert.Contains(timelines, t => t.PlacementOrderToMatchDays > AdoptionScorecard.A2ThresholdDays);
        var scores = AdoptionScorecard.For(timelines, Today.AddYears(-3), Today);
        Assert.True(scores.Adopted > 0 && scores.A1AverageDays > 0 && scores.Waiting.Count > 0, scores.ToString());

        var orders = await db.PermanenceOrders.AsNoTracking().ToListAsync(ct);
        Assert.All(orders, o => Assert.Equal((byId[o.CarePeriodId].EndDate, "E45"), (o.MadeOn, o.ReasonCeased)));
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
