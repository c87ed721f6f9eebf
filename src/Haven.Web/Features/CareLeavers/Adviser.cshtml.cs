using Haven.Domain.CareLeavers;

namespace Haven.Web.Features.CareLeavers;

/// <summary>Allocates (or changes) a care leaver's personal adviser, with the support they asked for and the local offer.</summary>
public sealed class AdviserModel(HavenDbContext db, TimeProvider clock, CareLeaverService leavers) : PersonPageModel(db, clock)
{
    public CareLeaver? Record { get; private set; }
    public IReadOnlyList<(string Id, string Name)> Advisers { get; private set; } = [];
    public string LeavingCareUrl => $"/people/{PersonId}/leaving-care";

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct)
    {
        Record = await Db.CareLeavers.AsNoTracking().SingleOrDefaultAsync(c => c.PersonId == PersonId, ct);
        Advisers = await leavers.AdvisersAsync(ct);
    }

    [BindProperty] public string? AdviserUserId { get; set; }
    [BindProperty] public DateInput From { get; set; } = new();
    [BindProperty] public bool SupportTo25 { get; set; }
    [BindProperty] public bool DetainedOrInHospitalAt16 { get; set; }
    [BindProperty] public DateInput LocalOfferGivenOn { get; set; } = new();

    private static readonly Dictionary<string, string> Fields = new() { [CareLeaverRules.PersonalAdviser] = nameof(AdviserUserId) };

    public IActionResult OnGet()
    {
        AdviserUserId = Record?.PersonalAdviserUserId;
        From = DateInput.From(Record?.PersonalAdviserFrom ?? Today);
        SupportTo25 = Record?.SupportTo25 ?? false;
        DetainedOrInHospitalAt16 = Record?.DetainedOrInHospitalAt16 ?? false;
        LocalOfferGivenOn = Record?.LocalOfferGivenOn is { } given ? DateInput.From(given) : new();
        Version = Record?.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var from = DateInputValidation.Validate(From, "the date the adviser started", required: true, today: Today);
        from.AddTo(ModelState, nameof(From));
        var offer = DateInputValidation.Validate(LocalOfferGivenOn, "the date the local offer was given", required: false, today: Today);
        offer.AddTo(ModelState, nameof(LocalOfferGivenOn));
        return await SaveAsync(() => leavers.AllocateAdviserAsync(PersonId, new AdviserDetails(AdviserUserId, from.Date, SupportTo25, DetainedOrInHospitalAt16, offer.Date), Version, ct),
            "Personal adviser saved", LeavingCareUrl, Fields);
    }
}
