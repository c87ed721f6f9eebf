namespace Haven.Domain.Calendar;

public enum TimescaleUnit
{
    WorkingDays,
    CalendarDays,
    Weeks,
    Months,
}
