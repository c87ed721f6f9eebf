using Haven.Data.Demo;
using Haven.Domain.Calendar;
using Haven.Domain.CaseRecording;
using Haven.Domain.LookedAfter;
using Microsoft.EntityFrameworkCore;

namespace Haven.Data.Tests.Demo;

/// <summary>
/// The reviews generator over periods of care it did not make (as after the care record's own generator): every period
/// gets an IRO, reviews on the statutory schedule (some late, none before entry or after today), plans and visits.
/// </summary>
public sealed class DemoCareReviewsTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;
    private static readonly DateOnly Today = DemoDatabase.Today;

    [Fact]
    public async Task Periods_of_care_get_an_IRO_reviews_some_late_plans_and_visits_that_the_rules_accept()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var demo = await DemoDatabase.CreateAsync(300, 4242);
        await demo.RemoveCareRecordsAsync(ct);
        await using var db = demo.CreateContext();
        var episodes = await db.Referrals.AsNoTracking().Where(r => r.ClosedOn == null).OrderBy(r => r.Id).Take(40).ToListAsync(ct);
        Assert.True(episodes.Count >= 20, "the demo has open episodes to put children in care on");
        foreach (var (episode, i) in episodes.Select((e, i) => (e, i)))
        {
            // Entries spread over three years; every fourth child moved after a month; every fifth has left care.
            var start = Today.AddDays(-30 - (i * 27));
            var period = new CarePeriod
            {
                Id = Guid.NewGuid(), PersonId = episode.PersonId, ReferralId = episode.Id, StartDate = start, EntryRoute = CareEntryRoute.EmergencyAccommodation,
                DecisionBy = "Head of service", DecisionOn = start, DecisionRationale = "Test", CategoryOfNeed = "N1", CarePlanDueOn = Calendar.AddWorkingDays(start, 10),
                RecordedByUserId = "test", RecordedByName = "Test", EndDate = i % 5 == 4 ? start.AddDays(200) : null, ReasonCeased = i % 5 == 4 ? "E13" : null,
            };
            if (period.EndDate > Today)
            {
                (period.EndDate, period.ReasonCeased) = (null, null);
            }
            period.LegalStatuses.Add(new CareLegalStatus { Id = Guid.NewGuid(), CarePeriodId = period.Id, From = start, Code = "V2", RecordedByUserId = "test", RecordedByName = "Test" });
            var moved = i % 4 == 0 ? start.AddDays(30) : (DateOnly?)null;
            period.Placements.Add(new Placement
            {
                Id = Guid.NewGuid(), CarePeriodId = period.Id, PersonId = period.PersonId, StartDate = start, EndDate = moved ?? period.EndDate, PlacementType = "U6",
                ProviderCode = "PR1", CarerName = "Emergency carers", RecordedByUserId = "test", RecordedByName = "Test",
            });
            if (moved is { } m)
            {
                period.Placements.Add(new Placement
                {
                    Id = Guid.NewGuid(), CarePeriodId = period.Id, PersonId = period.PersonId, StartDate = m, EndDate = period.EndDate, PlacementType = "U4",
                    ProviderCode = "PR1", CarerName = "Long-term carers", RecordedByUserId = "test", RecordedByName = "Test",
                });
            }
            db.CarePeriods.Add(period);
        }
        await db.SaveChangesAsync(ct);

        var result = await new DemoCareReviews(db, 4242, Today, DemoDatabase.NowUtc).GenerateAsync(ct);

        await using var read = demo.CreateContext();
        var periods = await read.CarePeriods.AsNoTracking().Include(p => p.LegalStatuses).Include(p => p.Placements).AsSplitQuery().ToListAsync(ct);
        var reviews = await read.CareReviews.AsNoTracking().Include(x => x.Recommendations).ToListAsync(ct);
        Assert.All(periods, p => Assert.NotNull(p.IroUserId));
        Assert.Equal(result.Reviews, reviews.Count);
        Assert.True(result.HeldLate > 0, "some reviews were held late");
        Assert.True(result.HeldLate < result.Reviews / 2, "most reviews were held in time");
        foreach (var p in periods)
        {
            var mine = reviews.Where(x => x.CarePeriodId == p.Id).OrderBy(x => x.HeldOn).ToList();
            Assert.All(mine, x => Assert.True(CareRules.CheckReview(x.HeldOn, x.Participation, p.ToPeriodOfCare(), Today).IsValid, $"{x.HeldOn} for a period from {p.StartDate}"));
            Assert.All(mine, x => Assert.All(x.Recommendations, rec => Assert.True(rec.CompletedOn is null || rec.CompletedOn <= Today)));
        }
        // Some children's latest review is overdue today, so the IRO's list and the tray have something to chase.
        Assert.Contains(periods.Where(p => p.IsOpen), p =>
            CareTimescales.NextReviewDue(p.ToPeriodOfCare(), reviews.Where(x => x.CarePeriodId == p.Id).Select(x => x.HeldOn), Calendar) < Today);

        var visits = await read.CaseNotes.AsNoTracking().Where(n => n.VisitPurpose == VisitPurpose.LookedAfter).ToListAsync(ct);
        Assert.Equal(result.Visits, visits.Count);
        Assert.All(visits, v => Assert.True(v.ChildSeen == true && v.OccurredOn <= Today));
        Assert.True(result.CarePlans > 0 && result.PermanencePlans > 0);
        Assert.True(await read.CarePlans.CountAsync(ct) < periods.Count, "some care plans are missing, so the tray has one to show");
    }
}
