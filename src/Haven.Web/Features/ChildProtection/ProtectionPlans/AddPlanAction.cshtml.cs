using Haven.Data;
using Haven.Domain.ChildProtection;
using Haven.Domain.FrontDoor;
using Haven.GovUk;
using Haven.Web.Features.People.Record;
using Haven.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Haven.Web.Features.ChildProtection;

/// <summary>Adds one line to the plan: the need, what will be done, by whom, by when, and how we will know.</summary>
public sealed class AddPlanActionModel(HavenDbContext db, TimeProvider clock, ChildProtectionService service) : PersonPageModel(db, clock)
{
    [FromRoute] public Guid ReferralId { get; set; }
    [FromRoute] public Guid PlanId { get; set; }
    public Referral Referral { get; private set; } = null!;
    public ChildProtectionPlan Plan { get; private set; } = null!;
    public string PlanUrl => Url.ChildProtectionPlan(PersonId, ReferralId, PlanId);

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct)
    {
        Referral = await records.ReferralAsync(PersonId, ReferralId, ct);
        Plan = await records.ChildProtectionPlanAsync(PersonId, ReferralId, PlanId, ct);
        RecordLoader.RefuseChangeToClosedPlan(Referral, Plan, PlanUrl);
    }

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
        AddErrors(ChildProtectionChecks.ValidatePlanAction(Need, Action, Owner, due.Date, Plan.StartDate));
        if (!ModelState.IsValid)
        {
            return this.InvalidPage();
        }
        await service.AddPlanActionAsync(PlanId, Need!, Action!, Owner!, due.Date!.Value, MeasureOfSuccess, ct);
        TempData["Success"] = "Action added to the plan";
        return Redirect(PlanUrl + "#actions");
    }
}
