using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Haven.Web.Features.Chronology;

/// <summary>
/// What a GET form over one of the record's lists (case notes, documents) asks for: a from–to date range, a sort
/// column and direction, and a page. A page binds it as one property; each field keeps its own query-string name
/// (<c>From.Day</c>, <c>sort</c>, <c>dir</c>, <c>p</c>), so bookmarked and linked lists still open the same.
/// </summary>
public sealed class RecordListQuery
{
    public DateInput From { get; set; } = new();

    public DateInput To { get; set; } = new();

    [FromQuery(Name = "sort")]
    public string? Sort { get; set; }

    [FromQuery(Name = "dir")]
    public string? Direction { get; set; }

    // Not "page": Razor Pages reserves that name for the page's own route value.
    [FromQuery(Name = "p")]
    public int PageNumber { get; set; } = 1;

    /// <summary>The column the list is sorted by, once read: <see cref="Sort"/> if the list knows it, else its default.</summary>
    public string SortKey { get; private set; } = "date";

    public bool Descending { get; private set; } = true;

    /// <summary>Anything narrows the list, so an empty one says "found" rather than "none recorded".</summary>
    public bool IsFiltered { get; private set; }

    /// <summary>The date range, with GOV.UK errors on From and To for dates that cannot be read (see <see cref="RecordListFilter"/>).</summary>
    public (DateOnly? From, DateOnly? To) ReadDates(ModelStateDictionary modelState, DateOnly today) =>
        RecordListFilter.ReadDateRange(From, To, modelState, today);

    /// <summary>Settles the sort column (dates newest first by default, words A to Z) and whether the list is narrowed.</summary>
    public void Settle(string sortKey, bool descendingByDefault, bool isFiltered)
    {
        SortKey = sortKey;
        Descending = RecordListFilter.Descending(Direction, descendingByDefault);
        IsFiltered = isFiltered;
    }
}
