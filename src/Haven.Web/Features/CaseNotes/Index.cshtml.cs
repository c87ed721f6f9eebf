using Haven.Data;
using Haven.Domain.CaseRecording;
using Haven.GovUk;
using Haven.Web.Features.People.Record;
using Haven.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Haven.Web.Features.CaseNotes;

/// <summary>The child's case notes, newest first, filtered by type and date and paged. A GET form so a filtered list can be bookmarked.</summary>
public sealed class IndexModel(HavenDbContext db, TimeProvider clock, CaseNoteService notes) : PersonPageModel(db, clock)
{
    [BindProperty(SupportsGet = true, Name = "type")]
    public string? Type { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateInput From { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public DateInput To { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "sort")]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true, Name = "dir")]
    public string? Direction { get; set; }

    // Not "page": Razor Pages reserves that name for the page's own route value.
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public CaseNotePage Result { get; private set; } = new([], 0, 1, 1);

    public string SortKey { get; private set; } = "date";

    public bool Descending { get; private set; } = true;

    public bool IsFiltered { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadPersonAsync(ct))
        {
            return NotFound();
        }
        var today = UkTime.Today(Clock);
        var from = DateInputValidation.Validate(From, "the from date", required: false, today: today);
        from.AddTo(ModelState, nameof(From));
        var to = DateInputValidation.Validate(To, "the to date", required: false, today: today);
        to.AddTo(ModelState, nameof(To));
        if (from.Date is { } f && to.Date is { } t && t < f)
        {
            ModelState.AddModelError(nameof(To), "The to date must be the same as or after the from date");
        }
        CaseNoteType? type = Enum.TryParse<CaseNoteType>(Type, ignoreCase: true, out var parsed) ? parsed : null;
        SortKey = Sort == "type" ? "type" : "date";
        Descending = Direction is not ("asc" or "ascending");
        IsFiltered = type is not null || from.Date is not null || to.Date is not null;
        // A date that cannot be read filters nothing rather than hiding every note.
        var filter = new CaseNoteFilter(type, ModelState.IsValid ? from.Date : null, ModelState.IsValid ? to.Date : null);
        Result = await notes.ListAsync(PersonId, filter, SortKey == "type" ? CaseNoteSort.Type : CaseNoteSort.Date, Descending, PageNumber, ct);
        PageNumber = Result.PageNumber;
        return ModelState.IsValid ? Page() : this.InvalidPage();
    }

    public static IEnumerable<CaseNoteType> Types => Enum.GetValues<CaseNoteType>();
}
