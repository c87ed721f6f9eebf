using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Haven.Web.Features.Chronology;

/// <summary>
/// The record's filtered views (case notes, documents, chronology) take a from–to date range typed into a GET form;
/// it is checked the same way on each.
/// </summary>
public static class RecordListFilter
{
    /// <summary>
    /// The dates to filter by, with GOV.UK errors on the From and To fields for any that cannot be read or are the
    /// wrong way round. A date in error filters nothing rather than hiding the whole list.
    /// </summary>
    public static (DateOnly? From, DateOnly? To) ReadDateRange(DateInput from, DateInput to, ModelStateDictionary modelState, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        var fromDate = DateInputValidation.Validate(from, "the from date", required: false, today: today);
        fromDate.AddTo(modelState, "From");
        var toDate = DateInputValidation.Validate(to, "the to date", required: false, today: today);
        toDate.AddTo(modelState, "To");
        if (fromDate.Date is { } f && toDate.Date is { } t && t < f)
        {
            modelState.AddModelError("To", "The to date must be the same as or after the from date");
        }
        return modelState.IsValid ? (fromDate.Date, toDate.Date) : (null, null);
    }

    /// <summary>The direction a sorted list was asked for, or the column's own default (dates newest first, words A to Z).</summary>
    public static bool Descending(string? direction, bool byDefault) => direction switch
    {
        "asc" or "ascending" => false,
        "desc" or "descending" => true,
        _ => byDefault,
    };
}
