namespace Haven.Web.Features.Chronology;

/// <summary>
/// The child's chronology, built from the record: newest first, filtered by category, dates and significance,
/// with each event markable as significant or not.
/// </summary>
public sealed class IndexModel(HavenDbContext db, TimeProvider clock, ChronologyQueries queries, ChronologyService chronology)
    : PersonPageModel(db, clock)
{
    /// <summary>The filter, each field under its own query-string name.</summary>
    [BindProperty(SupportsGet = true)]
    public ChronologyFilterForm Form { get; set; } = new();

    public ChronologyView Chronology { get; private set; } = null!;

    public ChronologyFilter Filter => Chronology.Filter;
    public IReadOnlyList<ChronologyLine> AllLines => Chronology.AllLines;
    public IReadOnlyList<ChronologyLine> Lines => Chronology.Lines;
    public string FilterQuery => Chronology.FilterQuery;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Chronology = await Form.ViewAsync(queries, PersonId, ModelState, Today, ct);
        return ModelState.IsValid ? Page() : this.InvalidPage();
    }

    // Read-only roles are refused by PersonRecordFilter, which stops every write to a record.
    public async Task<IActionResult> OnPostMarkAsync(string? key, bool significant, CancellationToken ct)
    {
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
