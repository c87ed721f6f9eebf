namespace Haven.Web.Features.LookedAfter.Period;

/// <summary>The child leaves care with the DfE reason (REC). The episode of social care stays open for after-care work until it is closed.</summary>
public sealed class EndModel(HavenDbContext db, TimeProvider clock, CarePeriodService care) : PersonPageModel(db, clock)
{
    [FromRoute] public Guid PeriodId { get; set; }
    public CarePeriod Period { get; private set; } = null!;
    public string CareUrl => $"/people/{PersonId}/care";

    [BindProperty] public DateInput EndDate { get; set; } = new();
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public string? Note { get; set; }

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct) =>
        Period = await records.OpenCarePeriodAsync(PersonId, PeriodId, CareUrl, ct);

    public IActionResult OnGet()
    {
        EndDate = DateInput.From(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var end = DateInputValidation.Validate(EndDate, "the date the child left care", required: true, today: Today);
        end.AddTo(ModelState, nameof(EndDate));
        return await SaveAsync(() => care.EndAsync(PersonId, PeriodId, end.Date, Typed.Clean(Reason), Note, ct), "Leaving care recorded", CareUrl,
            new Dictionary<string, string> { [CareRules.EndField] = nameof(EndDate), [CareRules.ReasonCeasedField] = nameof(Reason), [CareRules.PlacementsField] = nameof(EndDate) });
    }
}
