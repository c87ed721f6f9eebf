using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Haven.Web.Features.Chronology;

/// <summary>
/// The chronology's filter as asked for in the query string (categories, significant only, from–to dates). The
/// screen, the print view and the exports each bind this one property, so they read the same filter the same way;
/// each field keeps its own query-string name (<c>category</c>, <c>significant</c>, <c>From.Day</c>…).
/// </summary>
public sealed class ChronologyFilterForm
{
    [FromQuery(Name = "category")]
    public List<ChronologyCategory> Categories { get; set; } = [];

    [FromQuery(Name = "significant")]
    public bool SignificantOnly { get; set; }

    public DateInput From { get; set; } = new();

    public DateInput To { get; set; } = new();

    /// <summary>The child's chronology through this filter; dates in error (shown on the From and To fields) filter nothing.</summary>
    public Task<ChronologyView> ViewAsync(ChronologyQueries queries, Guid personId, ModelStateDictionary modelState, DateOnly today, CancellationToken ct) =>
        ChronologyView.BuildAsync(queries, personId, ChronologyView.ReadFilter(Categories, SignificantOnly, From, To, modelState, today), ct);
}
