namespace Haven.Web.Features.ChildInNeed;

/// <summary>
/// Records a review of the plan. Its decision can step the child up (to a strategy discussion) or down (ending the
/// plan, then early help); the episode page offers the next step.
/// </summary>
public sealed class ReviewModel(HavenDbContext db, TimeProvider clock, ChildInNeedService childInNeed) : PersonPageModel(db, clock)
{
    [FromRoute] public Guid ReferralId { get; set; }
    [FromRoute] public Guid PlanId { get; set; }
    public ChildInNeedPlanPart Part { get; private set; } = null!;

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct) =>
        Part = await ChildInNeedPlanPart.OpenAsync(records, PersonId, ReferralId, PlanId, Url.SocialCareEpisode(PersonId, ReferralId), ct);

    [BindProperty] public DateInput HeldOn { get; set; } = new();
    [BindProperty] public string? Progress { get; set; }
    [BindProperty] public string? ChildsViews { get; set; }
    [BindProperty] public ChildInNeedReviewDecision? Decision { get; set; }

    public DateOnly DueOn => ChildInNeedRules.NextReviewDueOn(Part.Plan, Calendar);

    public IActionResult OnGet()
    {
        HeldOn = DateInput.From(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var held = DateInputValidation.Validate(HeldOn, "the date of the review", required: true, today: Today);
        held.AddTo(ModelState, nameof(HeldOn));
        var success = Decision switch
        {
            ChildInNeedReviewDecision.StepUpToChildProtection => "Review recorded. Record the strategy discussion next.",
            ChildInNeedReviewDecision.StepDownToEarlyHelp or ChildInNeedReviewDecision.Close => "Review recorded. End the plan when the step is taken.",
            _ => "Review recorded",
        };
        return await SaveAsync(() => childInNeed.ReviewAsync(PlanId, new ReviewDetails(held.Date, Progress, ChildsViews, Decision), ct), success, Part.EpisodeUrl + "#child-in-need");
    }
}
