using Haven.Domain.Safeguarding;

namespace Haven.Web.Features.Safeguarding.Marac;

/// <summary>Records the MARAC meeting a referral went to and the actions agreed for children's services.</summary>
public sealed class MeetingModel(HavenDbContext db, TimeProvider clock, MaracService marac) : PersonPageModel(db, clock)
{
    [FromRoute] public Guid ReferralId { get; set; }
    public MaracReferral Referral { get; private set; } = null!;
    public string ListUrl => IndexModel.AddressFor(PersonId);

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct) =>
        Referral = (await records.MaracReferralsAsync(PersonId, ct)).SingleOrDefault(r => r.Id == ReferralId) ?? throw RecordStopException.NotFound();

    [BindProperty] public DateInput MeetingOn { get; set; } = new();
    [BindProperty] public string? Actions { get; set; }

    public IActionResult OnGet()
    {
        MeetingOn = Referral.MeetingOn is { } on ? DateInput.From(on) : new DateInput();
        Actions = Referral.Actions;
        Version = Referral.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var meeting = DateInputValidation.Validate(MeetingOn, "the date of the MARAC meeting", required: true, today: Today);
        meeting.AddTo(ModelState, nameof(MeetingOn));
        return await SaveAsync(() => marac.MeetingAsync(PersonId, ReferralId, new MaracMeetingDetails(meeting.Date, Actions), Version, ct),
            "MARAC meeting recorded", ListUrl);
    }
}
