namespace Haven.Web.Features.ChildProtection.ProtectionPlans;

/// <summary>The plan's contingency: what happens if things do not change (Ofsted: contingencies were generic).</summary>
public sealed class ContingencyModel(HavenDbContext db, TimeProvider clock, ProtectionPlanService service) : PersonPageModel(db, clock)
{
    [FromRoute] public Guid ReferralId { get; set; }
    [FromRoute] public Guid PlanId { get; set; }
    public ProtectionPlanPart Part { get; private set; } = null!;

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct) =>
        Part = await ProtectionPlanPart.OpenAsync(records, PersonId, ReferralId, PlanId, Url.ChildProtectionPlan(PersonId, ReferralId, PlanId), ct);

    [BindProperty] public string? Contingency { get; set; }

    public IActionResult OnGet()
    {
        Contingency = Part.Plan.Contingency;
        Version = Part.Plan.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Contingency))
        {
            ModelState.AddModelError(nameof(Contingency), "Enter the contingency plan: what will happen if things do not change");
            return this.InvalidPage();
        }
        try
        {
            await service.UpdateContingencyAsync(PlanId, Contingency, Version, ct);
        }
        catch (EditConflictException conflict)
        {
            return ShowConflict(conflict);
        }
        TempData["Success"] = "Contingency plan saved";
        return Redirect(Part.PlanUrl);
    }
}
