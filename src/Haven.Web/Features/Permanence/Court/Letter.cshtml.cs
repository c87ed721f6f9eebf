using Haven.Domain.Permanence;

namespace Haven.Web.Features.Permanence.Court;

/// <summary>The letter before proceedings: pre-proceedings under the Public Law Outline begin.</summary>
public sealed class LetterModel(HavenDbContext db, TimeProvider clock, CourtService court) : PersonPageModel(db, clock)
{
    public string CourtUrl => $"/people/{PersonId}/court";

    [BindProperty] public DateInput SentOn { get; set; } = new();

    public IActionResult OnGet()
    {
        SentOn = DateInput.From(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var sent = DateInputValidation.Validate(SentOn, "the date the letter was sent", required: true, today: Today);
        sent.AddTo(ModelState, nameof(SentOn));
        return await SaveAsync(() => court.SendLetterAsync(PersonId, sent.Date, ct), "Letter before proceedings recorded", CourtUrl,
            new Dictionary<string, string> { [PermanenceRules.DateField] = nameof(SentOn) });
    }
}
