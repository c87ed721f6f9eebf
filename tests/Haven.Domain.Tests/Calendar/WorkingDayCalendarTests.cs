using System.Globalization;
using Haven.Domain.Calendar;
using Xunit;

namespace Haven.Domain.Tests.Calendar;

/// <summary>
/// Worked examples. Each expected date was counted by hand on a calendar (see the comments), not taken from the
/// code under test.
/// </summary>
public class WorkingDayCalendarTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;

    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2025-12-24", true)]  // Wed, Christmas Eve is a normal working day
    [InlineData("2025-12-25", false)] // Thu, Christmas Day
    [InlineData("2025-12-26", false)] // Fri, Boxing Day
    [InlineData("2025-12-27", false)] // Sat
    [InlineData("2025-12-28", false)] // Sun
    [InlineData("2025-12-29", true)]  // Mon
    [InlineData("2026-01-01", false)] // Thu, New Year's Day
    [InlineData("2026-01-02", true)]  // Fri
    public void Working_days_around_Christmas_2025(string date, bool expected) =>
        Assert.Equal(expected, Calendar.IsWorkingDay(D(date)));

    [Fact]
    public void A_Saturday_Christmas_is_not_itself_listed_but_is_not_a_working_day()
    {
        // 25 Dec 2027 is a Saturday. GOV.UK lists the substitute (Mon 27), not the 25th.
        Assert.False(Calendar.IsBankHoliday(D("2027-12-25")));
        Assert.False(Calendar.IsWorkingDay(D("2027-12-25")));
        Assert.True(Calendar.IsBankHoliday(D("2027-12-27")));
    }

    [Fact]
    public void One_working_day_after_Christmas_Eve_2025_is_the_following_Monday()
    {
        // Wed 24 Dec (start, not counted) -> Thu 25 BH, Fri 26 BH, Sat 27, Sun 28 -> Mon 29 is day 1.
        Assert.Equal(D("2025-12-29"), Calendar.AddWorkingDays(D("2025-12-24"), 1));
    }

    [Fact]
    public void Fifteen_working_days_after_a_referral_on_15_December_2025()
    {
        // Start Mon 15 Dec 2025 (not counted).
        //  1 Tue 16,  2 Wed 17,  3 Thu 18,  4 Fri 19,
        //  5 Mon 22,  6 Tue 23,  7 Wed 24,  (Thu 25 and Fri 26 bank holidays, Sat 27 and Sun 28 weekend)
        //  8 Mon 29,  9 Tue 30, 10 Wed 31,  (Thu 1 Jan bank holiday)
        // 11 Fri 2 Jan,  (weekend)  12 Mon 5, 13 Tue 6, 14 Wed 7, 15 Thu 8 Jan 2026.
        Assert.Equal(D("2026-01-08"), Calendar.AddWorkingDays(D("2025-12-15"), 15));
        Assert.Equal(15, Calendar.WorkingDaysBetween(D("2025-12-15"), D("2026-01-08")));
    }

    [Fact]
    public void Across_Easter_2026()
    {
        // Good Friday is 3 April 2026 and Easter Monday 6 April.
        // Thu 2 Apr -> (Fri 3 BH, Sat, Sun, Mon 6 BH) -> Tue 7 Apr is day 1.
        Assert.Equal(D("2026-04-07"), Calendar.AddWorkingDays(D("2026-04-02"), 1));

        // Wed 1 Apr: 1 Thu 2, (Fri 3 to Mon 6 off), 2 Tue 7, 3 Wed 8, 4 Thu 9, 5 Fri 10.
        Assert.Equal(D("2026-04-10"), Calendar.AddWorkingDays(D("2026-04-01"), 5));
    }

    [Fact]
    public void Across_the_2027_substitute_days()
    {
        // Christmas 2027 is a Saturday, so Mon 27 and Tue 28 are the substitute days.
        // Fri 24 Dec -> (Sat 25, Sun 26, Mon 27 BH, Tue 28 BH) -> Wed 29 Dec is day 1.
        Assert.Equal(D("2027-12-29"), Calendar.AddWorkingDays(D("2027-12-24"), 1));

        // 1 Jan 2028 is a Saturday, so its holiday is Mon 3 Jan.
        // Thu 30 Dec: 1 Fri 31, (Sat 1, Sun 2, Mon 3 BH), 2 Tue 4 Jan 2028.
        Assert.Equal(D("2028-01-04"), Calendar.AddWorkingDays(D("2027-12-30"), 2));
    }

    [Fact]
    public void Across_the_2022_platinum_jubilee()
    {
        // Thu 2 and Fri 3 June 2022 were bank holidays, and Mon 30 May was not.
        // Wed 1 Jun -> (Thu 2 BH, Fri 3 BH, Sat, Sun) -> Mon 6 Jun is day 1.
        Assert.Equal(D("2022-06-06"), Calendar.AddWorkingDays(D("2022-06-01"), 1));

        // Fri 27 May: 1 Mon 30 May (a working day that year), 2 Tue 31, 3 Wed 1 Jun, 4 Mon 6 Jun.
        Assert.Equal(D("2022-06-06"), Calendar.AddWorkingDays(D("2022-05-27"), 4));
    }

    [Fact]
    public void Forty_five_working_days_with_no_bank_holidays()
    {
        // From a Monday with no holidays, every 5 working days is the next Monday, so 45 working days is 9
        // weeks (63 days) later. Mon 1 Sep 2025 + 63 days = Mon 3 Nov 2025 (30 days to 1 Oct, 31 more to
        // 1 Nov, 2 more to 3 Nov).
        Assert.Equal(D("2025-11-03"), Calendar.AddWorkingDays(D("2025-09-01"), 45));
    }

    [Fact]
    public void Forty_five_working_days_across_Christmas_2025()
    {
        // Mon 17 Nov 2025 + 9 weeks = Mon 19 Jan 2026, which would be 45 working days with no holidays.
        // Three bank holidays fall in that span (Thu 25 Dec, Fri 26 Dec, Thu 1 Jan), so three more working
        // days are needed: Tue 20, Wed 21, Thu 22 Jan 2026.
        Assert.Equal(D("2026-01-22"), Calendar.AddWorkingDays(D("2025-11-17"), 45));
    }

    [Fact]
    public void Forty_five_working_days_across_Easter_and_early_May_2026()
    {
        // Mon 2 Mar 2026 + 9 weeks = Mon 4 May 2026. In that span are Good Friday 3 Apr, Easter Monday 6 Apr
        // and the early May holiday on Mon 4 May itself, so only 42 working days are reached by 4 May.
        // Three more: Tue 5, Wed 6, Thu 7 May 2026.
        Assert.Equal(D("2026-05-07"), Calendar.AddWorkingDays(D("2026-03-02"), 45));
    }

    [Fact]
    public void Zero_working_days_is_the_start_even_on_a_bank_holiday()
    {
        Assert.Equal(D("2025-12-25"), Calendar.AddWorkingDays(D("2025-12-25"), 0));
    }

    [Fact]
    public void Negative_working_days_count_backwards()
    {
        // Mon 29 Dec 2025 back over Sun 28, Sat 27, Fri 26 BH and Thu 25 BH -> Wed 24 Dec is day -1.
        Assert.Equal(D("2025-12-24"), Calendar.AddWorkingDays(D("2025-12-29"), -1));

        // Easter Monday 6 Apr 2026 itself is not counted. Back over Sun 5, Sat 4 and Good Friday 3 -> Thu 2 Apr.
        Assert.Equal(D("2026-04-02"), Calendar.AddWorkingDays(D("2026-04-06"), -1));

        // Back from Thu 8 Jan 2026 by 15 is the referral date in the worked example above.
        Assert.Equal(D("2025-12-15"), Calendar.AddWorkingDays(D("2026-01-08"), -15));
    }

    [Theory]
    [InlineData("2025-12-19", "2025-12-22", 1)]   // Fri to Mon: only Mon counts
    [InlineData("2025-12-22", "2025-12-19", -1)]  // the same days reversed
    [InlineData("2025-12-24", "2025-12-28", 0)]   // Wed to Sun over Christmas: nothing after Wed is a working day
    [InlineData("2025-12-24", "2025-12-29", 1)]   // Mon 29 is the only one
    [InlineData("2026-03-02", "2026-05-04", 42)]  // 45 weekdays less Good Friday, Easter Monday and 4 May
    [InlineData("2025-06-10", "2025-06-10", 0)]   // the same day
    public void Working_days_between(string from, string to, int expected) =>
        Assert.Equal(expected, Calendar.WorkingDaysBetween(D(from), D(to)));

    [Theory]
    [InlineData("2025-01-31", 1, "2025-02-28")]  // 2025 is not a leap year
    [InlineData("2024-01-31", 1, "2024-02-29")]  // 2024 is
    [InlineData("2024-03-31", -1, "2024-02-29")] // clamped going backwards too
    [InlineData("2025-08-31", 6, "2026-02-28")]  // a 6-month review from the end of August
    [InlineData("2025-05-31", 3, "2025-08-31")]  // August has 31 days, so there is no clamp
    [InlineData("2025-11-30", 3, "2026-02-28")]
    [InlineData("2025-12-15", 12, "2026-12-15")]
    public void Calendar_months_clamp_to_the_end_of_a_shorter_month(string start, int months, string expected) =>
        Assert.Equal(D(expected), Calendar.AddCalendarMonths(D(start), months));

    [Fact]
    public void A_date_after_the_covered_years_throws_naming_the_year()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => Calendar.IsWorkingDay(D("2031-01-02")));
        Assert.Contains("2031", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_date_before_the_covered_years_throws_naming_the_year()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => Calendar.IsBankHoliday(D("2009-12-25")));
        Assert.Contains("2009", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Counting_past_the_last_covered_year_throws_rather_than_guessing()
    {
        // Mon 30 Dec 2030: day 1 is Tue 31 Dec, and day 2 needs 2031, which is not covered.
        Assert.Equal(D("2030-12-31"), Calendar.AddWorkingDays(D("2030-12-30"), 1));
        var ex = Assert.Throws<InvalidOperationException>(() => Calendar.AddWorkingDays(D("2030-12-30"), 5));
        Assert.Contains("2031", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_calendar_can_be_built_from_supplied_dates()
    {
        // A made-up region with one holiday, on Mon 2 Jun 2025.
        var calendar = new WorkingDayCalendar([D("2025-06-02")]);

        Assert.Equal(2025, calendar.FirstYear);
        Assert.Equal(2025, calendar.LastYear);
        Assert.True(calendar.IsBankHoliday(D("2025-06-02")));
        // England and Wales has no holiday on 25 Dec 2025 in this calendar, so it is an ordinary Thursday.
        Assert.True(calendar.IsWorkingDay(D("2025-12-25")));
        // Fri 30 May -> (Sat, Sun, Mon 2 Jun holiday) -> Tue 3 Jun.
        Assert.Equal(D("2025-06-03"), calendar.AddWorkingDays(D("2025-05-30"), 1));
        Assert.Throws<InvalidOperationException>(() => calendar.IsWorkingDay(D("2026-01-05")));
    }

    [Fact]
    public void An_empty_list_of_dates_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new WorkingDayCalendar([]));
    }
}
