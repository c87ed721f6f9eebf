namespace Haven.Web.Features.People.Record;

/// <summary>Ends a warning that no longer applies: it leaves the banner and lists but stays on the record's history.</summary>
public sealed class EndFlagModel(HavenDbContext db, TimeProvider clock, PeopleService people) : WarningPageModel(db, clock)
{
    [BindProperty] public DateInput EndDate { get; set; } = new();
    [BindProperty] public string? Reason { get; set; }

    public IActionResult OnGet()
    {
        EndDate = DateInput.From(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        // Only whether it is a real date here; the rule says where it may fall.
        var end = DateInputValidation.Validate(EndDate, "the date the warning ended", required: true, today: Today);
        end.AddTo(ModelState, nameof(EndDate));
        return await SaveAsync(() => people.EndFlagAsync(PersonId, Warning.Id, end.Date, Reason, ct), "Warning ended", WarningsUrl);
    }
}
