namespace Haven.Domain.Calendar;

/// <summary>Where a piece of work stands against its timescale.</summary>
/// <param name="DueDate">The last day on which the work is in time.</param>
/// <param name="State">In time, late, overdue, due soon or not yet due.</param>
/// <param name="DaysOverdue">
/// Calendar days past the due date: how late the work was done, or how late it is today if it is not done.
/// This is 0 when the work is not late. It counts calendar days because that is how people read lateness
/// off a calendar, whatever unit the timescale uses.
/// </param>
public sealed record TimescaleStatus(DateOnly DueDate, TimescaleState State, int DaysOverdue);
