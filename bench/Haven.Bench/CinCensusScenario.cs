using System.Diagnostics;
using System.Globalization;
using Haven.Data;
using Haven.Domain.Assessments;
using Haven.Domain.Calendar;
using Haven.Domain.ChildInNeed;
using Haven.Domain.ChildProtection;
using Haven.Domain.CinCensus;
using Haven.Domain.FrontDoor;
using Haven.Domain.People;
using Haven.Web.Features.CinCensus;
using Haven.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Haven.Bench;

/// <summary>
/// Builds and validates the CIN census of an authority with N children in the return (default 100,000): the
/// export streams from the database to a file, then the DfE rules and the census figures read the file back.
/// The database is generated once, in this process; the timed run is a fresh process, so its peak memory is
/// the export and validation alone.
/// </summary>
public static class CinCensusScenario
{
    private static readonly CensusPeriod Period = CensusPeriod.YearEnding(2026);

    public static async Task<int> RunAsync(string[] args)
    {
        var children = args.Length > 1 && args[0] == "--children" ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100_000;
        var database = HavenDatabase.Parse(Environment.GetEnvironmentVariable("HAVEN_BENCH_DATABASE") ?? Path.Combine(Path.GetTempPath(), $"haven-bench-cin-{children}.db"));
        if (!args.Contains("--measure"))
        {
            await using (var db = database.CreateContext())
            {
                await db.Database.MigrateAsync();
                if (!await db.Referrals.AnyAsync())
                {
                    var watch = Stopwatch.StartNew();
                    await GenerateAsync(db, children);
                    Console.WriteLine($"Generated {children:N0} children with census records in {watch.Elapsed.TotalSeconds:N1} s");
                }
            }
            // Measure in a fresh process so that its peak memory is not the generator's.
            var self = Environment.GetCommandLineArgs()[0];
            var start = new ProcessStartInfo(Environment.ProcessPath!) { UseShellExecute = false };
            if (self.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            {
                start.ArgumentList.Add(self);
            }
            foreach (var a in new[] { "cin-census", "--children", children.ToString(CultureInfo.InvariantCulture), "--measure" })
            {
                start.ArgumentList.Add(a);
            }
            using var child = Process.Start(start)!;
            await child.WaitForExitAsync();
            return child.ExitCode;
        }

        var path = Path.Combine(Path.GetTempPath(), $"haven-bench-cin-{children}.xml");
        var total = Stopwatch.StartNew();
        await using (var db = database.CreateContext())
        {
            var exporter = new CinCensusExporter(new CinCensusRecords(db), Options.Create(new HavenOptions()), TimeProvider.System);
            await using var output = File.Create(path);
            await exporter.WriteAsync(output, Period, CancellationToken.None);
        }
        var exported = total.Elapsed;
        CinValidationResult result;
        await using (var input = File.OpenRead(path))
        {
            result = new CinCensusValidator().Validate(input);
        }
        var validated = total.Elapsed - exported;
        var figures = new CinCensusFigures(Period);
        await using (var input = File.OpenRead(path))
        {
            using var reader = CinCensusReader.Open(input);
            foreach (var c in reader.ReadChildren())
            {
                figures.Add(c, WorkingDayCalendar.EnglandAndWales);
            }
        }
        var counted = total.Elapsed - exported - validated;
        var peak = Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0;
        Console.WriteLine($"CIN census on {database.Describe()}: {result.ChildCount:N0} children, {new FileInfo(path).Length / 1024.0 / 1024.0:N1} MB of XML");
        Console.WriteLine($"  export from the record  {exported.TotalSeconds,6:N1} s");
        Console.WriteLine($"  DfE rules (109)         {validated.TotalSeconds,6:N1} s   {result.Issues.Count(i => i.Level == CinRuleLevel.Error):N0} errors, {result.Issues.Count(i => i.Level == CinRuleLevel.Query):N0} queries");
        Console.WriteLine($"  census figures          {counted.TotalSeconds,6:N1} s   {figures.Referrals:N0} referrals, {figures.ChildProtectionPlansStarted:N0} CP plans started");
        Console.WriteLine($"  total                   {total.Elapsed.TotalSeconds,6:N1} s   peak working set {peak:N0} MB");
        foreach (var rule in result.Issues.GroupBy(i => i.RuleId).OrderByDescending(g => g.Count()).Take(5))
        {
            Console.WriteLine($"    {rule.Key,-6} {rule.Count(),7:N0}  {rule.First().Message}");
        }
        File.Delete(path);
        return 0;
    }

    private static string NewUpn(Random random, HashSet<string> used)
    {
        string upn;
        do
        {
            upn = UniquePupilNumber.Generate(random, 1).Value;
        }
        while (!used.Add(upn));
        return upn;
    }

    /// <summary>
    /// Children referred in the census year along the whole journey at roughly national rates, written in batches.
    /// Dates follow the statutory rules, so the return should pass the DfE's error-level rules.
    /// </summary>
    private static async Task GenerateAsync(HavenDbContext db, int children)
    {
        var calendar = WorkingDayCalendar.EnglandAndWales;
        var random = new Random(20261125);
        var ethnicities = new[] { "WBRI", "WBRI", "WBRI", "WOTH", "MWBC", "AIND", "APKN", "BAFR", "BCRB", "OOTH" };
        var disabilities = new[] { "NONE", "NONE", "NONE", "NONE", "LD", "AUT", "COMM", "BEH", "MOB", "HAND", "PC", "INC", "HEAR", "VIS", "CON", "DDA" };
        var categories = new[] { "NEG", "NEG", "NEG", "NEG", "NEG", "EMO", "EMO", "EMO", "EMO", "PHY", "SAB", "MUL" };
        var factors = new[] { "1B", "2B", "3A", "3B", "4B", "5B", "6B", "16A", "17A", "18C", "10A", "11A", "14A", "15A", "24A" };
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var now = DateTime.UtcNow;
        // Random serials collide among 100,000 children; a real authority's UPNs do not (rule 1520).
        var upns = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < children; i++)
        {
            var dob = new DateOnly(2008, 1, 1).AddDays(random.Next(17 * 365));
            var person = new Person
            {
                Id = Guid.NewGuid(), LaPersonId = "B" + i.ToString("D8", CultureInfo.InvariantCulture), Kind = PersonKind.Child,
                FirstName = "Bench", LastName = "Child" + i.ToString(CultureInfo.InvariantCulture), DateOfBirth = dob,
                Sex = random.Next(2) == 0 ? Sex.Female : Sex.Male, EthnicityCode = ethnicities[random.Next(ethnicities.Length)],
                DisabilityCodes = disabilities[random.Next(disabilities.Length)], CreatedAtUtc = now,
                UniquePupilNumber = dob < new DateOnly(2020, 9, 1) ? NewUpn(random, upns) : null,
            };
            db.People.Add(person);
            var referred = calendar.AddWorkingDays(Period.Start.AddDays(random.Next(330)), 0);
            if (!calendar.IsWorkingDay(referred))
            {
                referred = calendar.AddWorkingDays(referred, 1);
            }
            var referral = new Referral { Id = Guid.NewGuid(), PersonId = person.Id, ReferralDate = referred, SourceCode = "2A", PrimaryNeedCode = "N1" };
            db.Referrals.Add(referral);
            var roll = random.NextDouble();
            if (roll < 0.08)
            {
                referral.NoFurtherAction = true;
                referral.ClosedOn = referred;
                // RC8 and RC9 mean closed after an assessment (rule 8825Q); a referral closed without one is RC7.
                referral.ReasonForClosure = "RC7";
                continue;
            }
            var assessmentStart = calendar.AddWorkingDays(referred, random.Next(3));
            var authorised = calendar.AddWorkingDays(referred, 20 + random.Next(30));
            db.Assessments.Add(new Assessment
            {
                Id = Guid.NewGuid(), PersonId = person.Id, ReferralId = referral.Id, StartDate = assessmentStart, TimescaleWorkingDays = 45,
                AuthorisedOn = authorised <= Period.End ? authorised : null, Factors = [.. new[] { factors[random.Next(factors.Length)], factors[random.Next(factors.Length)] }.Distinct()],
            });
            if (roll < 0.25)
            {
                var start = calendar.AddWorkingDays(referred, 1);
                var s47 = new Section47Enquiry { Id = Guid.NewGuid(), PersonId = person.Id, ReferralId = referral.Id, StartDate = start };
                db.Section47Enquiries.Add(s47);
                var icpc = calendar.AddWorkingDays(start, 8 + random.Next(10));
                if (roll < 0.15 && icpc <= Period.End)
                {
                    s47.Outcome = Section47Outcome.ConferenceRequired;
                    s47.CompletedOn = icpc;
                    var category = categories[random.Next(categories.Length)];
                    var plan = new ChildProtectionPlan { Id = Guid.NewGuid(), PersonId = person.Id, ReferralId = referral.Id, StartDate = icpc, InitialCategory = category, LatestCategory = category, NumberOfPreviousPlans = random.Next(10) == 0 ? 1 : 0 };
                    db.ChildProtectionPlans.Add(plan);
                    db.ChildProtectionConferences.Add(new ChildProtectionConference { Id = Guid.NewGuid(), PersonId = person.Id, ReferralId = referral.Id, Type = ConferenceType.Initial, Section47Id = s47.Id, ChildProtectionPlanId = plan.Id, ScheduledFor = icpc, HeldOn = icpc, Decision = ConferenceDecision.ChildProtectionPlan, Category = category });
                    var review = calendar.AddWorkingDays(icpc.AddMonths(3), -1);
                    if (review <= Period.End)
                    {
                        db.ChildProtectionConferences.Add(new ChildProtectionConference { Id = Guid.NewGuid(), PersonId = person.Id, ReferralId = referral.Id, Type = ConferenceType.Review, ChildProtectionPlanId = plan.Id, ScheduledFor = review, HeldOn = review, Decision = ConferenceDecision.PlanContinues, Category = category });
                    }
                }
                else
                {
                    s47.Outcome = Section47Outcome.NotSubstantiatedChildInNeed;
                    s47.CompletedOn = calendar.AddWorkingDays(start, 10);
                }
            }
            else if (roll < 0.45 && authorised <= Period.End)
            {
                db.ChildInNeedPlans.Add(new ChildInNeedPlan { Id = Guid.NewGuid(), PersonId = person.Id, ReferralId = referral.Id, StartDate = authorised });
            }
            else if (authorised.AddDays(14) <= Period.End)
            {
                referral.ClosedOn = authorised.AddDays(14);
                referral.ReasonForClosure = "RC7";
            }
            if (i % 2000 == 1999)
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
