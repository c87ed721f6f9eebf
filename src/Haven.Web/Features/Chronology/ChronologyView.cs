using Microsoft.AspNetCore.Mvc.ModelBinding;
using ChronologyRules = Haven.Domain.CaseRecording.Chronology;

namespace Haven.Web.Features.Chronology;

/// <summary>
/// What the chronology's screen, print view and exports show: the same filter read from the same query string and
/// the same events, so what a worker sees filtered is exactly what they print or download. A part each of those
/// pages composes, rather than a base they inherit.
/// </summary>
public sealed class ChronologyView
{
    private ChronologyView(ChronologyFilter filter, IReadOnlyList<ChronologyLine> allLines)
    {
        Filter = filter;
        AllLines = allLines;
        Lines = ChronologyRules.Filter(allLines, filter);
    }

    public ChronologyFilter Filter { get; }

    /// <summary>Every event, before the filter: the page shows how many the filter left out.</summary>
    public IReadOnlyList<ChronologyLine> AllLines { get; }

    public IReadOnlyList<ChronologyLine> Lines { get; }

    /// <summary>The filter from the query string; dates in error (shown on the From and To fields) filter nothing.</summary>
    public static ChronologyFilter ReadFilter(IEnumerable<ChronologyCategory> categories, bool significantOnly, DateInput from, DateInput to,
        ModelStateDictionary modelState, DateOnly today)
    {
        var (fromDate, toDate) = RecordListFilter.ReadDateRange(from, to, modelState, today);
        return new ChronologyFilter(categories.ToHashSet(), fromDate, toDate, significantOnly);
    }

    public static async Task<ChronologyView> BuildAsync(ChronologyQueries queries, Guid personId, ChronologyFilter filter, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(queries);
        return new ChronologyView(filter, await queries.BuildAsync(personId, ct));
    }

    /// <summary>The chronology on screen as a document to print or download.</summary>
    public ChronologyDocument Document(Person person, string authorityName, string producedBy, DateTime producedAtUtc)
    {
        ArgumentNullException.ThrowIfNull(person);
        return new()
        {
            AuthorityName = authorityName,
            ChildName = $"{person.FirstName} {person.LastName}",
            HavenId = person.LaPersonId,
            DateOfBirth = person.DateOfBirth,
            ProducedBy = producedBy,
            ProducedAt = DateText.DateAndTime(producedAtUtc),
            FilterDescription = FilterDescription,
            Lines = Lines,
        };
    }

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
