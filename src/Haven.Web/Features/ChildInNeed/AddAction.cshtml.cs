using Haven.Domain.Plans;

namespace Haven.Web.Features.ChildInNeed;

/// <summary>Adds a line to the plan: the need, what will be done, by whom, by when, and how we will know it worked.</summary>
public sealed class AddActionModel(HavenDbContext db, TimeProvider clock, ChildInNeedService childInNeed) : PersonPageModel(db, clock)
{
    [FromRoute] public Guid ReferralId { get; set; }
    [FromRoute] public Guid PlanId { get; set; }
    public Referral Referral { get; private set; } = null!;
    public ChildInNeedPlan Plan { get; private set; } = null!;
    public string EpisodeUrl => Url.SocialCareEpisode(PersonId, ReferralId);

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct)
    {
        Referral = await records.OpenReferralAsync(PersonId, ReferralId, EpisodeUrl, ct);
        Plan = await records.OpenChildInNeedPlanAsync(PersonId, ReferralId, PlanId, EpisodeUrl, ct);
    }

    [BindProperty] public string? Need { get; set; }
    [BindProperty] public string? Action { get; set; }
    [BindProperty] public string? Owner { get; set; }
    [BindProperty] public DateInput DueDate { get; set; } = new();
    [BindProperty] public string? MeasureOfSuccess { get; set; }

    public IActionResult OnGet() => Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var due = DateInputValidation.Validate(DueDate, "the date it is due", required: true, today: Today);
        due.AddTo(ModelState, nameof(DueDate));
        try
        {
            // A date that could not be read goes as none, so the rule refuses and nothing is saved.
            await childInNeed.AddActionAsync(PlanId, new NewPlanAction(Need, Action, Owner, due.IsValid ? due.Date : null, MeasureOfSuccess), ct);
        }
        catch (CaseRuleException refused)
        {
            AddErrors(refused.Errors);
            return this.InvalidPage();
        }
        TempData["Success"] = "Action added to the plan";
        return Redirect(EpisodeUrl + "#child-in-need");
    }
}
