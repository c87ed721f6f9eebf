using Haven.Domain.Calendar;
using Haven.Domain.Formatting;

namespace Haven.Domain.Tests.Calendar;

public sealed class UkClockTests
{
    [Theory]
    [InlineData("2026-11-23T09:00:00Z", "23 November 2026 at 9am")]    // GMT: UTC and local agree
    [InlineData("2026-11-23T14:05:00Z", "23 November 2026 at 2:05pm")]
    [InlineData("2026-07-01T11:30:00Z", "1 July 2026 at 12:30pm")]     // BST: one hour ahead
    [InlineData("2026-03-28T23:30:00Z", "28 March 2026 at 11:30pm")]   // the night before the clocks change
    [InlineData("2026-03-29T01:30:00Z", "29 March 2026 at 2:30am")]    // just after they go forward
    public void Formats_instants_in_UK_local_time_as_GOV_UK_writes_times(string utc, string expected)
    {
        Assert.Equal(expected, DateText.DateAndTime(DateTime.Parse(utc, null, System.Globalization.DateTimeStyles.AdjustToUniversal)));
    }

    [Fact]
    public void A_contact_at_half_past_midnight_in_summer_belongs_to_the_local_date()
    {
        Assert.Equal(new DateOnly(2026, 7, 2), UkClock.DateOf(new DateTime(2026, 7, 1, 23, 30, 0, DateTimeKind.Utc)));
    }
}
