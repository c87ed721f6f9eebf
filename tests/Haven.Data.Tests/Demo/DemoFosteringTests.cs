using Haven.Data.Demo;
using Haven.Domain.Calendar;
using Haven.Domain.Casework;
using Haven.Domain.Fostering;
using Haven.Domain.LookedAfter;
using Microsoft.EntityFrameworkCore;

namespace Haven.Data.Tests.Demo;

/// <summary>
/// The demo's fostering and adopting households: one journey for every household on the register, every stage and clock
/// there to be seen (an overdue annual review, connected persons near their 16 weeks, adopters in stages one and two),
/// and nothing dated after today.
/// </summary>
public sealed class DemoFosteringTests(DemoDatabaseFixture fixture) : IClassFixture<DemoDatabaseFixture>
{
    private static readonly DateOnly Today = DemoDatabase.Today;

    [Fact]
    public async Task Every_household_on_the_register_has_a_journey_and_every_stage_and_clock_has_someone_in_it()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = fixture.Demo.CreateContext();
        var journeys = await db.HouseholdJourneys.AsNoTracking().Include(j => j.Entries).Include(j => j.Members).AsSplitQuery().ToListAsync(ct);
        var kinds = new[] { CarerKind.FosteringHousehold, CarerKind.ConnectedPersons, CarerKind.Adopters };
        var households = await db.Carers.AsNoTracking().Where(c => kinds.Contains(c.Kind)).Select(c => c.Id).ToListAsync(ct);
        Assert.Equal(households.Order(), journeys.Select(j => j.CarerId).Order());

        var stages = journeys.Select(j => j.Stage).ToHashSet();
        Assert.Superset(new HashSet<HouseholdStage>
        {
            HouseholdStage.Enquiry, HouseholdStage.InitialVisit, HouseholdStage.Assessment, HouseholdStage.StageTwo, HouseholdStage.TemporarilyApproved,
            HouseholdStage.AwaitingDecision, HouseholdStage.Approved,
        }, stages);
        var work = journeys.SelectMany(j => HouseholdWork.For(j, Today, WorkingDayCalendar.EnglandAndWales)).ToList();
        Assert.Contains(work, w => w.Kind == WorkKind.FosterCarerReview && w.State == TimescaleState.Overdue);
        Assert.Contains(work, w => w.Kind == WorkKind.FosterCarerReview && w.State == TimescaleState.NotYetDue);
        Assert.Contains(work, w => w.Kind == WorkKind.ConnectedPersonsAssessment && w.DueOn >= Today && w.DueOn <= Today.AddDays(14));
        Assert.Contains(work, w => w.Kind == WorkKind.AdopterStageOne);
        Assert.Contains(work, w => w.Kind == WorkKind.AdopterStageTwo && w.State == TimescaleState.Overdue);
        Assert.Contains(work, w => w.Kind == WorkKind.FosteringAssessment && w.State == TimescaleState.Overdue);
        Assert.Contains(journeys, j => j.TemporaryApprovalExtensionWeeks == 8);

        Assert.All(journeys, j =>
        {
            Assert.True(j.EnquiryOn <= Today);
            Assert.All(j.Entries, e => Assert.InRange(e.On, j.EnquiryOn, Today));
            Assert.NotEmpty(j.Members);
        });
        // The first review after approval went to panel, as the rule requires.
        Assert.All(journeys.Where(j => j.Route == HouseholdRoute.Fostering), j =>
            Assert.True(j.Entries.Where(e => e.Kind == HouseholdEntryKind.AnnualReview).OrderBy(e => e.On).FirstOrDefault() is not { } first || first.PanelOn is not null));
    }
}
