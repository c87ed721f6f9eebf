namespace Haven.Domain.Calendar;

/// <summary>Where a piece of work stands against its timescale.</summary>
/// <param name="DueDate">The last day on which the work is in time.</param>
/// <param name="State">In time, late, overdue, due soon or not yet due.</param>
/// <param name="DaysOverdue">
/// Calendar days past the due date: how late the work was done, or how late it is today if it is not done.
/// This is 0 when the work is not late. It counts calendar days because that is how people read lateness
/// off a calendar, whatever unit the timescale uses.
/// </param>
public sealed record TimescaleStatus(DateOnly DueDate, TimescaleState State, int DaysOverdue)
{
    /// <summary>
    /// Where work stands against a due date already worked out, for clocks that are not one rule from one start
    /// (the next review after several, the next visit after the last one the child was seen at).
    /// </summary>
    public static TimescaleStatus Against(DateOnly due, DateOnly? completedOn, DateOnly today, WorkingDayCalendar cal)
    {
        ArgumentNullException.ThrowIfNull(cal);
        if (completedOn is { } done)
        {
            return done <= due
                ? new TimescaleStatus(due, TimescaleState.CompletedInTime, 0)
                : new TimescaleStatus(due, TimescaleState.CompletedLate, done.DayNumber - due.DayNumber);
        }

        if (today > due)
        {
            return new TimescaleStatus(due, TimescaleState.Overdue, today.DayNumber - due.DayNumber);
        }

        // Measured in working days so that on Christmas Eve, something due the Monday after counts as
        // close, even though it is five calendar days away.
        var state = cal.WorkingDaysBetween(today, due) <= TimescaleRule.DueSoonWorkingDays ? TimescaleState.DueSoon : TimescaleState.NotYetDue;
        return new TimescaleStatus(due, state, 0);
    }
}
