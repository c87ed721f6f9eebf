using System.Globalization;

namespace Haven.Domain.Formatting;

/// <summary>
/// Dates and times as people read them, in GOV.UK style and always in British English, whatever culture the
/// server runs in (a server set to another language would otherwise print "4 december 2026"). Pages, letters,
/// the chronology, PDFs, CSV files, history entries and the demo data all use these, so a date reads the same
/// everywhere.
/// </summary>
public static class DateText
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>"4 December 2026".</summary>
    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", English);

    /// <summary>"4 December 2026", or null when there is no date.</summary>
    public static string? Date(DateOnly? date) => date is { } d ? Date(d) : null;

    /// <summary>"4 Dec 2026", for dense tables where the full month would wrap.</summary>
    public static string Short(DateOnly date) => date.ToString("d MMM yyyy", English);

    /// <summary>"Friday 4 December 2026", where the day of the week matters (today, a due day, a non-working day).</summary>
    public static string WithDay(DateOnly date) => date.ToString("dddd d MMMM yyyy", English);

    /// <summary>"2:30pm", "3pm", as GOV.UK writes times.</summary>
    public static string Time(DateTime local)
    {
        var time = local.Minute == 0 ? local.ToString("%h", English) : local.ToString("h:mm", English);
        return time + (local.Hour < 12 ? "am" : "pm");
    }

    /// <summary>"4 December 2026 at 2:30pm" in UK time, for an instant stored in UTC.</summary>
    public static string DateAndTime(DateTime utc)
    {
        var local = UkClock.ToLocal(utc);
        return $"{Date(DateOnly.FromDateTime(local))} at {Time(local)}";
    }

    /// <summary>"2:30pm on 4 December 2026" in UK time, where the time matters most (until when an account is locked).</summary>
    public static string TimeAndDate(DateTime utc)
    {
        var local = UkClock.ToLocal(utc);
        return $"{Time(local)} on {Date(DateOnly.FromDateTime(local))}";
    }

    /// <summary>"4 Dec 2026 2:30pm" in UK time, for dense tables.</summary>
    public static string ShortDateAndTime(DateTime utc)
    {
        var local = UkClock.ToLocal(utc);
        return $"{Short(DateOnly.FromDateTime(local))} {Time(local)}";
    }

    /// <summary>"2026-12-04": for file names and machine-readable attributes, not for people.</summary>
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
