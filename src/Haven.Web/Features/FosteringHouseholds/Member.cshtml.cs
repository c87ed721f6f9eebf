using Haven.Domain.Fostering;

namespace Haven.Web.Features.FosteringHouseholds;

/// <summary>Adds someone who lives in the household (an applicant, a child of the family, another adult).</summary>
public sealed class MemberModel(FosteringService fostering, TimeProvider clock) : HouseholdPageModel(fostering, clock)
{
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public HouseholdMemberRole? Role { get; set; }
    [BindProperty] public DateInput BornOn { get; set; } = new();

    public IActionResult OnGet() => Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var born = DateInputValidation.Validate(BornOn, "the date of birth", required: false, today: Today, notAfter: Today);
        born.AddTo(ModelState, nameof(BornOn));
        if (!ModelState.IsValid)
        {
            AddErrors(HouseholdRules.CheckMember(Typed.Clean(Name), Role, born.Date, Today));
            return this.InvalidPage();
        }
        try
        {
            await Fostering.AddMemberAsync(CarerId, Typed.Clean(Name), Role, born.Date, ct);
            TempData["Success"] = $"{Name!.Trim()} added to {Carer.Name}";
            return Redirect(HouseholdUrl);
        }
        catch (CaseRuleException refused)
        {
            AddErrors(refused.Result);
            return this.InvalidPage();
        }
    }
}
