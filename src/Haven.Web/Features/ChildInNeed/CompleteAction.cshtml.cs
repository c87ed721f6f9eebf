namespace Haven.Web.Features.ChildInNeed;

/// <summary>Marks a plan action as done on the day it was done.</summary>
public sealed class CompleteActionModel(HavenDbContext db, TimeProvider clock, ChildInNeedService childInNeed) : PersonPageModel(db, clock)
{
    [FromRoute] public Guid ReferralId { get; set; }
    [FromRoute] public Guid PlanId { get; set; }
    public ChildInNeedPlanPart Part { get; private set; } = null!;

    [FromRoute] public Guid ActionId { get; set; }
    [BindProperty] public DateInput CompletedOn { get; set; } = new();

    public PlanAction PlanAction { get; private set; } = null!;

    public IActionResult OnGet()
    {
        CompletedOn = DateInput.From(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var done = DateInputValidation.Validate(CompletedOn, "the date it was done", required: true, notAfter: Today, notBefore: Part.Plan.StartDate, today: Today);
        done.AddTo(ModelState, nameof(CompletedOn));
        if (!ModelState.IsValid)
        {
            return this.InvalidPage();
        }
        await childInNeed.CompleteActionAsync(PlanId, ActionId, done.Date!.Value, ct);
        TempData["Success"] = "Action marked as done";
        return Redirect(Part.EpisodeUrl + "#child-in-need");
    }

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct)
    {
        Part = await ChildInNeedPlanPart.OpenAsync(records, PersonId, ReferralId, PlanId, Url.SocialCareEpisode(PersonId, ReferralId), ct);
        PlanAction = await Db.PlanActions.AsNoTracking().SingleOrDefaultAsync(a => a.Id == ActionId && a.ChildInNeedPlanId == PlanId, ct)
            ?? throw RecordStopException.NotFound();
        RecordStopException.ThrowIf(PlanAction.CompletedOn is not null, "That action is already done.", Part.EpisodeUrl + "#child-in-need");
    }
}
