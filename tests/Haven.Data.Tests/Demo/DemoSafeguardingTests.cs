using Haven.Data.Demo;
using Haven.Domain.Calendar;
using Haven.Domain.Events;
using Haven.Domain.LookedAfter;
using Haven.Domain.Safeguarding;
using Microsoft.EntityFrameworkCore;

namespace Haven.Data.Tests.Demo;

/// <summary>
/// The demo's missing from home episodes and private fostering arrangements: there to be seen (a repeat missing child,
/// interviews in time, late and still due, visits in time and late, an ended arrangement), within the rules the pages
/// use, for children not in care, and the same for the same seed.
/// </summary>
public sealed class DemoSafeguardingTests(DemoDatabaseFixture fixture) : IClassFixture<DemoDatabaseFixture>
{
    private static readonly DateOnly Today = DemoDatabase.Today;
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;

    [Fact]
    public async Task Missing_from_home_has_a_repeat_missing_child_and_interviews_in_time_late_and_due()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = fixture.Demo.CreateContext();
        var fromHome = await db.MissingEpisodes.AsNoTracking().Where(m => m.CarePeriodId == null).ToListAsync(ct);
        Assert.NotEmpty(fromHome);
        var children = fromHome.Select(m => m.PersonId).Distinct().ToList();
        Assert.False(await db.CarePeriods.AnyAsync(p => children.Contains(p.PersonId), ct));
        Assert.Contains(fromHome.GroupBy(m => m.PersonId), g => RepeatMissing.IsRepeat(g, Today));

        var states = fromHome.Select(m => CareHealthTimescales.ReturnInterview(m, Today, Calendar)!.State).ToHashSet();
        Assert.Contains(TimescaleState.CompletedInTime, states);
        Assert.Contains(TimescaleState.CompletedLate, states);
        Assert.True(states.Contains(TimescaleState.Overdue) || states.Contains(TimescaleState.DueSoon) || states.Contains(TimescaleState.NotYetDue), string.Join(", ", states));
        Assert.All(fromHome, m =>
        {
            Assert.True(CareHealthRules.CheckMissing(m.MissingOrAway, m.StartedAtUtc, m.PoliceInformed, m.PoliceReference, null, DemoDatabase.NowUtc).IsValid);
            Assert.True(CareHealthRules.CheckReturn(m, m.ReturnedAtUtc, m.WhereFound, m.Screening, DemoDatabase.NowUtc).IsValid);
            Assert.True(CareHealthRules.CheckInterview(m, m.InterviewOfferedAtUtc, m.InterviewOfferedBy, m.InterviewHeldAtUtc, m.InterviewHeldBy, m.InterviewOutcome, DemoDatabase.NowUtc).IsValid);
        });
        var reported = await db.CaseEvents.AsNoTracking().Where(e => children.Contains(e.PersonId) && e.Type == CaseEventTypes.MissingEpisodeReported).CountAsync(ct);
        Assert.Equal(fromHome.Count, reported);
    }

    [Fact]
    public async Task Private_fostering_has_visits_in_time_and_late_an_ended_arrangement_and_nothing_that_breaks_the_rules()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = fixture.Demo.CreateContext();
        var arrangements = await db.PrivateFosteringArrangements.AsNoTracking().Include(a => a.Visits).ToListAsync(ct);
        Assert.NotEmpty(arrangements);
        Assert.Contains(arrangements, a => !a.IsOpen);
        var history = arrangements.SelectMany(a => PrivateFosteringSchedule.History(a, Today, Calendar).Where(s => s.State is TimescaleState.CompletedInTime or TimescaleState.CompletedLate)).ToList();
        Assert.Contains(history, s => s.State == TimescaleState.CompletedInTime);
        Assert.Contains(history, s => s.State == TimescaleState.CompletedLate);
        Assert.All(arrangements, a =>
        {
            Assert.True(PrivateFosteringRules.CheckNotification(a.NotifiedOn, a.NotifiedBy, a.StartedOn, a.CarerName, false, Today).IsValid);
            Assert.All(a.Visits, v => Assert.True(PrivateFosteringRules.CheckVisit(a, v.VisitedOn, Today).IsValid));
        });
        Assert.Equal(arrangements.Count, arrangements.Select(a => a.PersonId).Distinct().Count()); // one arrangement a child
        var figures = PrivateFosteringFigures.For(arrangements, Haven.Domain.CinCensus.CensusPeriod.YearEnding(2027), Calendar);
        Assert.True(figures.Notifications > 0 && figures.FirstVisits > 0, figures.ToString());
    }
}
