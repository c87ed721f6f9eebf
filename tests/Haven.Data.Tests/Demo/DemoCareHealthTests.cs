using Haven.Data.Demo;
using Haven.Domain.Calendar;
using Haven.Domain.Events;
using Haven.Domain.LookedAfter;
using Haven.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace Haven.Data.Tests.Demo;

/// <summary>
/// The demo's health, education and missing records for children in care. The periods of care come from the care
/// record's own generator (another branch); here 80 periods are written for children with an episode, as it would.
/// </summary>
public sealed class DemoCareHealthTests
{
    private static readonly DateOnly Today = DemoDatabase.Today;
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;

    [Fact]
    public async Task Every_list_has_something_true_to_show_and_nothing_breaks_the_rules()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var demo = await DemoDatabase.CreateAsync(400, new DemoOptions().Seed);
        await demo.RemoveCareRecordsAsync(ct);
        await using var db = demo.CreateContext();
        var episodes = await db.Referrals.AsNoTracking()
            .Join(db.People.Where(p => p.Kind == PersonKind.Child && p.DateOfBirth != null), r => r.PersonId, p => p.Id, (r, p) => new { r.Id, r.PersonId, p.DateOfBirth })
            .ToListAsync(ct);
        var periods = episodes.DistinctBy(e => e.PersonId).Take(80).Select((e, i) => new CarePeriod
        {
            Id = Guid.NewGuid(), PersonId = e.PersonId, ReferralId = e.Id,
            // From a few weeks to four years in care, none before birth.
            StartDate = Max(Today.AddDays(-(20 + ((i * 97) % 1460))), e.DateOfBirth!.Value),
            EntryRoute = CareEntryRoute.Accommodation, DecisionBy = "Helen Ashby", DecisionRationale = "Demo", CategoryOfNeed = "N1",
            RecordedByUserId = "system", RecordedByName = "Demo data generator",
        }).ToList();
        db.CarePeriods.AddRange(periods);
        await db.SaveChangesAsync(ct);

        // The demo's own care records were taken out above, but their events stay (the history is append-only): count from here.
        var earlier = await EventCountsAsync(db, ct);
        var result = await new DemoCareHealth(db, demo.Options.Seed, Today, DemoDatabase.NowUtc).GenerateAsync(ct);
        Assert.True(result is { HealthChecks: > 0, EducationPlans: > 0, MissingEpisodes: > 0, AdvocacyOffers: > 0 }, result.ToString());

        var checks = await db.HealthChecks.AsNoTracking().ToListAsync(ct);
        var plans = await db.EducationPlans.AsNoTracking().ToListAsync(ct);
        var missing = await db.MissingEpisodes.AsNoTracking().ToListAsync(ct);
        var born = await db.People.AsNoTracking().Where(p => p.DateOfBirth != null).ToDictionaryAsync(p => p.Id, p => p.DateOfBirth!.Value, ct);
        var byId = periods.ToDictionary(p => p.Id);

        // Every record is inside its period of care, not in the future, and passes the rule the pages use.
        Assert.All(checks, h => Assert.True(CareHealthRules.CheckHealth(h.Kind, h.DoneOn, h.UpToDate, h.Score, h.Camhs, byId[h.CarePeriodId].StartDate, Today).IsValid));
        Assert.All(plans, e => Assert.True(CareHealthRules.CheckEducationPlan(e.HeldOn, e.SchoolName, e.SchoolUrn, e.VirtualSchoolContact, e.AttendancePercent, e.Sen,
            byId[e.CarePeriodId].StartDate, Today).IsValid));
        Assert.All(missing, m =>
        {
            Assert.True(m.StartedAtUtc <= DemoDatabase.NowUtc && UkClock.DateOf(m.StartedAtUtc) >= byId[m.CarePeriodId!.Value].StartDate);
            if (m.HasReturned)
            {
                Assert.True(CareHealthRules.CheckReturn(m, m.ReturnedAtUtc, m.WhereFound, m.Screening, DemoDatabase.NowUtc).IsValid);
                Assert.True(CareHealthRules.CheckInterview(m, m.InterviewOfferedAtUtc, m.InterviewOfferedBy, m.InterviewHeldAtUtc, m.InterviewHeldBy, m.InterviewOutcome, DemoDatabase.NowUtc).IsValid);
            }
        });

        // Health assessments: most in time, some late, some children overdue now.
        var healthStates = periods.SelectMany(p => CareHealthTimescales.HealthAssessmentHistory(p.ToPeriodOfCare(), born[p.PersonId],
            checks.Where(h => h.CarePeriodId == p.Id && h.Kind is HealthCheckKind.InitialHealthAssessment or HealthCheckKind.ReviewHealthAssessment).Select(h => h.DoneOn), Today, Calendar))
            .Select(s => s.State).ToList();
        Assert.Contains(TimescaleState.CompletedInTime, healthStates);
        Assert.Contains(TimescaleState.CompletedLate, healthStates);
        Assert.Contains(TimescaleState.Overdue, healthStates);
        Assert.True(healthStates.Count(s => s == TimescaleState.CompletedInTime) > healthStates.Count(s => s == TimescaleState.CompletedLate));

        var pepStates = periods.SelectMany(p => CareHealthTimescales.EducationPlanHistory(p.ToPeriodOfCare(), born[p.PersonId],
            plans.Where(e => e.CarePeriodId == p.Id).Select(e => e.HeldOn), Today, Calendar)).Select(s => s.State).ToList();
        Assert.Contains(TimescaleState.CompletedInTime, pepStates);
        Assert.Contains(TimescaleState.CompletedLate, pepStates);

        var interviews = missing.Select(m => CareHealthTimescales.ReturnInterview(m, Today, Calendar)?.State).ToList();
        Assert.Contains(interviews, s => s == TimescaleState.CompletedInTime);
        Assert.Contains(interviews, s => s is TimescaleState.CompletedLate or TimescaleState.Overdue);
        Assert.All(checks.Where(h => h.Kind == HealthCheckKind.StrengthsAndDifficulties), h => Assert.InRange(h.Score!.Value, 0, 40));

        // Each record has its event, once.
        var events = await EventCountsAsync(db, ct);
        Assert.Equal(checks.Count, events[CaseEventTypes.HealthCheckRecorded] - earlier.GetValueOrDefault(CaseEventTypes.HealthCheckRecorded));
        Assert.Equal(plans.Count, events[CaseEventTypes.EducationPlanRecorded] - earlier.GetValueOrDefault(CaseEventTypes.EducationPlanRecorded));
        Assert.Equal(missing.Count, events[CaseEventTypes.MissingEpisodeReported] - earlier.GetValueOrDefault(CaseEventTypes.MissingEpisodeReported));
    }

    private static Task<Dictionary<string, int>> EventCountsAsync(Haven.Data.HavenDbContext db, CancellationToken ct) =>
        db.CaseEvents.AsNoTracking().Where(e => e.Type == CaseEventTypes.HealthCheckRecorded || e.Type == CaseEventTypes.EducationPlanRecorded
            || e.Type == CaseEventTypes.MissingEpisodeReported).GroupBy(e => e.Type).ToDictionaryAsync(g => g.Key, g => g.Count(), ct);

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
