using Haven.Data;
using Haven.Domain.CaseRecording;
using Haven.Web.Features.Chronology;
using Haven.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Haven.Web.Features.CaseNotes;

/// <summary>The child's case notes, newest first, filtered by type and date and paged. A GET form so a filtered list can be bookmarked.</summary>
public sealed class IndexModel(HavenDbContext db, TimeProvider clock, CaseNoteService notes) : RecordListPageModel(db, clock)
{
    [BindProperty(SupportsGet = true, Name = "type")]
    public string? Type { get; set; }

    public CaseNotePage Result { get; private set; } = new([], 0, 1, 1);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadPersonAsync(ct))
        {
            return NotFound();
        }
        var (from, to) = ReadDateRange();
        CaseNoteType? type = Enum.TryParse<CaseNoteType>(Type, ignoreCase: true, out var parsed) ? parsed : null;
        SortKey = Sort == "type" ? "type" : "date";
        Descending = DescendingOr(true);
        var filter = new CaseNoteFilter(type, from, to);
        IsFiltered = type is not null || from is not null || to is not null;
        Result = await notes.ListAsync(PersonId, filter, SortKey == "type" ? CaseNoteSort.Type : CaseNoteSort.Date, Descending, PageNumber, ct);
        PageNumber = Result.PageNumber;
        return ModelState.IsValid ? Page() : this.InvalidPage();
    }

    public static IEnumerable<CaseNoteType> Types => Enum.GetValues<CaseNoteType>();
}
