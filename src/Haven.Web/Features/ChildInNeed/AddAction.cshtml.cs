namespace Haven.Web.Features.ChildInNeed;

/// <summary>Adds a line to the plan: the need, what will be done, by whom, by when, and how we will know it worked.</summary>
public sealed class AddActionModel(HavenDbContext db, TimeProvider clock, ChildInNeedService childInNeed) : PersonPageModel(db, clock)
{
    [FromRoute] public Guid ReferralId { get; set; }
    [FromRoute] public Guid PlanId { get; set; }
    public ChildInNeedPlanPart Part { get; private set; } = null!;

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct) =>
        Part = await ChildInNeedPlanPart.OpenAsync(records, PersonId, ReferralId, PlanId, Url.SocialCareEpisode(PersonId, ReferralId), ct);

    /// <summary>The plan action form, its fields under their own names.</summary>
    [BindProperty] public PlanActionForm Form { get; set; } = new();

    public IActionResult OnGet() => Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var entered = Form.Read(ModelState, Today);
        return await SaveAsync(() => childInNeed.AddActionAsync(PlanId, entered, ct), "Action added to the plan", Part.EpisodeUrl + "#child-in-need");
    }
}
