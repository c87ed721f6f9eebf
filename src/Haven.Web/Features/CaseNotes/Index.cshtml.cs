using Haven.Web.Features.Chronology;

namespace Haven.Web.Features.CaseNotes;

/// <summary>The child's case notes, newest first, filtered by type and date and paged. A GET form so a filtered list can be bookmarked.</summary>
public sealed class IndexModel(HavenDbContext db, TimeProvider clock, CaseNoteService notes) : PersonPageModel(db, clock)
{
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

    public string SortKey { get; private set; } = "date";

    public bool Descending { get; private set; } = true;

    public bool IsFiltered { get; private set; }

    [BindProperty(SupportsGet = true, Name = "type")]
    public string? Type { get; set; }

    public CaseNotePage Result { get; private set; } = new([], 0, 1, 1);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var (from, to) = RecordListFilter.ReadDateRange(From, To, ModelState, Today);
        CaseNoteType? type = Enum.TryParse<CaseNoteType>(Type, ignoreCase: true, out var parsed) ? parsed : null;
        SortKey = Sort == "type" ? "type" : "date";
        Descending = RecordListFilter.Descending(Direction, true);
        var filter = new CaseNoteFilter(type, from, to);
        IsFiltered = type is not null || from is not null || to is not null;
        Result = await notes.ListAsync(PersonId, filter, SortKey == "type" ? CaseNoteSort.Type : CaseNoteSort.Date, Descending, PageNumber, ct);
        PageNumber = Result.PageNumber;
        return ModelState.IsValid ? Page() : this.InvalidPage();
    }

    public static IEnumerable<CaseNoteType> Types => Enum.GetValues<CaseNoteType>();
}
