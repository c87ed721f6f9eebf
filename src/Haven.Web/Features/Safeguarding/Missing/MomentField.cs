using Haven.Web.Features.FrontDoor;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Haven.Web.Features.Safeguarding.Missing;

/// <summary>
/// A moment typed as a UK date and a time (14:30, 2:30pm), read into the UTC instant it is stored as. Problems with the
/// typing are shown by the date or time field; whether the moment makes sense (after the child went missing, not in the
/// future) is the rule's question, asked in the service.
/// </summary>
internal static class MomentField
{
    public static DateTime? Read(ModelStateDictionary state, DateInput date, string dateField, string? time, string timeField, string what, DateOnly today, bool required)
    {
        if (!required && date.IsEmpty && string.IsNullOrWhiteSpace(time))
        {
            return null;
        }
        var day = DateInputValidation.Validate(date, $"the date {what}", required: true, today: today);
        day.AddTo(state, dateField);
        if (!NewContactModel.TryParseTime(time, out var at))
        {
            state.AddModelError(timeField, $"Enter the time {what}, like 14:30 or 2:30pm");
            return null;
        }
        return day.Date is { } d ? UkClock.ToUtc(d.ToDateTime(at)) : null;
    }

    /// <summary>The date and time fields of a form, filled from a stored instant (in UK time).</summary>
    public static (DateInput Date, string? Time) Show(DateTime? utc)
    {
        if (utc is not { } u)
        {
            return (new DateInput(), null);
        }
        var local = UkClock.ToLocal(u);
        return (DateInput.From(DateOnly.FromDateTime(local)), local.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture));
    }
}
