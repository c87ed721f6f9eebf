namespace Haven.Web.Infrastructure;

/// <summary>
/// Instants are stored in UTC; the working day, the date a contact arrived and the times people read are
/// UK local time (BST in summer), so conversions happen in one place.
/// </summary>
public static class UkTime
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static DateTime ToLocal(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    public static DateTime ToUtc(DateTime local) => TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), Zone);

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(ToLocal(clock.GetUtcNow().UtcDateTime));

    public static DateOnly DateOf(DateTime utc) => DateOnly.FromDateTime(ToLocal(utc));

    /// <summary>"25 November 2026 at 3:05pm", as GOV.UK writes times.</summary>
    public static string Format(DateTime utc)
    {
        var local = ToLocal(utc);
        var time = local.Minute == 0 ? local.ToString("%h") : local.ToString("h:mm");
        return $"{local:d MMMM yyyy} at {time}{(local.Hour < 12 ? "am" : "pm")}";
    }
}
