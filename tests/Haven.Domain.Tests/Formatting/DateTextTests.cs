using System.Globalization;
using Haven.Domain.Assessments;
using Haven.Domain.Calendar;
using Haven.Domain.Formatting;

namespace Haven.Domain.Tests.Formatting;

/// <summary>
/// Dates read the same on every page, letter and file, in British English, whatever language the server is set
/// to: a server in another culture used to print "4 december 2026".
/// </summary>
public sealed class DateTextTests
{
    private static readonly DateOnly Friday = new(2026, 12, 4);

    [Theory]
    [InlineData("")]        // the invariant culture, as in a container with no locale
    [InlineData("nl-NL")]   // months in lower case
    [InlineData("en-US")]
    public void Dates_are_British_English_whatever_the_culture(string culture)
    {
        using var _ = new CultureScope(culture);

        Assert.Equal("4 December 2026", DateText.Date(Friday));
        Assert.Equal("4 Dec 2026", DateText.Short(Friday));
        Assert.Equal("Friday 4 December 2026", DateText.WithDay(Friday));
        Assert.Equal("4 December 2026 at 2:30pm", DateText.DateAndTime(new DateTime(2026, 12, 4, 14, 30, 0, DateTimeKind.Utc)));
    }

    [Fact]
    public void A_rule_message_names_the_date_in_British_English_whatever_the_culture()
    {
        using var _ = new CultureScope("nl-NL");

        var errors = AssessmentRules.ValidateStart(new DateOnly(2026, 12, 1), 45, Friday, new DateOnly(2026, 12, 10));

        Assert.Equal("The assessment cannot start before the referral on 4 December 2026", errors.MessageFor(AssessmentRules.StartFields.StartDate));
    }

    [Theory]
    [InlineData("2026-11-23T09:00:00Z", "23 November 2026 at 9am")]     // GMT: UTC and local agree
    [InlineData("2026-07-01T11:30:00Z", "1 July 2026 at 12:30pm")]      // BST: one hour ahead
    [InlineData("2026-03-29T01:30:00Z", "29 March 2026 at 2:30am")]     // just after the clocks go forward
    [InlineData("2026-12-04T00:05:00Z", "4 December 2026 at 12:05am")]
    public void Times_are_UK_local_as_GOV_UK_writes_them(string utc, string expected) =>
        Assert.Equal(expected, DateText.DateAndTime(DateTime.Parse(utc, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal)));

    [Fact]
    public void Today_is_the_UK_date_not_the_UTC_date()
    {
        // 00:30 on 1 July in London is still 30 June in UTC.
        var clock = new StoppedClock(new DateTimeOffset(2026, 6, 30, 23, 30, 0, TimeSpan.Zero));

        Assert.Equal(new DateOnly(2026, 7, 1), UkClock.Today(clock));
    }

    private sealed class StoppedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private sealed class CultureScope : IDisposable
    {
        private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
        private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;

        public CultureScope(string name)
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(name);
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
        }

        public void Dispose()
        {
            CultureInfo.CurrentCulture = _culture;
            CultureInfo.CurrentUICulture = _uiCulture;
        }
    }
}
