namespace Haven.Web.Features.LookedAfter.Education;

/// <summary>Records a suspension or permanent exclusion of a child in care.</summary>
public sealed class ExclusionModel(HavenDbContext db, TimeProvider clock, EducationService education) : PersonPageModel(db, clock)
{
    public CarePeriod Period { get; private set; } = null!;
    public string EducationUrl => $"/people/{PersonId}/care/education";

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct) =>
        Period = await records.OpenCarePeriodAsync(PersonId, null, EducationUrl, ct);

    [BindProperty] public ExclusionKind? Kind { get; set; }
    [BindProperty] public DateInput StartDate { get; set; } = new();
    [BindProperty] public DateInput EndDate { get; set; } = new();
    [BindProperty] public string? SchoolName { get; set; }
    [BindProperty] public string? Reason { get; set; }

    public IActionResult OnGet() => Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var start = DateInputValidation.Validate(StartDate, "the first day of the exclusion", required: true, today: Today);
        start.AddTo(ModelState, nameof(StartDate));
        var end = DateInputValidation.Validate(EndDate, "the last day of the suspension", required: false, today: Today);
        end.AddTo(ModelState, nameof(EndDate));
        return await SaveAsync(() => education.RecordExclusionAsync(PersonId, new ExclusionDetails(Kind, start.Date, end.Date, SchoolName, Reason), ct),
            $"{(Kind is { } k ? CareHealthWording.Label(k) : "Exclusion")} recorded", EducationUrl);
    }
}
