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

    /// <summary>The open period's life story work (null when none is recorded), and whether its plan calls for it.</summary>
    public LifeStoryWork? LifeStory { get; private set; }
    public bool LifeStoryPlanned { get; private set; }
    public bool LifeStoryForAdoption { get; private set; }
    public List<(LongTermFosteringMatch Match, string Carers)> LongTermMatches { get; private set; } = [];
    public List<ReturnHomePlan> ReturnsHome { get; private set; } = [];

    /// <summary>The open period's placement now, which a long-term fostering match is about.</summary>
    public Placement? PlacementNow => OpenPeriod?.Placements.Where(p => p.IsOpen).MaxBy(p => p.StartDate);

    /// <summary>The latest period, when it can take a plan to return home: open, or ended with the child going home, and no plan yet.</summary>
    public bool CanPlanReturnHome => Periods.LastOrDefault() is { } latest && ReturnsHome.All(r => r.CarePeriodId != latest.Id)
        && (latest.IsOpen || LookedAfterCodes.ReturnedHome.Contains(latest.ReasonCeased ?? ""));

    /// <summary>The child went home at the end of this plan's period (with a returned home reason), or null while they are still in care.</summary>
    public DateOnly? WentHomeOn(ReturnHomePlan plan) => Periods.SingleOrDefault(p => p.Id == plan?.CarePeriodId) is { EndDate: { } end } period
        && LookedAfterCodes.ReturnedHome.Contains(period.ReasonCeased ?? "") ? end : null;

    /// <summary>The day a placed child's life story book and later life letter are due, from the standing adoption journey.</summary>
    public DateOnly? PlacedForAdoptionOn => OpenPeriod is { } open ? Journeys.FirstOrDefault(j => j.CarePeriodId == open.Id && !j.IsReversed)?.PlacedOn : null;

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct)
    {
        Periods = await records.CarePeriodsAsync(PersonId, ct);
        Journeys = await AdoptionService.JourneysAsync(Db, PersonId, ct);
        Orders = await Db.PermanenceOrders.AsNoTracking().Where(o => o.PersonId == PersonId).OrderByDescending(o => o.MadeOn).ToListAsync(ct);
        if (OpenPeriod is { } open)
        {
            LifeStory = await Db.LifeStoryWork.AsNoTracking().SingleOrDefaultAsync(w => w.CarePeriodId == open.Id, ct);
            (LifeStoryPlanned, LifeStoryForAdoption) = await PermanenceFollowUpService.LifeStoryPlanAsync(Db, open.Id, ct);
        }
        LongTermMatches = [.. (await Db.LongTermFosteringMatches.AsNoTracking().Where(m => m.PersonId == PersonId)
            .Join(Db.Carers, m => m.CarerId, c => c.Id, (m, c) => new { Match = m, c.Name }).OrderByDescending(m => m.Match.DecidedOn).ToListAsync(ct))
            .Select(m => (m.Match, m.Name))];
        ReturnsHome = await Db.ReturnHomePlans.AsNoTracking().Where(r => r.PersonId == PersonId).OrderByDescending(r => r.AssessedOn).ToListAsync(ct);
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
