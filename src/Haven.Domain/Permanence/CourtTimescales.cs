namespace Haven.Domain.Permanence;

/// <summary>
/// The 26-week limit for care and supervision proceedings (Children Act 1989 s32(1)(a)(ii), as amended by the Children
/// and Families Act 2014): the case should be finished within 26 weeks of the day the application was issued. The
/// court may extend it by up to 8 weeks at a time (s32(5)–(8)) when that is necessary to resolve the proceedings justly.
/// </summary>
public static class CourtTimescales
{
    public const int Weeks = 26;
    public const int MaxExtensionWeeks = 8;

    /// <summary>Issue plus 26 weeks plus every extension granted.</summary>
    public static DateOnly ConcludeBy(DateOnly issuedOn, IEnumerable<int> extensionWeeks)
    {
        ArgumentNullException.ThrowIfNull(extensionWeeks);
        return issuedOn.AddDays(7 * (Weeks + extensionWeeks.Sum()));
    }

    /// <summary>Which week of proceedings <paramref name="on"/> falls in (week 1 begins on the day of issue), as the court and the family speak of it.</summary>
    public static int WeekOfProceedings(DateOnly issuedOn, DateOnly on) => on < issuedOn ? 0 : (on.DayNumber - issuedOn.DayNumber) / 7 + 1;
}
