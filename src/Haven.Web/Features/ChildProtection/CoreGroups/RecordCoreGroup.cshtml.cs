using Haven.Web.Features.ChildProtection.ProtectionPlans;

namespace Haven.Web.Features.ChildProtection.CoreGroups;

/// <summary>Records a core group meeting: when, who came and the progress against the plan.</summary>
public sealed class RecordCoreGroupModel(HavenDbContext db, TimeProvider clock, CoreGroupService service) : PersonPageModel(db, clock)
{
    [FromRoute] public Guid ReferralId { get; set; }
    [FromRoute] public Guid PlanId { get; set; }
    public ProtectionPlanPart Part { get; private set; } = null!;

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct) =>
        Part = await ProtectionPlanPart.OpenAsync(records, PersonId, ReferralId, PlanId, Url.ChildProtectionPlan(PersonId, ReferralId, PlanId), ct);

    [BindProperty] public DateInput HeldOn { get; set; } = new();
    [BindProperty] public string? Attendees { get; set; }
    [BindProperty] public string? Progress { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        HeldOn = DateInput.From(Today);
        var members = await Db.CoreGroupMembers.AsNoTracking().Where(m => m.PlanId == PlanId).OrderBy(m => m.Agency).ToListAsync(ct);
        Attendees = string.Join(Environment.NewLine, members.Select(m => $"{m.Name} ({m.Agency})"));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var held = DateInputValidation.Validate(HeldOn, "the date of the core group", required: true, today: Today);
        held.AddTo(ModelState, nameof(HeldOn));
        AddErrors(ChildProtectionChecks.ValidateCoreGroupMeeting(held.Date, Part.Plan.StartDate, Today, Attendees, Progress));
        if (!ModelState.IsValid)
        {
            return this.InvalidPage();
        }
        await service.RecordCoreGroupAsync(PlanId, held.Date!.Value, Attendees!, Progress!, ct);
        TempData["Success"] = "Core group recorded";
        return Redirect(Part.PlanUrl + "#core-group");
    }
}
