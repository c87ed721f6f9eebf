namespace Haven.Domain.Calendar;

/// <summary>
/// "Today" and the time people read, in UK local time (BST in summer). Instants are stored in UTC, but a
/// social worker's day starts at midnight in England: between 00:00 and 01:00 in summer the UTC date is still
/// yesterday, so every "today" comes from here and the injected <see cref="TimeProvider"/>, never the machine clock.
/// </summary>
public static class UkClock
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static DateTime ToLocal(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    public static DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    public static DateTime ToUtc(DateTime local) => TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), Zone);

    public static DateOnly Today(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOf(clock.GetUtcNow().UtcDateTime);
    }

    /// <summary>The UK date on which a UTC instant fell.</summary>
    public static DateOnly DateOf(DateTime utc) => DateOnly.FromDateTime(ToLocal(utc));
}
