namespace Haven.Web.Features.LookedAfter.Period;

/// <summary>A new legal status from a date, such as an interim care order after police protection; the return gets a new episode (RNE L).</summary>
public sealed class LegalStatusModel(HavenDbContext db, TimeProvider clock, CarePeriodService care) : PersonPageModel(db, clock)
{
    [FromRoute] public Guid PeriodId { get; set; }
    public CarePeriod Period { get; private set; } = null!;
    public string CareUrl => $"/people/{PersonId}/care";
    public CareLegalStatus Current => Period.LegalStatuses.OrderBy(s => s.From).Last();

    [BindProperty] public DateInput From { get; set; } = new();
    [BindProperty] public string? LegalStatus { get; set; }
    [BindProperty] public string? Note { get; set; }

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct) =>
        Period = await records.OpenCarePeriodAsync(PersonId, PeriodId, CareUrl, ct);

    public IActionResult OnGet()
    {
        From = DateInput.From(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var from = DateInputValidation.Validate(From, "the date the legal status changed", required: true, today: Today);
        from.AddTo(ModelState, nameof(From));
        return await SaveAsync(() => care.ChangeLegalStatusAsync(PersonId, PeriodId, from.Date, Typed.Clean(LegalStatus), Note, ct), "Legal status changed", CareUrl,
            new Dictionary<string, string> { [CareEntryRules.DateField] = nameof(From), [CareRules.StartField] = nameof(From), [CareRules.PlacementsField] = nameof(From) });
    }
}
