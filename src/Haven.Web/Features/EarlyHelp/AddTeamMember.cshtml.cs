namespace Haven.Web.Features.EarlyHelp;

public sealed class AddTeamMemberModel(HavenDbContext db, TimeProvider clock, EarlyHelpService earlyHelp) : PersonPageModel(db, clock)
{
    public EarlyHelpPart EarlyHelp { get; private set; } = null!;

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct) => EarlyHelp = await EarlyHelpPart.LoadOpenAsync(this, records, ct);

    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Agency { get; set; }
    [BindProperty] public string? Role { get; set; }

    public IActionResult OnGet() => Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        return await SaveAsync(() => earlyHelp.AddTeamMemberAsync(EarlyHelp.EpisodeId, Name, Agency, Role, ct),
            () => $"{Name!.Trim()} added to the team around the family", EarlyHelp.EpisodeUrl);
    }
}
