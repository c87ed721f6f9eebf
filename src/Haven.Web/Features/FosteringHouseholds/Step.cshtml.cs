using Haven.Domain.Fostering;
using Haven.Web.Features.Allocations;

namespace Haven.Web.Features.FosteringHouseholds;

/// <summary>
/// Records one step of a household's journey (<see cref="HouseholdStep"/>, from the route): one page whose questions are
/// the step's, so every step is checked by the one rule (<see cref="HouseholdRules.CheckStep"/>) and saved by the one service.
/// </summary>
public sealed class StepModel(FosteringService fostering, TimeProvider clock, VisiblePeople visible) : HouseholdPageModel(fostering, clock)
{
    [FromRoute(Name = "step")] public string? StepSlug { get; set; }

    [BindProperty] public DateInput On { get; set; } = new();
    [BindProperty] public string? WorkerUserId { get; set; }
    [BindProperty] public bool? Yes { get; set; }
    [BindProperty] public string? Places { get; set; }
    [BindProperty] public string? AgeFrom { get; set; }
    [BindProperty] public string? AgeTo { get; set; }
    [BindProperty] public List<FosteringCareTypes> CareTypes { get; set; } = [];
    [BindProperty] public string? Child { get; set; }
    [BindProperty] public HouseholdEndReason? EndReason { get; set; }
    [BindProperty] public string? Note { get; set; }
    [BindProperty] public Guid? AdoptionJourneyId { get; set; }
    [BindProperty] public string? Weeks { get; set; }

    public HouseholdStep Step { get; private set; }
    public IReadOnlyList<WorkerChoice> Workers { get; private set; } = [];
    public IReadOnlyList<(Guid JourneyId, string Child)> ChildrenAwaitingMatch { get; private set; } = [];
    public string Heading => StepText.Action(Step, Journey.Route);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (StepText.FromSlug(StepSlug) is not { } step)
        {
            return NotFound();
        }
        Step = step;
        if (HouseholdRules.WhyNot(Journey, step) is { } why)
        {
            ModelState.AddModelError("", why);
        }
        await ChoicesAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (StepText.FromSlug(StepSlug) is not { } step)
        {
            return NotFound();
        }
        Step = step;
        var on = DateInputValidation.Validate(On, "the date", required: true, today: Today, notAfter: Today);
        on.AddTo(ModelState, nameof(On));
        var details = new HouseholdStepDetails(on.Date, Typed.Clean(WorkerUserId), Yes,
            Number(Places, nameof(Places), "Enter a whole number of children, like 2"),
            Number(AgeFrom, nameof(AgeFrom), "Enter an age in whole years, like 0"),
            Number(AgeTo, nameof(AgeTo), "Enter an age in whole years, like 17"),
            CareTypes.Aggregate(FosteringCareTypes.None, (all, t) => all | t), Typed.Clean(Child), EndReason, Typed.Clean(Note), AdoptionJourneyId,
            Number(Weeks, nameof(Weeks), "Enter a whole number of weeks, like 8"));
        var fields = new Dictionary<string, string> { [HouseholdRules.Worker] = nameof(WorkerUserId), [HouseholdRules.Match] = nameof(AdoptionJourneyId) };
        if (!ModelState.IsValid)
        {
            // Show every question's problem at once: the rule's as well as what would not parse.
            AddErrors(HouseholdRules.CheckStep(Journey, step, details, Today), fields);
            await ChoicesAsync(ct);
            return this.InvalidPage();
        }
        try
        {
            await Fostering.RecordStepAsync(CarerId, step, details, ct);
            TempData["Success"] = $"{Carer.Name}: {StepText.Done(step, Journey.Route)}";
            return Redirect(HouseholdUrl);
        }
        catch (CaseRuleException refused)
        {
            AddErrors(refused.Result, fields);
            await ChoicesAsync(ct);
            return this.InvalidPage();
        }
    }

    private async Task ChoicesAsync(CancellationToken ct)
    {
        if (Step is HouseholdStep.Assessment or HouseholdStep.SupervisingWorker)
        {
            Workers = await Fostering.WorkersAsync(ct);
        }
        if (Step == HouseholdStep.Match)
        {
            ChildrenAwaitingMatch = await Fostering.ChildrenAwaitingMatchAsync(visible, ct);
        }
    }
}
