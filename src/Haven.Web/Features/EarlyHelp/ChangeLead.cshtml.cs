namespace Haven.Web.Features.EarlyHelp;

public sealed class ChangeLeadModel(HavenDbContext db, TimeProvider clock, EarlyHelpService earlyHelp) : PersonPageModel(db, clock)
{
    public EarlyHelpPart EarlyHelp { get; private set; } = null!;

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct) => EarlyHelp = await EarlyHelpPart.LoadOpenAsync(this, records, ct);

    [BindProperty] public string? LeadProfessional { get; set; }
    [BindProperty] public string? LeadAgency { get; set; }
    [BindProperty] public string? Reason { get; set; }

    public IActionResult OnGet() => Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        return await SaveAsync(() => earlyHelp.ChangeLeadAsync(EarlyHelp.EpisodeId, LeadProfessional, LeadAgency, Reason, ct),
            () => $"Lead professional changed to {LeadProfessional!.Trim()}", EarlyHelp.EpisodeUrl);
    }
}
