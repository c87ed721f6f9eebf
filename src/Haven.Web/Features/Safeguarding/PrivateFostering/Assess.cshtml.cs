using Haven.Domain.Safeguarding;

namespace Haven.Web.Features.Safeguarding.PrivateFostering;

/// <summary>Records the assessment of a private fostering arrangement: when it was finished and whether it is suitable.</summary>
public sealed class AssessModel(HavenDbContext db, TimeProvider clock, PrivateFosteringService fostering) : PersonPageModel(db, clock)
{
    [FromRoute] public Guid ArrangementId { get; set; }
    public PrivateFosteringArrangement Arrangement { get; private set; } = null!;
    public string ListUrl => IndexModel.AddressFor(PersonId);

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct) =>
        Arrangement = await records.OpenPrivateFosteringAsync(PersonId, ArrangementId, ListUrl, ct);

    [BindProperty] public DateInput AssessedOn { get; set; } = new();
    [BindProperty] public bool? Suitable { get; set; }
    [BindProperty] public string? AssessmentSummary { get; set; }

    private static readonly Dictionary<string, string> Fields = new() { [PrivateFosteringRules.AssessedOn] = nameof(AssessedOn) };

    public IActionResult OnGet()
    {
        AssessedOn = Arrangement.AssessedOn is { } on ? DateInput.From(on) : new DateInput();
        Suitable = Arrangement.Suitable;
        AssessmentSummary = Arrangement.AssessmentSummary;
        Version = Arrangement.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var assessed = DateInputValidation.Validate(AssessedOn, "the date the assessment was finished", required: true, today: Today);
        assessed.AddTo(ModelState, nameof(AssessedOn));
        return await SaveAsync(() => fostering.AssessAsync(PersonId, ArrangementId, new AssessmentDetails(assessed.Date, Suitable, AssessmentSummary), Version, ct),
            "Assessment recorded", ListUrl, Fields);
    }
}
