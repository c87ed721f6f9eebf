using Haven.Data;
using Haven.GovUk;
using Haven.Web.Features.People.Record;
using Haven.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Haven.Web.Features.Chronology;

/// <summary>
/// Base for the record's filtered views (case notes, documents, chronology): a from–to date range typed into a
/// GET form, checked the same way on each.
/// </summary>
public abstract class RecordFilterPageModel(HavenDbContext db, TimeProvider clock) : PersonPageModel(db, clock)
{
    [BindProperty(SupportsGet = true)]
    public DateInput From { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public DateInput To { get; set; } = new();

    /// <summary>
    /// The dates to filter by, with GOV.UK errors for any that cannot be read or are the wrong way round. A date in
    /// error filters nothing rather than hiding the whole list.
    /// </summary>
    protected (DateOnly? From, DateOnly? To) ReadDateRange()
    {
        var today = UkTime.Today(Clock);
        var from = DateInputValidation.Validate(From, "the from date", required: false, today: today);
        from.AddTo(ModelState, nameof(From));
        var to = DateInputValidation.Validate(To, "the to date", required: false, today: today);
        to.AddTo(ModelState, nameof(To));
        if (from.Date is { } f && to.Date is { } t && t < f)
        {
            ModelState.AddModelError(nameof(To), "The to date must be the same as or after the from date");
        }
        return ModelState.IsValid ? (from.Date, to.Date) : (null, null);
    }
}

/// <summary>A filtered list that is also sorted and paged (case notes, documents), with the GOV.UK table's sort and page parameters.</summary>
public abstract class RecordListPageModel(HavenDbContext db, TimeProvider clock) : RecordFilterPageModel(db, clock)
{
    [BindProperty(SupportsGet = true, Name = "sort")]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true, Name = "dir")]
    public string? Direction { get; set; }

    // Not "page": Razor Pages reserves that name for the page's own route value.
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public string SortKey { get; protected set; } = "date";

    public bool Descending { get; protected set; } = true;

    public bool IsFiltered { get; protected set; }

    /// <summary>The direction asked for, or the column's own default (dates newest first, words A to Z).</summary>
    protected bool DescendingOr(bool byDefault) => Direction switch
    {
        "asc" or "ascending" => false,
        "desc" or "descending" => true,
        _ => byDefault,
    };
}
