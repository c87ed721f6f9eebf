using Haven.Domain.Safeguarding;

namespace Haven.Web.Features.Safeguarding.PrivateFostering;

/// <summary>Records a notification of a private fostering arrangement: who told us, when, and who the child lives with.</summary>
public sealed class NotifyModel(HavenDbContext db, TimeProvider clock, PrivateFosteringService fostering) : PersonPageModel(db, clock)
{
    public string ListUrl => IndexModel.AddressFor(PersonId);

    protected override Task LoadAsync(RecordLoader records, CancellationToken ct) => Task.CompletedTask;

    [BindProperty] public DateInput NotifiedOn { get; set; } = new();
    [BindProperty] public string? NotifiedBy { get; set; }
    [BindProperty] public DateInput StartedOn { get; set; } = new();
    [BindProperty] public string? CarerName { get; set; }
    [BindProperty] public string? CarerRelationship { get; set; }

    public IActionResult OnGet()
    {
        NotifiedOn = DateInput.From(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var notified = DateInputValidation.Validate(NotifiedOn, "the date the notification was received", required: true, today: Today);
        notified.AddTo(ModelState, nameof(NotifiedOn));
        // The child may be about to move: the start can be in the future, so it is not checked against today here.
        var started = DateInputValidation.Validate(StartedOn, "the date the child started living with the carer", required: true, today: Today);
        started.AddTo(ModelState, nameof(StartedOn));
        return await SaveAsync(() => fostering.NotifyAsync(PersonId, new NotificationDetails(notified.Date, NotifiedBy, started.Date, CarerName, CarerRelationship), ct),
            "Private fostering notification recorded. Visit within 7 working days.", ListUrl);
    }
}
