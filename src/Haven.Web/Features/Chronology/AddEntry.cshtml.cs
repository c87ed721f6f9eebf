using ChronologyRules = Haven.Domain.CaseRecording.Chronology;

namespace Haven.Web.Features.Chronology;

/// <summary>Adds an event Haven cannot know from its own record: a move, a missing episode, a court hearing, a hospital stay.</summary>
public sealed class AddEntryModel(HavenDbContext db, TimeProvider clock, ChronologyService chronology) : PersonPageModel(db, clock)
{
    [BindProperty] public DateInput OccurredOn { get; set; } = new();
    [BindProperty] public ChronologyCategory? Category { get; set; }
    [BindProperty] public string? Summary { get; set; }
    [BindProperty] public string? Source { get; set; }
    [BindProperty] public bool Significant { get; set; }

    public IActionResult OnGet() => Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var today = UkClock.Today(Clock);
        var date = DateInputValidation.Validate(OccurredOn, "the date it happened", required: true, notAfter: today, today: today);
        date.AddTo(ModelState, nameof(OccurredOn));
        foreach (var (field, message) in ChronologyRules.ValidateEntry(Category, Summary))
        {
            ModelState.AddModelError(field, message);
        }
        if (!ModelState.IsValid)
        {
            return this.InvalidPage();
        }
        var entry = await chronology.AddEntryAsync(PersonId, date.Date!.Value, Category!.Value, Summary!, Source, Significant, ct);
        TempData["Success"] = "Event added to the chronology";
        return Redirect($"{Url.Page("/Chronology/Index", new { personId = PersonId })}#{IndexModel.Anchor(ChronologyRules.Key("entry", entry.Id))}");
    }
}
