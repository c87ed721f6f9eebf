using System.Diagnostics;
using Haven.Data;
using Haven.Data.Demo;
using Haven.Domain.Calendar;
using Haven.Domain.LookedAfter;
using Haven.Web.Features.LookedAfter;
using Haven.Web.Features.LookedAfter.Health;
using Haven.Web.Features.LookedAfter.Reviews;
using Haven.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Haven.Bench;

/// <summary>
/// Times what the care record page (<c>/people/{id}/care</c>) waits for, for the hardest child the issue names: 15
/// years in care and 40 placements (with three legal statuses and a review every six months). A small demo authority
/// is generated for the register, the IROs and the rest of the database; the child is one of its 16-year-olds. Each
/// measure runs 5 times to warm up, then 20 times on a fresh DbContext, reporting the median and 95th percentile.
/// </summary>
public static class CareRecordScenario
{
    private const int Placements = 40;

    public static async Task<int> RunAsync()
    {
        var database = HavenDatabase.Parse(Environment.GetEnvironmentVariable("HAVEN_BENCH_DATABASE") ?? Path.Combine(Path.GetTempPath(), "haven-bench-care-record.db"));
        var today = UkClock.Today(TimeProvider.System);
        Guid personId;
        await using (var db = database.CreateContext())
        {
            await db.Database.MigrateAsync();
            if (!await db.People.AnyAsync())
            {
                var now = DateTime.UtcNow;
                await DemoAuthorityGenerator.GenerateAsync(db, new DemoOptions(300), new PasswordHasher<ApplicationUser>(), today, now, null, CancellationToken.None);
            }
            personId = await LongestInCareAsync(db, today);
        }

        var measures = new (string Name, Func<HavenDbContext, Task> Run)[]
        {
            ("periods (RecordLoader)", async db => await new RecordLoader(db).CarePeriodsAsync(personId, CancellationToken.None)),
            ("periods + episodes, stability, distances", async db => await CareRecordAsync(db, personId, today)),
            ("the whole care record page's data", async db =>
            {
                var periods = await CareRecordAsync(db, personId, today);
                var person = await db.People.AsNoTracking().SingleAsync(p => p.Id == personId);
                _ = await CareReviewsPart.ForPeriodAsync(db, periods[^1], today, CancellationToken.None);
                _ = await CareHealthSummary.ForPeriodsAsync(db, person, periods, today, CancellationToken.None);
            }),
        };
        await using (var db = database.CreateContext())
        {
            var periods = await new RecordLoader(db).CarePeriodsAsync(personId, CancellationToken.None);
            var view = await CareRecordAsync(db, personId, today);
            Console.WriteLine($"Care record of one child on {database.Describe()}: in care since {periods[0].StartDate:d MMM yyyy}, {periods.Sum(p => p.Placements.Count)} placements, "
                + $"{periods.Sum(p => p.LegalStatuses.Count)} legal statuses, {periods.Sum(p => CareEpisodes.From(p.ToPeriodOfCare()).Count)} SSDA903 episodes, "
                + $"{await db.CareReviews.CountAsync(r => r.PersonId == personId)} reviews; 20 runs each after 5 warm-up:");
        }
        Console.WriteLine($"{"what",-42} {"median ms",10} {"p95 ms",8} {"max ms",8}");
        foreach (var (name, run) in measures)
        {
            var times = new List<double>();
            for (var i = 0; i < 25; i++)
            {
                await using var db = database.CreateContext();
                var watch = Stopwatch.StartNew();
                await run(db);
                if (i >= 5)
                {
                    times.Add(watch.Elapsed.TotalMilliseconds);
                }
            }
            times.Sort();
            Console.WriteLine($"{name,-42} {times[times.Count / 2],10:N1} {times[(int)Math.Ceiling(times.Count * 0.95) - 1],8:N1} {times[^1],8:N1}");
        }
        return 0;
    }

    /// <summary>What the page's own LoadAsync does first: the periods, the postcode centroids, then the view worked out from them.</summary>
    private static async Task<List<CarePeriod>> CareRecordAsync(HavenDbContext db, Guid personId, DateOnly today)
    {
        var periods = await new RecordLoader(db).CarePeriodsAsync(personId, CancellationToken.None);
        var postcodes = CareRecordView.PostcodesOf(periods);
        var centroids = await db.PostcodeCentroids.AsNoTracking().Where(c => postcodes.Contains(c.Postcode)).ToDictionaryAsync(c => c.Postcode);
        var bornOn = await db.People.Where(p => p.Id == personId).Select(p => p.DateOfBirth).SingleAsync();
        _ = CareRecordView.Build(periods, centroids, bornOn, today);
        return periods;
    }

    /// <summary>The bench child, made once: a 16-year-old in care since their first birthday, moved every four and a half months.</summary>
    private static async Task<Guid> LongestInCareAsync(HavenDbContext db, DateOnly today)
    {
        var existing = await db.Placements.GroupBy(p => p.PersonId).Where(g => g.Count() >= Placements).Select(g => g.Key).FirstOrDefaultAsync();
        if (existing != Guid.Empty)
        {
            return existing;
        }
        var inCare = await db.CarePeriods.Select(p => p.PersonId).ToListAsync();
        var child = await db.People.Where(p => p.Kind == Haven.Domain.People.PersonKind.Child && p.DateOfBirth != null
                && p.DateOfBirth <= today.AddYears(-16) && p.DateOfBirth > today.AddYears(-17) && !inCare.Contains(p.Id))
            .OrderBy(p => p.LaPersonId).FirstAsync();
        var start = child.DateOfBirth!.Value.AddYears(1);
        var carers = await db.Carers.Where(c => c.Approval == CarerApproval.Approved).OrderBy(c => c.Name).ToListAsync();
        var referral = new Haven.Domain.FrontDoor.Referral { Id = Guid.NewGuid(), PersonId = child.Id, ReferralDate = start, SourceCode = "6", PrimaryNeedCode = "N1" };
        var period = new CarePeriod
        {
            Id = Guid.NewGuid(), PersonId = child.Id, ReferralId = referral.Id, StartDate = start, EntryRoute = CareEntryRoute.PoliceProtection,
            DecisionBy = "Bench", DecisionOn = start, DecisionRationale = "Benchmark child", CategoryOfNeed = "N1", HomePostcode = carers[0].Postcode,
            CarePlanDueOn = WorkingDayCalendar.EnglandAndWales.AddWorkingDays(start, 10), IroUserId = null, RecordedByUserId = "bench", RecordedByName = "Bench",
        };
        foreach (var (days, code) in new[] { (0, "L1"), (2, "C1"), (200, "C2") })
        {
            period.LegalStatuses.Add(new CareLegalStatus { Id = Guid.NewGuid(), CarePeriodId = period.Id, From = start.AddDays(days), Code = code, RecordedByUserId = "bench", RecordedByName = "Bench" });
        }
        var every = (today.DayNumber - start.DayNumber) / Placements;
        for (var i = 0; i < Placements; i++)
        {
            var carer = carers[i % carers.Count];
            period.Placements.Add(new Placement
            {
                Id = Guid.NewGuid(), CarePeriodId = period.Id, PersonId = child.Id, StartDate = start.AddDays(i * every),
                EndDate = i + 1 < Placements ? start.AddDays((i + 1) * every) : null, ReasonForChange = i + 1 < Placements ? "CARPL" : null, MovePlanned = true,
                PlacementType = "U6", ProviderCode = carer.ProviderCode, CarerId = carer.Id, CarerName = carer.Name, Postcode = carer.Postcode, Urn = carer.Urn,
                RecordedByUserId = "bench", RecordedByName = "Bench",
            });
        }
        db.Referrals.Add(referral);
        db.CarePeriods.Add(period);
        for (var held = start.AddDays(20); held <= today; held = held.AddMonths(6))
        {
            db.CareReviews.Add(new CareReview
            {
                Id = Guid.NewGuid(), PersonId = child.Id, CarePeriodId = period.Id, HeldOn = held, ChairUserId = "bench", ChairName = "Bench", Participation = "PN1",
                ChildsViews = "Views", Decisions = "Decisions", RecordedByUserId = "bench", RecordedByName = "Bench",
            });
        }
        await db.SaveChangesAsync();
        return child.Id;
    }
}
