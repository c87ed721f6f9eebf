using Haven.Web.Features.Chronology;

namespace Haven.Web.Features.Documents;

/// <summary>The child's documents, found by words in the title or the text, type and date. A GET form, so a search can be bookmarked.</summary>
public sealed class IndexModel(HavenDbContext db, TimeProvider clock, DocumentService documents) : PersonPageModel(db, clock)
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

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "type")]
    public string? Type { get; set; }

    public DocumentPage Result { get; private set; } = new([], 0, 1, 1);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var (from, to) = RecordListFilter.ReadDateRange(From, To, ModelState, Today);
        DocumentType? type = Enum.TryParse<DocumentType>(Type, ignoreCase: true, out var parsed) ? parsed : null;
        var search = new DocumentSearch(Query, type, from, to);
        IsFiltered = !search.IsEmpty;
        (SortKey, var sort) = Sort switch
        {
            "title" => ("title", DocumentSort.Title),
            "type" => ("type", DocumentSort.Type),
            _ => ("date", DocumentSort.Date),
        };
        Descending = RecordListFilter.Descending(Direction, sort == DocumentSort.Date);
        Result = await documents.SearchAsync(PersonId, search, sort, Descending, PageNumber, ct);
        PageNumber = Result.PageNumber;
        return ModelState.IsValid ? Page() : this.InvalidPage();
    }
}
