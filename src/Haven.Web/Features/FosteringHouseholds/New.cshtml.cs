using Haven.Domain.Fostering;

namespace Haven.Web.Features.FosteringHouseholds;

/// <summary>A household's first enquiry about fostering or adopting (or, for connected persons, being put forward for a child).</summary>
public sealed class NewModel(FosteringService fostering, TimeProvider clock) : PageModel
{
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public HouseholdRoute? Route { get; set; }
    [BindProperty] public DateInput EnquiryOn { get; set; } = new();
    [BindProperty] public string? Postcode { get; set; }

    public IActionResult OnGet() => Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var today = UkClock.Today(clock);
        var on = DateInputValidation.Validate(EnquiryOn, "the date of the enquiry", required: true, today: today);
        on.AddTo(ModelState, nameof(EnquiryOn));
        try
        {
            var carer = await fostering.StartAsync(new HouseholdEnquiry(Typed.Clean(Name), Route, on.Date, Typed.Clean(Postcode)), ct);
            TempData["Success"] = $"Enquiry recorded for {carer.Name}";
            return Redirect($"/fostering/{carer.Id}");
        }
        catch (CaseRuleException refused)
        {
            foreach (var problem in refused.Result.Problems)
            {
                if (problem.Field.Length == 0 || ModelState.GetFieldValidationState(problem.Field) != Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid)
                {
                    ModelState.AddModelError(problem.Field, problem.Message);
                }
            }
            return this.InvalidPage();
        }
    }
}
