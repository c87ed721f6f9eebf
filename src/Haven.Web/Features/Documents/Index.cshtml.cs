using Haven.Data;
using Haven.Domain.CaseRecording;
using Haven.Web.Features.Chronology;
using Haven.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Haven.Web.Features.Documents;

/// <summary>The child's documents, found by words in the title or the text, type and date. A GET form, so a search can be bookmarked.</summary>
public sealed class IndexModel(HavenDbContext db, TimeProvider clock, DocumentService documents) : RecordListPageModel(db, clock)
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "type")]
    public string? Type { get; set; }

    public DocumentPage Result { get; private set; } = new([], 0, 1, 1);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadPersonAsync(ct))
        {
            return NotFound();
        }
        var (from, to) = ReadDateRange();
        DocumentType? type = Enum.TryParse<DocumentType>(Type, ignoreCase: true, out var parsed) ? parsed : null;
        var search = new DocumentSearch(Query, type, from, to);
        IsFiltered = !search.IsEmpty;
        (SortKey, var sort) = Sort switch
        {
            "title" => ("title", DocumentSort.Title),
            "type" => ("type", DocumentSort.Type),
            _ => ("date", DocumentSort.Date),
        };
        Descending = DescendingOr(sort == DocumentSort.Date);
        Result = await documents.SearchAsync(PersonId, search, sort, Descending, PageNumber, ct);
        PageNumber = Result.PageNumber;
        return ModelState.IsValid ? Page() : this.InvalidPage();
    }
}
