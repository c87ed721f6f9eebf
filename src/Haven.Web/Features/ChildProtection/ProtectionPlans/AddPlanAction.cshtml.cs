namespace Haven.Web.Features.ChildProtection.ProtectionPlans;

/// <summary>Adds one line to the plan: the need, what will be done, by whom, by when, and how we will know.</summary>
public sealed class AddPlanActionModel(HavenDbContext db, TimeProvider clock, ProtectionPlanService service) : PersonPageModel(db, clock)
{
    [FromRoute] public Guid ReferralId { get; set; }
    [FromRoute] public Guid PlanId { get; set; }
    public ProtectionPlanPart Part { get; private set; } = null!;

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct) =>
        Part = await ProtectionPlanPart.OpenAsync(records, PersonId, ReferralId, PlanId, Url.ChildProtectionPlan(PersonId, ReferralId, PlanId), ct);

    /// <summary>The plan action form, its fields under their own names.</summary>
    [BindProperty] public PlanActionForm Form { get; set; } = new();

    public IActionResult OnGet() => Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var entered = Form.Read(ModelState, Today);
        return await SaveAsync(() => service.AddPlanActionAsync(PlanId, entered, ct), "Action added to the plan", Part.PlanUrl + "#actions");
    }
}
