using Haven.Domain.Permanence;

namespace Haven.Web.Features.Permanence.Court;

/// <summary>The child's court work: legal planning meetings, family group conferences, and each set of proceedings with its 26-week clock.</summary>
public sealed class IndexModel(HavenDbContext db, TimeProvider clock) : PersonPageModel(db, clock)
{
    public List<CareProceedings> Proceedings { get; private set; } = [];
    public List<LegalPlanningMeeting> Meetings { get; private set; } = [];
    public List<FamilyGroupConference> Conferences { get; private set; } = [];

    /// <summary>The proceedings still open (pre-proceedings or issued), which the forms add to; at most one at a time.</summary>
    public CareProceedings? Open => Proceedings.FirstOrDefault(p => p.IsOpen);

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct)
    {
        Proceedings = await CourtService.ProceedingsAsync(Db, PersonId, ct);
        Meetings = await Db.LegalPlanningMeetings.AsNoTracking().Where(m => m.PersonId == PersonId).OrderByDescending(m => m.HeldOn).ToListAsync(ct);
        Conferences = await Db.FamilyGroupConferences.AsNoTracking().Where(c => c.PersonId == PersonId).OrderByDescending(c => c.OfferedOn).ToListAsync(ct);
    }

    /// <summary>Where the 26-week clock stands today: overdue, due soon or not yet due, as the work tray shows it.</summary>
    public TimescaleStatus ClockStatus(CareProceedings proceedings) =>
        DueWork.StatusOn(proceedings.ConcludeBy!.Value, Today, WorkingDayCalendar.EnglandAndWales);

    public void OnGet()
    {
    }
}
