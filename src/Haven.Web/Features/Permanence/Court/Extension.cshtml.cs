using System.Globalization;
using Haven.Domain.Permanence;

namespace Haven.Web.Features.Permanence.Court;

/// <summary>An extension of the 26 weeks granted by the court, up to 8 weeks at a time, with its reason.</summary>
public sealed class ExtensionModel(HavenDbContext db, TimeProvider clock, CourtService court) : PersonPageModel(db, clock)
{
    [FromRoute] public Guid ProceedingsId { get; set; }
    public CareProceedings Proceedings { get; private set; } = null!;
    public string CourtUrl => $"/people/{PersonId}/court";

    [BindProperty] public DateInput GrantedOn { get; set; } = new();
    /// <summary>As typed, so a mistyped number comes back as entered with its message.</summary>
    [BindProperty] public string? Weeks { get; set; }
    [BindProperty] public string? Reason { get; set; }

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct) =>
        Proceedings = await ProceedingsPart.OpenAsync(Db, PersonId, ProceedingsId, CourtUrl, ct, mustBeIssued: true);

    public IActionResult OnGet()
    {
        GrantedOn = DateInput.From(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var granted = DateInputValidation.Validate(GrantedOn, "the date the extension was granted", required: true, today: Today);
        granted.AddTo(ModelState, nameof(GrantedOn));
        int? weeks = null;
        if (!string.IsNullOrWhiteSpace(Weeks))
        {
            if (int.TryParse(Weeks.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var w))
            {
                weeks = w;
            }
            else
            {
                ModelState.AddModelError(nameof(Weeks), "Enter the number of weeks as a whole number, like 8");
            }
        }
        return await SaveAsync(() => court.ExtensionAsync(PersonId, ProceedingsId, granted.Date, weeks, Reason, ct), "Extension recorded", CourtUrl,
            new Dictionary<string, string> { [PermanenceRules.DateField] = nameof(GrantedOn), [PermanenceRules.WeeksField] = nameof(Weeks) });
    }
}
