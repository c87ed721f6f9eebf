using Haven.Web.Features.Chronology;

namespace Haven.Web.Features.Documents;

/// <summary>The child's documents, found by words in the title or the text, type and date. A GET form, so a search can be bookmarked.</summary>
public sealed class IndexModel(HavenDbContext db, TimeProvider clock, DocumentService documents) : PersonPageModel(db, clock)
{
    /// <summary>Dates, sort and page, each under its own query-string name.</summary>
    [BindProperty(SupportsGet = true)]
    public RecordListQuery List { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "type")]
    public string? Type { get; set; }

    public DocumentPage Result { get; private set; } = new([], 0, 1, 1);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var (from, to) = List.ReadDates(ModelState, Today);
        DocumentType? type = Enum.TryParse<DocumentType>(Type, ignoreCase: true, out var parsed) ? parsed : null;
        var search = new DocumentSearch(Query, type, from, to);
        var (sortKey, sort) = List.Sort switch
        {
            "title" => ("title", DocumentSort.Title),
            "type" => ("type", DocumentSort.Type),
            _ => ("date", DocumentSort.Date),
        };
        List.Settle(sortKey, descendingByDefault: sort == DocumentSort.Date, isFiltered: !search.IsEmpty);
        Result = await documents.SearchAsync(PersonId, search, sort, List.Descending, List.PageNumber, ct);
        List.PageNumber = Result.PageNumber;
        return ModelState.IsValid ? Page() : this.InvalidPage();
    }
}
