using Haven.Data;
using Haven.Domain.CaseRecording;
using Haven.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Haven.Web.Features.Chronology;

/// <summary>
/// The child's chronology, built from the record: newest first, filtered by category, dates and significance,
/// with each event markable as significant or not.
/// </summary>
public sealed class IndexModel(HavenDbContext db, TimeProvider clock, ChronologyQueries queries, ChronologyService chronology)
    : ChronologyPageModel(db, clock, queries)
{
    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadChronologyAsync(ct))
        {
            return NotFound();
        }
        return ModelState.IsValid ? Page() : this.InvalidPage();
    }

    // Read-only roles are refused by PersonRecordFilter, which stops every write to a record.
    public async Task<IActionResult> OnPostMarkAsync(string? key, bool significant, CancellationToken ct)
    {
        if (!await LoadPersonAsync(ct))
        {
            return NotFound();
        }
        if (string.IsNullOrEmpty(key) || !await chronology.SetSignificanceAsync(PersonId, key, significant, ct))
        {
            return NotFound();
        }
        TempData["Success"] = significant ? "Event marked as significant" : "Event no longer marked as significant";
        // Back to the same filtered view, at the event that was marked.
        return Redirect($"{Url.Page("/Chronology/Index", new { personId = PersonId })}{Request.QueryString}#{Anchor(key)}");
    }

    public static string Anchor(string key) => "event-" + key.Replace(':', '-');

    public static IEnumerable<ChronologyCategory> FilterCategories => Enum.GetValues<ChronologyCategory>();
}
