using System.Globalization;
using Haven.Domain.Calendar;
using Xunit;

namespace Haven.Domain.Tests.Calendar;

/// <summary>
/// Pins the embedded England and Wales list. The expected dates come from GOV.UK's published list, not from a
/// rule, so a mistyped or missing row fails here.
/// </summary>
public class BankHolidayDataTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;

    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public void Covers_2010_to_2030()
    {
        Assert.Equal(2010, Calendar.FirstYear);
        Assert.Equal(2030, Calendar.LastYear);
    }

    [Theory]
    [InlineData("2011-04-29")] // Royal wedding
    [InlineData("2012-06-04")] // Spring bank holiday moved from Mon 28 May
    [InlineData("2012-06-05")] // Diamond Jubilee
    [InlineData("2020-05-08")] // Early May moved to Friday for VE Day 75
    [InlineData("2022-06-02")] // Spring bank holiday moved to Thursday
    [InlineData("2022-06-03")] // Platinum Jubilee
    [InlineData("2022-09-19")] // State funeral of Queen Elizabeth II
    [InlineData("2023-05-08")] // Coronation of King Charles III
    public void One_off_and_moved_days_are_bank_holidays(string date) =>
        Assert.True(Calendar.IsBankHoliday(D(date)));

    [Theory]
    [InlineData("2012-05-28")] // the last Monday in May 2012, a normal day because the holiday moved to 4 June
    [InlineData("2020-05-04")] // the first Monday in May 2020, a normal day because the holiday moved to Fri 8 May
    [InlineData("2022-05-30")] // the last Monday in May 2022, a normal day because the holiday moved to Thu 2 June
    public void Days_that_the_usual_rule_would_give_are_working_days_when_the_holiday_moved(string date) =>
        Assert.True(Calendar.IsWorkingDay(D(date)));

    [Theory]
    // Christmas Day on a Saturday and Boxing Day on a Sunday: both move to Mon 27 and Tue 28.
    [InlineData("2010-12-27")]
    [InlineData("2010-12-28")]
    [InlineData("2021-12-27")]
    [InlineData("2021-12-28")]
    [InlineData("2027-12-27")]
    [InlineData("2027-12-28")]
    // Christmas Day on a Sunday: Boxing Day stays on Mon 26 and Christmas moves to Tue 27.
    [InlineData("2011-12-27")]
    [InlineData("2016-12-27")]
    [InlineData("2022-12-27")]
    // Boxing Day on a Saturday: it moves to Mon 28.
    [InlineData("2015-12-28")]
    [InlineData("2020-12-28")]
    [InlineData("2026-12-28")]
    // New Year's Day on a Saturday or Sunday moves to the Monday.
    [InlineData("2011-01-03")]
    [InlineData("2012-01-02")]
    [InlineData("2017-01-02")]
    [InlineData("2022-01-03")]
    [InlineData("2023-01-02")]
    [InlineData("2028-01-03")]
    public void Substitute_days_are_bank_holidays(string date) =>
        Assert.True(Calendar.IsBankHoliday(D(date)));

    [Theory]
    // Good Friday and Easter Monday, from Easter Sunday 31 Mar 2024, 20 Apr 2025, 5 Apr 2026, 28 Mar 2027 and 21 Apr 2030.
    [InlineData("2024-03-29", "2024-04-01")]
    [InlineData("2025-04-18", "2025-04-21")]
    [InlineData("2026-04-03", "2026-04-06")]
    [InlineData("2027-03-26", "2027-03-29")]
    [InlineData("2028-04-14", "2028-04-17")]
    [InlineData("2029-03-30", "2029-04-02")]
    [InlineData("2030-04-19", "2030-04-22")]
    public void Easter_holidays(string goodFriday, string easterMonday)
    {
        Assert.True(Calendar.IsBankHoliday(D(goodFriday)));
        Assert.True(Calendar.IsBankHoliday(D(easterMonday)));
        Assert.Equal(DayOfWeek.Friday, D(goodFriday).DayOfWeek);
        Assert.Equal(DayOfWeek.Monday, D(easterMonday).DayOfWeek);
    }

    [Fact]
    public void The_2026_list_matches_gov_uk()
    {
        string[] expected =
        [
            "2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04",
            "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28",
        ];
        Assert.Equal(expected, HolidaysIn(2026).Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void The_2027_list_matches_gov_uk()
    {
        string[] expected =
        [
            "2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03",
            "2027-05-31", "2027-08-30", "2027-12-27", "2027-12-28",
        ];
        Assert.Equal(expected, HolidaysIn(2027).Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Each_year_has_eight_bank_holidays_plus_its_extra_days()
    {
        // Extra days: 2011 royal wedding; 2012 diamond jubilee (the spring holiday moved, so it is not extra);
        // 2022 platinum jubilee and state funeral; 2023 coronation.
        var extras = new Dictionary<int, int> { [2011] = 1, [2012] = 1, [2022] = 2, [2023] = 1 };
        for (var year = 2010; year <= 2030; year++)
        {
            Assert.Equal(8 + extras.GetValueOrDefault(year), HolidaysIn(year).Count);
        }
    }

    [Fact]
    public void Every_bank_holiday_falls_on_a_weekday()
    {
        // Weekend dates are never listed, because GOV.UK lists the substitute weekday instead.
        for (var year = 2010; year <= 2030; year++)
        {
            Assert.All(HolidaysIn(year), d => Assert.InRange((int)d.DayOfWeek, (int)DayOfWeek.Monday, (int)DayOfWeek.Friday));
        }
    }

    private static List<DateOnly> HolidaysIn(int year)
    {
        var list = new List<DateOnly>();
        for (var d = new DateOnly(year, 1, 1); d.Year == year; d = d.AddDays(1))
        {
            if (Calendar.IsBankHoliday(d))
            {
                list.Add(d);
            }
        }

        return list;
    }
}
