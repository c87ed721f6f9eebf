namespace Haven.Web.Features.ChildInNeed;

/// <summary>Ends a child in need plan (CIN census CINPlanEndDate) with the reason; a step-down then offers early help.</summary>
public sealed class EndModel(HavenDbContext db, TimeProvider clock, ChildInNeedService childInNeed) : PersonPageModel(db, clock)
{
    [FromRoute] public Guid ReferralId { get; set; }
    [FromRoute] public Guid PlanId { get; set; }
    public ChildInNeedPlanPart Part { get; private set; } = null!;

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct) =>
        Part = await ChildInNeedPlanPart.OpenAsync(records, PersonId, ReferralId, PlanId, Url.SocialCareEpisode(PersonId, ReferralId), ct);

    public static IReadOnlyList<PlanEndReason> Reasons => ChildInNeedRules.EndReasons;

    [BindProperty] public DateInput EndDate { get; set; } = new();
    [BindProperty] public PlanEndReason? EndReason { get; set; }
    [BindProperty] public string? EndNote { get; set; }

    public IActionResult OnGet()
    {
        EndDate = DateInput.From(Today);
        EndReason = Part.Plan.Reviews.OrderBy(r => r.HeldOn).LastOrDefault()?.Decision switch
        {
            Domain.ChildInNeed.ChildInNeedReviewDecision.StepDownToEarlyHelp => PlanEndReason.SteppedDownToEarlyHelp,
            Domain.ChildInNeed.ChildInNeedReviewDecision.Close => PlanEndReason.NoLongerNeeded,
            _ => null,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var end = DateInputValidation.Validate(EndDate, "the date the plan ended", required: true, today: Today);
        end.AddTo(ModelState, nameof(EndDate));
        var success = EndReason == PlanEndReason.SteppedDownToEarlyHelp
            ? "Child in need plan ended. Start early help from this page to complete the step-down."
            : "Child in need plan ended";
        return await SaveAsync(() => childInNeed.EndAsync(PlanId, end.Date, EndReason, EndNote, ct), success, Part.EpisodeUrl + "#child-in-need");
    }
}
