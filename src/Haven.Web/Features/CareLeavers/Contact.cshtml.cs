using Haven.Domain.CareLeavers;

namespace Haven.Web.Features.CareLeavers;

/// <summary>Records a contact with a care leaver: in touch, where they live and whether it suits them, and what they do.</summary>
public sealed class ContactModel(HavenDbContext db, TimeProvider clock, CareLeaverService leavers) : PersonPageModel(db, clock)
{
    public string LeavingCareUrl => $"/people/{PersonId}/leaving-care";

    [BindProperty] public DateInput ContactOn { get; set; } = new();
    [BindProperty] public string? InTouch { get; set; }
    [BindProperty] public string? Accommodation { get; set; }
    [BindProperty] public bool? Suitable { get; set; }
    [BindProperty] public string? Activity { get; set; }
    [BindProperty] public bool StayingPut { get; set; }
    [BindProperty] public string? Note { get; set; }

    public IActionResult OnGet()
    {
        ContactOn = DateInput.From(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var on = DateInputValidation.Validate(ContactOn, "the date of the contact", required: true, today: Today);
        on.AddTo(ModelState, nameof(ContactOn));
        return await SaveAsync(() => leavers.RecordContactAsync(PersonId, new LeaverContactDetails(on.Date, InTouch, Accommodation, Suitable, Activity, StayingPut, Note), ct),
            "Contact recorded", LeavingCareUrl);
    }
}
