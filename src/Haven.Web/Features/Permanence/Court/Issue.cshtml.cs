using Haven.Domain.Permanence;

namespace Haven.Web.Features.Permanence.Court;

/// <summary>Care proceedings issued: the court, its case number, and the 26-week clock starts.</summary>
public sealed class IssueModel(HavenDbContext db, TimeProvider clock, CourtService court) : PersonPageModel(db, clock)
{
    public string CourtUrl => $"/people/{PersonId}/court";

    [BindProperty] public DateInput IssuedOn { get; set; } = new();
    [BindProperty] public string? Court { get; set; }
    [BindProperty] public string? CaseNumber { get; set; }

    public IActionResult OnGet()
    {
        IssuedOn = DateInput.From(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var issued = DateInputValidation.Validate(IssuedOn, "the date proceedings were issued", required: true, today: Today);
        issued.AddTo(ModelState, nameof(IssuedOn));
        return await SaveAsync(() => court.IssueAsync(PersonId, issued.Date, Court, CaseNumber, ct), "Proceedings issued recorded", CourtUrl,
            new Dictionary<string, string> { [PermanenceRules.DateField] = nameof(IssuedOn) });
    }
}
