using System.Globalization;
using Haven.Domain.Calendar;
using Haven.Domain.ChildProtection;

namespace Haven.Domain.Tests.ChildProtection;

/// <summary>
/// Every child protection clock worked by hand against the calendar. Christmas 2026: Friday 25 December is
/// Christmas Day, Boxing Day falls on a Saturday so Monday 28 December is its substitute, and Friday 1 January
/// 2027 is New Year's Day.
/// </summary>
public sealed partial class ChildProtectionClockTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;

    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public void The_Christmas_2026_bank_holidays_are_the_ones_these_examples_count_around()
    {
        Assert.True(Calendar.IsBankHoliday(D("2026-12-25")));
        Assert.False(Calendar.IsBankHoliday(D("2026-12-26")));
        Assert.True(Calendar.IsBankHoliday(D("2026-12-28")));
        Assert.True(Calendar.IsBankHoliday(D("2027-01-01")));
    }
}
