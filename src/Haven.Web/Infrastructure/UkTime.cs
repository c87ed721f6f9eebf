namespace Haven.Web.Infrastructure;

/// <summary>
/// Instants are stored in UTC; the working day, the date a contact arrived and the times people read are
/// UK local time (BST in summer). The web's short names for <see cref="UkClock"/> and <see cref="DateText"/>.
/// </summary>
public static class UkTime
{
    public static DateTime ToLocal(DateTime utc) => UkClock.ToLocal(utc);

    public static DateTime ToUtc(DateTime local) => UkClock.ToUtc(local);

    public static DateOnly Today(TimeProvider clock) => UkClock.Today(clock);

    public static DateOnly DateOf(DateTime utc) => UkClock.DateOf(utc);

    /// <summary>"25 November 2026 at 3:05pm", as GOV.UK writes times.</summary>
    public static string Format(DateTime utc) => DateText.DateAndTime(utc);
}
