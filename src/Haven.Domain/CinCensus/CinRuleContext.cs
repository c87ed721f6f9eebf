namespace Haven.Domain.CinCensus;

/// <summary>
/// What every child-level rule needs besides the child: the census period and the working-day calendar.
/// The working-day cut-offs are worked out once here rather than per child.
/// </summary>
public sealed class CinRuleContext
{
    private CinRuleContext(DateOnly referenceDate, WorkingDayCalendar calendar, string? laCode)
    {
        ReferenceDate = referenceDate;
        CensusStart = referenceDate.AddYears(-1).AddDays(1);
        Calendar = calendar;
        LaCode = laCode;
        OneWorkingDayBeforeCensusStart = calendar.AddWorkingDays(CensusStart, -1);
        FortyFiveWorkingDaysBeforeReferenceDate = calendar.AddWorkingDays(referenceDate, -45);
        FifteenWorkingDaysBeforeReferenceDate = calendar.AddWorkingDays(referenceDate, -15);
    }

    /// <summary>The last day of the census period (31 March).</summary>
    public DateOnly ReferenceDate { get; }

    /// <summary>The first day of the census period: the reference date less a year, plus a day (1 April).</summary>
    public DateOnly CensusStart { get; }

    public WorkingDayCalendar Calendar { get; }

    /// <summary>The local authority's DfE code from the header, when known.</summary>
    public string? LaCode { get; }

    public DateOnly OneWorkingDayBeforeCensusStart { get; }

    public DateOnly FortyFiveWorkingDaysBeforeReferenceDate { get; }

    public DateOnly FifteenWorkingDaysBeforeReferenceDate { get; }

    /// <summary>
    /// A context for the census year ending on <paramref name="referenceDate"/>. Throws if the calendar has no
    /// bank holidays for that year, because working-day rules would otherwise be silently wrong.
    /// </summary>
    public static CinRuleContext For(DateOnly referenceDate, string? laCode = null, WorkingDayCalendar? calendar = null) =>
        new(referenceDate, calendar ?? WorkingDayCalendar.EnglandAndWales, laCode);

    /// <summary>On or between the first and last days of the census period.</summary>
    public bool InCensusPeriod(DateOnly date) => date >= CensusStart && date <= ReferenceDate;
}
