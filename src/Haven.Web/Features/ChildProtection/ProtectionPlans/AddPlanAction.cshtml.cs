using Haven.Domain.Plans;

namespace Haven.Web.Features.ChildProtection.ProtectionPlans;

/// <summary>Adds one line to the plan: the need, what will be done, by whom, by when, and how we will know.</summary>
public sealed class AddPlanActionModel(HavenDbContext db, TimeProvider clock, ProtectionPlanService service) : PersonPageModel(db, clock)
{
    [FromRoute] public Guid ReferralId { get; set; }
    [FromRoute] public Guid PlanId { get; set; }
    public ProtectionPlanPart Part { get; private set; } = null!;

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct) =>
        Part = await ProtectionPlanPart.OpenAsync(records, PersonId, ReferralId, PlanId, Url.ChildProtectionPlan(PersonId, ReferralId, PlanId), ct);

    [BindProperty] public string? Need { get; set; }
    [BindProperty] public string? Action { get; set; }
    [BindProperty] public string? Owner { get; set; }
    [BindProperty] public DateInput DueDate { get; set; } = new();
    [BindProperty] public string? MeasureOfSuccess { get; set; }

    public IActionResult OnGet() => Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var due = DateInputValidation.Validate(DueDate, "the due date", required: true, today: Today);
        due.AddTo(ModelState, nameof(DueDate));
        try
        {
            // A date that could not be read goes as none, so the rule refuses and nothing is saved.
            await service.AddPlanActionAsync(PlanId, new NewPlanAction(Need, Action, Owner, due.IsValid ? due.Date : null, MeasureOfSuccess), ct);
        }
        catch (CaseRuleException refused)
        {
            AddErrors(refused.Errors);
            return this.InvalidPage();
        }
        TempData["Success"] = "Action added to the plan";
        return Redirect(Part.PlanUrl + "#actions");
    }
}
