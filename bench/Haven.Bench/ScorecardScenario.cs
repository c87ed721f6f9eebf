using System.Diagnostics;
using System.Globalization;
using Haven.Data;
using Haven.Domain.Assessments;
using Haven.Domain.Calendar;
using Haven.Domain.ChildProtection;
using Haven.Domain.FrontDoor;
using Haven.Domain.LookedAfter;
using Haven.Domain.People;
using Haven.Domain.Performance;
using Haven.Web.Features.Performance;
using Haven.Web.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace Haven.Bench;

/// <summary>
/// The full-year scorecard (and one drill-down) on a generated authority with a long history: by default 25,000
/// referrals a year for 20 years ending March 2026, with assessments, section 47 enquiries, conferences, child
/// protection plans (some lasting two years or more, some repeats) and periods of care with placements. The
/// database is generated once; the timed part reads it as the scorecard page does.
/// </summary>
public static class ScorecardScenario
{
    private const int LastYearEnding = 2026;

    public static async Task<int> RunAsync(string[] args)
    {
        var years = Option(args, "--years", 20);
        var perYear = Option(args, "--referrals", 25_000);
        var database = HavenDatabase.Parse(Environment.GetEnvironmentVariable("HAVEN_BENCH_DATABASE")
            ?? Path.Combine(Path.GetTempPath(), $"haven-bench-scorecard-{years}x{perYear}.db"));
        await using (var db = database.CreateContext())
        {
            await db.Database.MigrateAsync();
            if (!await db.Referrals.AnyAsync())
            {
                var watch = Stopwatch.StartNew();
                await GenerateAsync(db, years, perYear);
                Console.WriteLine($"Generated {years} years of {perYear:N0} referrals a year in {watch.Elapsed.TotalSeconds:N1} s");
            }
        }

        for (var run = 1; run <= 3; run++)
        {
            await using var db = database.CreateContext();
            var service = new ScorecardService(db, new ScorecardRecords(db), null!, new CurrentUser(new HttpContextAccessor()), TimeProvider.System);
            var watch = Stopwatch.StartNew();
            var card = await service.YearAsync(LastYearEnding, CancellationToken.None);
            var scorecard = watch.Elapsed;
            watch.Restart();
            var figure = await service.FigureAsync(Indicators.ReReferrals, ReportingPeriod.Year(LastYearEnding), CancellationToken.None);
            var ids = figure.Children.Denominator!.Select(c => c.PersonId).Distinct().ToList();
            var names = await db.People.AsNoTracking().Where(p => ids.Contains(p.Id)).Select(p => new { p.Id, p.FirstName, p.LastName }).ToListAsync();
            var drill = watch.Elapsed;
            var referrals = card.Rows.Single(r => r.Indicator.Id == "K02").Year!.Numerator;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Run {run} on {database.Describe()}: scorecard {LastYearEnding - 1}-{LastYearEnding % 100:00} ({card.Rows.Count} indicators, {referrals:N0} referrals in the year, two previous outturns) {scorecard.TotalSeconds:N2} s; K04 drill-down ({figure.Denominator:N0} referrals, {names.Count:N0} children named) {drill.TotalSeconds:N2} s"));
        }
        return 0;
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }

    /// <summary>
    /// Referrals spread over each year; about a fifth of children are referred again within two years (so there are
    /// re-referrals), and an eighth of referrals lead to a plan lasting three months to three years.
    /// </summary>
    private static async Task GenerateAsync(HavenDbContext db, int years, int perYear)
    {
        var holidays = WorkingDayCalendar.EnglandAndWales;
        // The bank-holiday table starts in 2010; twenty years of history go back further, where weekdays will do.
        bool IsWorkingDay(DateOnly d) => d.Year >= holidays.FirstYear ? holidays.IsWorkingDay(d) : d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
        DateOnly AddWorkingDays(DateOnly d, int n) => d.Year > holidays.FirstYear ? holidays.AddWorkingDays(d, n) : d.AddDays(n + n / 5 * 2);
        var random = new Random(20261206);
        var categories = new[] { "NEG", "NEG", "NEG", "NEG", "EMO", "EMO", "EMO", "PHY", "SAB", "MUL" };
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var now = DateTime.UtcNow;
        var firstDay = new DateOnly(LastYearEnding - years, 4, 1);
        var lastDay = new DateOnly(LastYearEnding, 3, 31);
        var days = lastDay.DayNumber - firstDay.DayNumber;
        var total = years * perYear;
        var people = new List<Guid>();
        var carer = Guid.NewGuid();
        db.Carers.Add(new Carer { Id = carer, Name = "Bench foster carers", ProviderCode = "PR1" });
        for (var i = 0; i < total; i++)
        {
            Guid personId;
            if (people.Count > 100 && random.NextDouble() < 0.2)
            {
                personId = people[random.Next(Math.Max(0, people.Count - 20_000), people.Count)];
            }
            else
            {
                personId = Guid.NewGuid();
                people.Add(personId);
                db.People.Add(new Person
                {
                    Id = personId, LaPersonId = "S" + people.Count.ToString("D8", CultureInfo.InvariantCulture), Kind = PersonKind.Child,
                    FirstName = "Bench", LastName = "Child" + people.Count.ToString(CultureInfo.InvariantCulture),
                    DateOfBirth = firstDay.AddDays((int)((long)i * days / total)).AddYears(-random.Next(1, 15)), Sex = Sex.Female, CreatedAtUtc = now,
                });
            }
            var referred = firstDay.AddDays((int)((long)i * days / total));
            if (!IsWorkingDay(referred))
            {
                referred = AddWorkingDays(referred, 1);
            }
            var closed = random.NextDouble() < 0.97 ? referred.AddDays(30 + random.Next(400)) : (DateOnly?)null;
            var referral = new Referral { Id = Guid.NewGuid(), PersonId = personId, ReferralDate = referred, ClosedOn = closed, SourceCode = "2A", PrimaryNeedCode = "N1" };
            db.Referrals.Add(referral);
            var start = AddWorkingDays(referred, random.Next(3));
            db.Assessments.Add(new Assessment
            {
                Id = Guid.NewGuid(), PersonId = personId, ReferralId = referral.Id, StartDate = start, TimescaleWorkingDays = 45,
                AuthorisedOn = AddWorkingDays(start, 15 + random.Next(40)),
            });
            var roll = random.NextDouble();
            if (roll < 0.25)
            {
                var s47 = new Section47Enquiry { Id = Guid.NewGuid(), PersonId = personId, ReferralId = referral.Id, StartDate = AddWorkingDays(referred, 1) };
                db.Section47Enquiries.Add(s47);
                if (roll < 0.12)
                {
                    var icpc = AddWorkingDays(s47.StartDate, 8 + random.Next(12));
                    var category = categories[random.Next(categories.Length)];
                    var ended = icpc.AddDays(90 + random.Next(1000));
                    var plan = new ChildProtectionPlan
                    {
                        Id = Guid.NewGuid(), PersonId = personId, ReferralId = referral.Id, StartDate = icpc, InitialCategory = category, LatestCategory = category,
                        EndDate = ended <= lastDay ? ended : null, EndReason = ended <= lastDay ? PlanEndReason.SteppedDownToChildInNeed : null,
                    };
                    db.ChildProtectionPlans.Add(plan);
                    db.ChildProtectionConferences.Add(new ChildProtectionConference
                    {
                        Id = Guid.NewGuid(), PersonId = personId, ReferralId = referral.Id, Type = ConferenceType.Initial, Section47Id = s47.Id,
                        ChildProtectionPlanId = plan.Id, ScheduledFor = icpc, HeldOn = icpc, Decision = ConferenceDecision.ChildProtectionPlan, Category = category,
                    });
                }
            }
            else if (roll > 0.98)
            {
                var entered = AddWorkingDays(referred, 5);
                var left = entered.AddDays(200 + random.Next(2000));
                var period = new CarePeriod
                {
                    Id = Guid.NewGuid(), PersonId = personId, ReferralId = referral.Id, StartDate = entered, DecisionBy = "Head of service", DecisionOn = entered,
                    DecisionRationale = "Bench", CategoryOfNeed = "N1", CarePlanDueOn = entered.AddDays(10), RecordedByUserId = "bench", RecordedByName = "Bench",
                    EndDate = left <= lastDay ? left : null, ReasonCeased = left <= lastDay ? "E13" : null,
                };
                period.LegalStatuses.Add(new CareLegalStatus { Id = Guid.NewGuid(), CarePeriodId = period.Id, From = entered, Code = "C2", RecordedByUserId = "bench", RecordedByName = "Bench" });
                var moved = entered.AddDays(100 + random.Next(400));
                period.Placements.Add(new Placement { Id = Guid.NewGuid(), CarePeriodId = period.Id, PersonId = personId, StartDate = entered, EndDate = moved, PlacementType = "U4", ProviderCode = "PR1", CarerId = carer, CarerName = "Bench foster carers", RecordedByUserId = "bench", RecordedByName = "Bench" });
                period.Placements.Add(new Placement { Id = Guid.NewGuid(), CarePeriodId = period.Id, PersonId = personId, StartDate = moved, EndDate = period.EndDate, PlacementType = "U4", ProviderCode = "PR1", CarerId = carer, CarerName = "Bench foster carers", RecordedByUserId = "bench", RecordedByName = "Bench" });
                db.CarePeriods.Add(period);
            }
            if (i % 5000 == 4999)
            {
                db.ChangeTracker.DetectChanges();
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
            }
        }
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
    }
}
