using Haven.Domain.Safeguarding;

namespace Haven.Domain.Tests.Safeguarding;

/// <summary>
/// A repeat MARAC referral is one within 12 calendar months of an earlier one: worked at 365 and 366 days, in a year
/// with a 29 February in between and in one without, so the answer comes from the calendar, not a count of days.
/// </summary>
public sealed class MaracTests
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void Across_29_february_2028_a_referral_366_days_later_is_on_the_anniversary_and_a_repeat_and_367_days_is_not()
    {
        var first = D(2027, 3, 15);
        Assert.Equal(365, D(2028, 3, 14).DayNumber - first.DayNumber);
        Assert.True(MaracRepeat.IsRepeat(D(2028, 3, 14), [first]));
        Assert.Equal(366, D(2028, 3, 15).DayNumber - first.DayNumber);
        Assert.True(MaracRepeat.IsRepeat(D(2028, 3, 15), [first]));
        Assert.False(MaracRepeat.IsRepeat(D(2028, 3, 16), [first]));
    }

    [Fact]
    public void Without_a_29_february_the_anniversary_is_365_days_later_so_366_days_is_not_a_repeat()
    {
        var first = D(2026, 6, 10);
        Assert.Equal(365, D(2027, 6, 10).DayNumber - first.DayNumber);
        Assert.True(MaracRepeat.IsRepeat(D(2027, 6, 10), [first]));
        Assert.False(MaracRepeat.IsRepeat(D(2027, 6, 11), [first]));
    }

    [Fact]
    public void Each_referral_is_flagged_against_the_ones_before_it_only()
    {
        MaracReferral R(DateOnly on) => new() { Id = Guid.NewGuid(), PersonId = Guid.Empty, ReferredOn = on, ReferredBy = "Police", RecordedByUserId = "u", RecordedByName = "Worker" };
        var flagged = MaracRepeat.Flag([R(D(2026, 9, 1)), R(D(2025, 1, 5)), R(D(2026, 2, 1))]);
        Assert.Equal([(D(2025, 1, 5), false), (D(2026, 2, 1), false), (D(2026, 9, 1), true)], flagged.Select(f => (f.Referral.ReferredOn, f.Repeat)));
    }

    [Fact]
    public void A_referral_needs_its_date_who_made_it_and_the_risk_level_and_the_meeting_cannot_be_before_it()
    {
        var result = MaracRules.CheckReferral(D(2026, 6, 2), " ", null, D(2026, 6, 1));
        Assert.Equal([MaracRules.ReferredOn, MaracRules.ReferredBy, MaracRules.RiskLevel], result.Problems.Select(p => p.Field));
        var referral = new MaracReferral { Id = Guid.NewGuid(), ReferredOn = D(2026, 5, 1), ReferredBy = "IDVA", RiskLevel = DashRiskLevel.High, RecordedByUserId = "u", RecordedByName = "W" };
        Assert.Equal("The meeting cannot be before the referral on 1 May 2026", MaracRules.CheckMeeting(referral, D(2026, 4, 30), D(2026, 6, 1)).MessageFor(MaracRules.MeetingOn));
        Assert.True(MaracRules.CheckMeeting(referral, D(2026, 5, 14), D(2026, 6, 1)).IsValid);
    }
}
