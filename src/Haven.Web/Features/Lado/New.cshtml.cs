using Haven.Domain.Safeguarding;

namespace Haven.Web.Features.Lado;

/// <summary>A referral to the designated officer: who the allegation is about, what is alleged, who reported it and when.</summary>
public sealed class NewModel(AllegationService allegations) : PageModel
{
    [BindProperty] public string? AdultName { get; set; }
    [BindProperty] public string? Employer { get; set; }
    [BindProperty] public string? AdultRole { get; set; }
    [BindProperty] public string? Details { get; set; }
    [BindProperty] public string? ReportedBy { get; set; }
    [BindProperty] public DateInput ReceivedOn { get; set; } = new();

    public IActionResult OnGet() => Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var received = DateInputValidation.Validate(ReceivedOn, "the date the referral was received", required: true, today: allegations.Today);
        received.AddTo(ModelState, nameof(ReceivedOn));
        try
        {
            var allegation = await allegations.RecordAsync(new AllegationReferral(Typed.Clean(AdultName), Typed.Clean(Employer), Typed.Clean(AdultRole),
                Typed.Clean(Details), Typed.Clean(ReportedBy), received.Date), ct);
            TempData["Success"] = $"Allegation about {allegation.AdultName} recorded";
            return Redirect($"/lado/{allegation.Id}");
        }
        catch (CaseRuleException refused)
        {
            ModelState.AddErrors(refused.Result);
            return this.InvalidPage();
        }
    }
}
