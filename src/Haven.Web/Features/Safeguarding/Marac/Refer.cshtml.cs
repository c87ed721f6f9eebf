using Haven.Domain.Safeguarding;

namespace Haven.Web.Features.Safeguarding.Marac;

/// <summary>Records a referral of the child's family to MARAC: when, by whom, and at what DASH risk level.</summary>
public sealed class ReferModel(HavenDbContext db, TimeProvider clock, MaracService marac) : PersonPageModel(db, clock)
{
    public string ListUrl => IndexModel.AddressFor(PersonId);

    protected override Task LoadAsync(RecordLoader records, CancellationToken ct) => Task.CompletedTask;

    [BindProperty] public DateInput ReferredOn { get; set; } = new();
    [BindProperty] public string? ReferredBy { get; set; }
    [BindProperty] public DashRiskLevel? RiskLevel { get; set; }

    public IActionResult OnGet() => Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var referred = DateInputValidation.Validate(ReferredOn, "the date of the referral to MARAC", required: true, today: Today);
        referred.AddTo(ModelState, nameof(ReferredOn));
        return await SaveAsync(() => marac.ReferAsync(PersonId, new MaracReferralDetails(referred.Date, ReferredBy, RiskLevel), ct),
            "Referral to MARAC recorded", ListUrl);
    }
}
