namespace Haven.Web.Features.LookedAfter.Carers;

/// <summary>Adds a carer or provider to the register children are placed from.</summary>
public sealed class AddModel(CarerRegisterService register, TimeProvider clock) : PageModel
{
    [BindProperty] public CarerForm Carer { get; set; } = new();

    public IActionResult OnGet() => Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var details = Carer.Parse(ModelState, nameof(Carer), UkClock.Today(clock));
        try
        {
            var carer = await register.AddAsync(details, ct);
            TempData["Success"] = $"{carer.Name} added to the register";
            return Redirect($"/carers/{carer.Id}");
        }
        catch (CaseRuleException refused)
        {
            CarerForm.AddErrors(ModelState, refused.Result, nameof(Carer));
            return this.InvalidPage();
        }
    }
}
