namespace Haven.Web.Features.ChildProtection.ProtectionPlans;

/// <summary>Ends a plan outside a review conference, for example when the child becomes looked after or moves away.</summary>
public sealed class EndPlanModel(HavenDbContext db, TimeProvider clock, ProtectionPlanService service) : PersonPageModel(db, clock)
{
    [FromRoute] public Guid ReferralId { get; set; }
    [FromRoute] public Guid PlanId { get; set; }
    public ProtectionPlanPart Part { get; private set; } = null!;

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct) =>
        Part = await ProtectionPlanPart.OpenAsync(records, PersonId, ReferralId, PlanId, Url.ChildProtectionPlan(PersonId, ReferralId, PlanId), ct);

    [BindProperty] public DateInput EndDate { get; set; } = new();
    [BindProperty] public PlanEndReason? Reason { get; set; }
    [BindProperty] public string? Note { get; set; }

    public IActionResult OnGet()
    {
        EndDate = DateInput.From(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var end = DateInputValidation.Validate(EndDate, "the date the plan ended", required: true, today: Today);
        end.AddTo(ModelState, nameof(EndDate));
        if (end.IsValid && ChildProtectionRules.ValidatePlanEnd(Part.Plan.StartDate, end.Date, Today) is { } problem)
        {
            ModelState.AddModelError(nameof(EndDate), problem);
        }
        if (Reason is null)
        {
            ModelState.AddModelError(nameof(Reason), "Select why the plan ended");
        }
        if (string.IsNullOrWhiteSpace(Note))
        {
            ModelState.AddModelError(nameof(Note), "Enter why the plan is ending and who agreed it");
        }
        if (!ModelState.IsValid)
        {
            return this.InvalidPage();
        }
        await service.EndPlanAsync(PlanId, end.Date!.Value, Reason!.Value, Note, ct);
        TempData["Success"] = "Child protection plan ended";
        return Redirect(Part.PlanUrl);
    }
}
