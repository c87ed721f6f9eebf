namespace Haven.Web.Features.Casework.Dates;

/// <summary>
/// A team or service manager corrects one date recorded on an episode, saying why. Refused by the field, with what was
/// typed kept, when the date is missing, in the future, outside the record's own dates, or breaks a census rule.
/// </summary>
public sealed class CorrectDateModel(HavenDbContext db, TimeProvider clock, DateCorrectionService corrections) : PersonPageModel(db, clock)
{
    [FromRoute] public Guid ReferralId { get; set; }
    [FromRoute] public CorrectableDate What { get; set; }
    [FromRoute] public Guid ItemId { get; set; }

    public RecordedDate Recorded { get; private set; } = null!;
    public string DatesUrl => RecordUrls.RecordedDates(PersonId, ReferralId);

    [BindProperty] public DateInput NewDate { get; set; } = new();
    [BindProperty] public string? Reason { get; set; }

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct)
    {
        await records.ReferralAsync(PersonId, ReferralId, ct);
        Recorded = (await corrections.RecordedDatesAsync(PersonId, ReferralId, ct)).SingleOrDefault(d => d.What == What && d.ItemId == ItemId)
            ?? throw RecordStopException.NotFound();
    }

    public IActionResult OnGet() => Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var date = DateInputValidation.Validate(NewDate, "the correct date", required: true, today: Today);
        date.AddTo(ModelState, nameof(NewDate));
        return await SaveAsync(() => corrections.CorrectAsync(PersonId, ReferralId, What, ItemId, date.Date, Reason, ct),
            () => $"{Recorded.Label} corrected to {DateText.Date(date.Date!.Value)}", DatesUrl);
    }
}
