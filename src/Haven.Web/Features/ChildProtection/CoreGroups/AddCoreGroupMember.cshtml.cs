using Haven.Web.Features.ChildProtection.ProtectionPlans;

namespace Haven.Web.Features.ChildProtection.CoreGroups;

public sealed class AddCoreGroupMemberModel(HavenDbContext db, TimeProvider clock, CoreGroupService service) : PersonPageModel(db, clock)
{
    [FromRoute] public Guid ReferralId { get; set; }
    [FromRoute] public Guid PlanId { get; set; }
    public ProtectionPlanPart Part { get; private set; } = null!;

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct) =>
        Part = await ProtectionPlanPart.OpenAsync(records, PersonId, ReferralId, PlanId, Url.ChildProtectionPlan(PersonId, ReferralId, PlanId), ct);

    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Agency { get; set; }
    [BindProperty] public string? Role { get; set; }

    public IActionResult OnGet() => Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        AddErrors(ChildProtectionChecks.ValidateCoreGroupMember(Name, Agency));
        if (!ModelState.IsValid)
        {
            return this.InvalidPage();
        }
        await service.AddCoreGroupMemberAsync(PlanId, Name!, Agency!, Role, ct);
        TempData["Success"] = $"{Name!.Trim()} added to the core group";
        return Redirect(Part.PlanUrl + "#core-group");
    }
}
