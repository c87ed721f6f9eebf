using Haven.Data;
using Haven.Domain.CaseRecording;
using Haven.Domain.Formatting;
using Haven.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using ChronologyRules = Haven.Domain.CaseRecording.Chronology;

namespace Haven.Web.Features.Chronology;

/// <summary>
/// Base for the chronology's screen, print view and exports: they read the same filter from the query string
/// and show the same events, so what a worker sees filtered is exactly what they print or download.
/// </summary>
public abstract class ChronologyPageModel(HavenDbContext db, TimeProvider clock, ChronologyQueries queries) : RecordFilterPageModel(db, clock)
{
    [BindProperty(SupportsGet = true, Name = "category")]
    public List<ChronologyCategory> Categories { get; set; } = [];

    [BindProperty(SupportsGet = true, Name = "significant")]
    public bool SignificantOnly { get; set; }

    public ChronologyFilter Filter { get; private set; } = ChronologyFilter.All;

    /// <summary>Every event, before the filter: the page shows how many the filter left out.</summary>
    public IReadOnlyList<ChronologyLine> AllLines { get; private set; } = [];

    public IReadOnlyList<ChronologyLine> Lines { get; private set; } = [];

    /// <summary>Loads the person and the filtered chronology; false (and a 404) when there is no such person.</summary>
    protected async Task<bool> LoadChronologyAsync(CancellationToken ct)
    {
        if (!await LoadPersonAsync(ct))
        {
            return false;
        }
        var (from, to) = ReadDateRange();
        Filter = new ChronologyFilter(Categories.ToHashSet(), from, to, SignificantOnly);
        AllLines = await queries.BuildAsync(PersonId, ct);
        Lines = ChronologyRules.Filter(AllLines, Filter);
        return true;
    }

    /// <summary>The chronology on screen as a document to print or download.</summary>
    protected ChronologyDocument Document(string authorityName, string producedBy) => new()
    {
        AuthorityName = authorityName,
        ChildName = $"{Person.FirstName} {Person.LastName}",
        HavenId = Person.LaPersonId,
        DateOfBirth = Person.DateOfBirth,
        ProducedBy = producedBy,
        ProducedAt = UkTime.Format(Clock.GetUtcNow().UtcDateTime),
        FilterDescription = FilterDescription,
        Lines = Lines,
    };

    /// <summary>The current filter as a query string ("?category=Visit&amp;significant=true"), for links to the print view and exports.</summary>
    public string FilterQuery
    {
        get
        {
            var parts = new List<string>();
            parts.AddRange(Filter.Categories.Order().Select(c => $"category={c}"));
            if (Filter.From is { } f)
            {
                parts.Add($"From.Day={f.Day}&From.Month={f.Month}&From.Year={f.Year}");
            }
            if (Filter.To is { } t)
            {
                parts.Add($"To.Day={t.Day}&To.Month={t.Month}&To.Year={t.Year}");
            }
            if (Filter.SignificantOnly)
            {
                parts.Add("significant=true");
            }
            return parts.Count == 0 ? "" : "?" + string.Join("&", parts);
        }
    }

    /// <summary>The filter in words, printed on exports so a reader knows what was left out.</summary>
    public string FilterDescription
    {
        get
        {
            if (Filter.IsEmpty)
            {
                return "All events";
            }
            var parts = new List<string>();
            if (Filter.SignificantOnly)
            {
                parts.Add("significant events only");
            }
            if (Filter.Categories.Count > 0)
            {
                parts.Add(string.Join(", ", Filter.Categories.Order().Select(c => ChronologyRules.CategoryLabel(c).ToLowerInvariant())));
            }
            if (Filter.From is { } f)
            {
                parts.Add($"from {DateText.Date(f)}");
            }
            if (Filter.To is { } t)
            {
                parts.Add($"to {DateText.Date(t)}");
            }
            var text = string.Join("; ", parts);
            return $"Filtered: {text}";
        }
    }
}
