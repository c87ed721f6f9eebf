using System.Globalization;
using Haven.Domain.Calendar;
using Xunit;

namespace Haven.Domain.Tests.Calendar;

public class TimescaleRuleTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;

    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public void Reads_as_English()
    {
        Assert.Equal("15 working days", TimescaleRule.WorkingDays(15).ToString());
        Assert.Equal("1 working day", TimescaleRule.WorkingDays(1).ToString());
        Assert.Equal("20 calendar days", TimescaleRule.CalendarDays(20).ToString());
        Assert.Equal("1 calendar day", TimescaleRule.CalendarDays(1).ToString());
        Assert.Equal("3 months", TimescaleRule.Months(3).ToString());
        Assert.Equal("1 month", TimescaleRule.Months(1).ToString());
        Assert.Equal("6 weeks", TimescaleRule.Weeks(6).ToString());
        Assert.Equal("1 week", TimescaleRule.Weeks(1).ToString());
    }

    [Fact]
    public void Rules_with_the_same_unit_and_amount_are_equal()
    {
        Assert.Equal(TimescaleRule.WorkingDays(15), TimescaleRule.WorkingDays(15));
        Assert.NotEqual(TimescaleRule.WorkingDays(15), TimescaleRule.CalendarDays(15));
    }

    [Fact]
    public void A_negative_amount_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TimescaleRule.WorkingDays(-1));
    }

    [Theory]
    // The 15 working days are counted in WorkingDayCalendarTests: Mon 15 Dec 2025 -> Thu 8 Jan 2026.
    [InlineData("working", 15, "2025-12-15", "2026-01-08")]
    // Wed 24 Dec 2025 -> (Thu 25, Fri 26 BH, weekend) -> Mon 29 Dec.
    [InlineData("working", 1, "2025-12-24", "2025-12-29")]
    // 20 calendar days from 15 Dec: 16 days to 31 Dec, then 4 more, so Sun 4 Jan 2026. It stays on the Sunday.
    [InlineData("calendar", 20, "2025-12-15", "2026-01-04")]
    // 6 weeks = 42 days: 16 days to 31 Dec, then 26 more, so Mon 26 Jan 2026.
    [InlineData("weeks", 6, "2025-12-15", "2026-01-26")]
    // 3 months from 30 Nov is clamped to the end of February.
    [InlineData("months", 3, "2025-11-30", "2026-02-28")]
    // A 6-month review from 31 Aug 2025 is clamped to 28 Feb 2026.
    [InlineData("months", 6, "2025-08-31", "2026-02-28")]
    public void Due_dates(string unit, int amount, string start, string expected)
    {
        var rule = unit switch
        {
            "working" => TimescaleRule.WorkingDays(amount),
            "calendar" => TimescaleRule.CalendarDays(amount),
            "weeks" => TimescaleRule.Weeks(amount),
            _ => TimescaleRule.Months(amount),
        };
        Assert.Equal(D(expected), rule.DueFrom(D(start), Calendar));
    }

    // Referral on Mon 15 Dec 2025 with 15 working days is due Thu 8 Jan 2026.
    private static readonly TimescaleRule Fifteen = TimescaleRule.WorkingDays(15);

    [Fact]
    public void Completed_on_the_due_date_is_in_time()
    {
        var status = Fifteen.Evaluate(D("2025-12-15"), D("2026-01-08"), D("2026-02-01"), Calendar);
        Assert.Equal(new TimescaleStatus(D("2026-01-08"), TimescaleState.CompletedInTime, 0), status);
    }

    [Fact]
    public void Completed_early_is_in_time_whatever_today_is()
    {
        var status = Fifteen.Evaluate(D("2025-12-15"), D("2025-12-19"), D("2026-03-01"), Calendar);
        Assert.Equal(TimescaleState.CompletedInTime, status.State);
    }

    [Fact]
    public void Completed_after_the_due_date_is_late_by_calendar_days()
    {
        // Due Thu 8 Jan, done Mon 12 Jan: 4 calendar days late (9, 10, 11, 12).
        var status = Fifteen.Evaluate(D("2025-12-15"), D("2026-01-12"), D("2026-01-20"), Calendar);
        Assert.Equal(new TimescaleStatus(D("2026-01-08"), TimescaleState.CompletedLate, 4), status);
    }

    [Fact]
    public void Not_done_after_the_due_date_is_overdue()
    {
        var status = Fifteen.Evaluate(D("2025-12-15"), null, D("2026-01-12"), Calendar);
        Assert.Equal(new TimescaleStatus(D("2026-01-08"), TimescaleState.Overdue, 4), status);
    }

    [Theory]
    [InlineData("2026-01-08", TimescaleState.DueSoon)]   // due today
    [InlineData("2026-01-06", TimescaleState.DueSoon)]   // Tue: Wed 7 and Thu 8 remain, 2 working days
    [InlineData("2026-01-05", TimescaleState.NotYetDue)] // Mon: Tue, Wed and Thu remain, 3 working days
    [InlineData("2025-12-24", TimescaleState.NotYetDue)] // 29, 30, 31 Dec and 2, 5, 6, 7, 8 Jan remain, 8 working days
    public void Not_done_before_the_due_date(string today, TimescaleState expected)
    {
        var status = Fifteen.Evaluate(D("2025-12-15"), null, D(today), Calendar);
        Assert.Equal(new TimescaleStatus(D("2026-01-08"), expected, 0), status);
    }

    [Fact]
    public void Due_soon_counts_working_days_so_Christmas_does_not_hide_a_deadline()
    {
        // Due in 1 working day from Wed 24 Dec 2025 means Mon 29 Dec: 5 calendar days away, but only one
        // working day (Mon 29) stands between, so it is due soon.
        var status = TimescaleRule.WorkingDays(1).Evaluate(D("2025-12-24"), null, D("2025-12-24"), Calendar);
        Assert.Equal(new TimescaleStatus(D("2025-12-29"), TimescaleState.DueSoon, 0), status);
    }

    [Fact]
    public void A_monthly_rule_is_evaluated_against_its_clamped_due_date()
    {
        // 3 months from 30 Nov 2025 is due Sat 28 Feb 2026. On Tue 3 Mar it is 3 calendar days overdue.
        var status = TimescaleRule.Months(3).Evaluate(D("2025-11-30"), null, D("2026-03-03"), Calendar);
        Assert.Equal(new TimescaleStatus(D("2026-02-28"), TimescaleState.Overdue, 3), status);
    }
}
