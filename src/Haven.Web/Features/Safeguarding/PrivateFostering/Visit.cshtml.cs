using Haven.Domain.Safeguarding;

namespace Haven.Web.Features.Safeguarding.PrivateFostering;

/// <summary>Records a visit to a privately fostered child: when, and whether they were seen alone.</summary>
public sealed class VisitModel(HavenDbContext db, TimeProvider clock, PrivateFosteringService fostering) : PersonPageModel(db, clock)
{
    [FromRoute] public Guid ArrangementId { get; set; }
    public PrivateFosteringArrangement Arrangement { get; private set; } = null!;
    public string ListUrl => IndexModel.AddressFor(PersonId);

    public DateOnly DueBy => PrivateFosteringSchedule.NextVisitDue(Arrangement.NotifiedOn, Arrangement.StartedOn, Arrangement.Visits.Select(v => v.VisitedOn), Calendar);

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct) =>
        Arrangement = await records.OpenPrivateFosteringAsync(PersonId, ArrangementId, ListUrl, ct);

    [BindProperty] public DateInput VisitedOn { get; set; } = new();
    [BindProperty] public bool SeenAlone { get; set; }
    [BindProperty] public string? Note { get; set; }

    public IActionResult OnGet()
    {
        VisitedOn = DateInput.From(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var visited = DateInputValidation.Validate(VisitedOn, "the date of the visit", required: true, today: Today);
        visited.AddTo(ModelState, nameof(VisitedOn));
        return await SaveAsync(() => fostering.VisitAsync(PersonId, ArrangementId, new VisitDetails(visited.Date, SeenAlone, Note), ct), "Visit recorded", ListUrl);
    }
}
