using Haven.Web.Features.Chronology;

namespace Haven.Web.Features.CaseNotes;

/// <summary>The child's case notes, newest first, filtered by type and date and paged. A GET form so a filtered list can be bookmarked.</summary>
public sealed class IndexModel(HavenDbContext db, TimeProvider clock, CaseNoteService notes) : PersonPageModel(db, clock)
{
    /// <summary>Dates, sort and page, each under its own query-string name.</summary>
    [BindProperty(SupportsGet = true)]
    public RecordListQuery List { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "type")]
    public string? Type { get; set; }

    public CaseNotePage Result { get; private set; } = new([], 0, 1, 1);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var (from, to) = List.ReadDates(ModelState, Today);
        CaseNoteType? type = Enum.TryParse<CaseNoteType>(Type, ignoreCase: true, out var parsed) ? parsed : null;
        List.Settle(List.Sort == "type" ? "type" : "date", descendingByDefault: true, isFiltered: type is not null || from is not null || to is not null);
        var filter = new CaseNoteFilter(type, from, to);
        Result = await notes.ListAsync(PersonId, filter, List.SortKey == "type" ? CaseNoteSort.Type : CaseNoteSort.Date, List.Descending, List.PageNumber, ct);
        List.PageNumber = Result.PageNumber;
        return ModelState.IsValid ? Page() : this.InvalidPage();
    }

    public static IEnumerable<CaseNoteType> Types => Enum.GetValues<CaseNoteType>();
}
