namespace Haven.Domain.Calendar;

/// <summary>
/// A statutory or local timescale, such as "15 working days" or "3 months", counted from a start event.
/// </summary>
public sealed record TimescaleRule
{
    /// <summary>A due date this many working days away or fewer counts as due soon.</summary>
    public const int DueSoonWorkingDays = 2;

    private TimescaleRule(TimescaleUnit unit, int amount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(amount);
        Unit = unit;
        Amount = amount;
    }

    public TimescaleUnit Unit { get; }

    public int Amount { get; }

    public static TimescaleRule WorkingDays(int amount) => new(TimescaleUnit.WorkingDays, amount);

    public static TimescaleRule CalendarDays(int amount) => new(TimescaleUnit.CalendarDays, amount);

    public static TimescaleRule Weeks(int amount) => new(TimescaleUnit.Weeks, amount);

    /// <summary>Calendar months. The day is clamped to the end of a shorter month.</summary>
    public static TimescaleRule Months(int amount) => new(TimescaleUnit.Months, amount);

    /// <summary>
    /// The last day on which the work is in time. Rules counted in calendar days, weeks or months are not
    /// moved off weekends or bank holidays. Only working-day rules skip them.
    /// </summary>
    public DateOnly DueFrom(DateOnly start, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return Unit switch
        {
            TimescaleUnit.WorkingDays => calendar.AddWorkingDays(start, Amount),
            TimescaleUnit.CalendarDays => start.AddDays(Amount),
            TimescaleUnit.Weeks => start.AddDays(7 * Amount),
            TimescaleUnit.Months => calendar.AddCalendarMonths(start, Amount),
            _ => throw new InvalidOperationException($"Unknown timescale unit {Unit}."),
        };
    }

    public TimescaleStatus Evaluate(DateOnly start, DateOnly? completedOn, DateOnly today, WorkingDayCalendar cal)
    {
        ArgumentNullException.ThrowIfNull(cal);
        return TimescaleStatus.Against(DueFrom(start, cal), completedOn, today, cal);
    }

    public override string ToString() => Unit switch
    {
        TimescaleUnit.WorkingDays => Amount == 1 ? "1 working day" : $"{Amount} working days",
        TimescaleUnit.CalendarDays => Amount == 1 ? "1 calendar day" : $"{Amount} calendar days",
        TimescaleUnit.Weeks => Amount == 1 ? "1 week" : $"{Amount} weeks",
        TimescaleUnit.Months => Amount == 1 ? "1 month" : $"{Amount} months",
        _ => $"{Amount} {Unit}",
    };
}
