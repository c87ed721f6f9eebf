using Haven.Domain.Permanence;

namespace Haven.Web.Features.Permanence.Adoption;

/// <summary>
/// The child's adoption journey step by step, with the scorecard clocks (A1 from entering care, A2 from the placement
/// order), and any special guardianship or child arrangements order that ended a period of care.
/// </summary>
public sealed class IndexModel(HavenDbContext db, TimeProvider clock) : PersonPageModel(db, clock)
{
    public List<CarePeriod> Periods { get; private set; } = [];
    public List<AdoptionJourney> Journeys { get; private set; } = [];
    public List<PermanenceOrder> Orders { get; private set; } = [];
    public CarePeriod? OpenPeriod => Periods.FirstOrDefault(p => p.IsOpen);

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct)
    {
        Periods = await records.CarePeriodsAsync(PersonId, ct);
        Journeys = await AdoptionService.JourneysAsync(Db, PersonId, ct);
        Orders = await Db.PermanenceOrders.AsNoTracking().Where(o => o.PersonId == PersonId).OrderByDescending(o => o.MadeOn).ToListAsync(ct);
    }

    public CarePeriod PeriodOf(AdoptionJourney journey) => Periods.Single(p => p.Id == journey.CarePeriodId);

    /// <summary>The journey's dates as the scorecard reads them.</summary>
    public AdoptionTimeline Timeline(AdoptionJourney journey)
    {
        ArgumentNullException.ThrowIfNull(journey);
        return AdoptionTimeline.Of(PeriodOf(journey), journey);
    }

    public TimescaleStatus StatusOn(DateOnly due) => DueWork.StatusOn(due, Today, WorkingDayCalendar.EnglandAndWales);

    public void OnGet()
    {
    }
}
