namespace Haven.Web.Features.EarlyHelp;

/// <summary>
/// One member of the team around the family: correct their name, agency or role, or record the day they left. A member
/// who has left stays listed as such and is not changed.
/// </summary>
public sealed class TeamMemberModel(HavenDbContext db, TimeProvider clock, EarlyHelpService earlyHelp) : PersonPageModel(db, clock)
{
    public EarlyHelpPart EarlyHelp { get; private set; } = null!;

    public TeamAroundFamilyMember Member { get; private set; } = null!;

    [FromRoute] public Guid MemberId { get; set; }

    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Agency { get; set; }
    [BindProperty] public string? Role { get; set; }
    [BindProperty] public DateInput LeftOn { get; set; } = new();

    public IActionResult OnGet()
    {
        (Name, Agency, Role, LeftOn) = (Member.Name, Member.Agency, Member.Role, DateInput.From(Today));
        return Page();
    }

    public async Task<IActionResult> OnPostChangeAsync(CancellationToken ct) =>
        await SaveAsync(() => earlyHelp.ChangeTeamMemberAsync(EarlyHelp.EpisodeId, MemberId, Name, Agency, Role, ct), "Team member changed", EarlyHelp.EpisodeUrl);

    public async Task<IActionResult> OnPostLeftAsync(CancellationToken ct)
    {
        var left = DateInputValidation.Validate(LeftOn, "the date they left the team", required: true, notAfter: Today, today: Today);
        left.AddTo(ModelState, nameof(LeftOn));
        return await SaveAsync(() => earlyHelp.TeamMemberLeftAsync(EarlyHelp.EpisodeId, MemberId, left.Date, ct), () => $"{Member.Name} has left the team", EarlyHelp.EpisodeUrl);
    }

    /// <summary>The member is looked for before the episode is refused as closed, so another episode's member is a 404 either way.</summary>
    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct)
    {
        EarlyHelp = await EarlyHelpPart.LoadAsync(this, records, ct);
        Member = EarlyHelp.Episode.Team.SingleOrDefault(m => m.Id == MemberId) ?? throw RecordStopException.NotFound();
        RecordStopException.ThrowIf(!EarlyHelp.Episode.IsOpen, RecordLoader.EarlyHelpClosed, EarlyHelp.EpisodeUrl);
        RecordStopException.ThrowIf(Member.LeftOn is not null, "This team member has left the team, so their details are not changed.", EarlyHelp.EpisodeUrl);
    }
}
