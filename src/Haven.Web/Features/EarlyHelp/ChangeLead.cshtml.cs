namespace Haven.Web.Features.EarlyHelp;

public sealed class ChangeLeadModel(HavenDbContext db, TimeProvider clock, EarlyHelpService earlyHelp) : PersonPageModel(db, clock)
{
    public EarlyHelpPart EarlyHelp { get; private set; } = null!;

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct) => EarlyHelp = await EarlyHelpPart.LoadOpenAsync(this, records, ct);

    [BindProperty] public string? LeadProfessional { get; set; }
    [BindProperty] public string? LeadAgency { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public DateInput ChangedOn { get; set; } = new();

    public IActionResult OnGet()
    {
        ChangedOn = DateInput.From(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        // Only whether it is a real date here; the service's rule says where it may fall (after the start, not in the future).
        var changedOn = DateInputValidation.Validate(ChangedOn, "the date the lead professional changed", required: true, notAfter: Today, today: Today);
        changedOn.AddTo(ModelState, nameof(ChangedOn));
        return await SaveAsync(() => earlyHelp.ChangeLeadAsync(EarlyHelp.EpisodeId, LeadProfessional, LeadAgency, Reason, changedOn.Date, ct),
            () => $"Lead professional changed to {LeadProfessional!.Trim()}", EarlyHelp.EpisodeUrl);
    }
}
