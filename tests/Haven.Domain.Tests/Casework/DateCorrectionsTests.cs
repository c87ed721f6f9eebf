using Haven.Domain.Casework;

namespace Haven.Domain.Tests.Casework;

public sealed class DateCorrectionsTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    /// <summary>A child in need plan recorded as starting Thursday 19 November, the day before the protection plan ended.</summary>
    private static readonly RecordedDate PlanStart = new(CorrectableDate.ChildInNeedPlanStarted, Guid.NewGuid(), new DateOnly(2026, 11, 19),
        Earliest: new DateBound(new DateOnly(2026, 11, 2), "the referral"), Latest: new DateBound(new DateOnly(2026, 11, 24), "the plan's end"));

    private static IEnumerable<(string Field, string Message)> Problems(DateOnly? date, string? reason = "Typed the wrong day.") =>
        DateCorrections.Validate(PlanStart, date, reason, Today).Problems.Select(p => (p.Field, p.Message));

    [Fact]
    public void A_correction_within_the_records_own_dates_with_a_reason_is_accepted()
    {
        Assert.Empty(Problems(new DateOnly(2026, 11, 20)));
        // Either end of the range is allowed: a plan may start on the referral day and end the day it starts.
        Assert.Empty(Problems(new DateOnly(2026, 11, 2)));
        Assert.Empty(Problems(new DateOnly(2026, 11, 24)));
    }

    [Fact]
    public void A_correction_needs_a_date_and_a_reason()
    {
        Assert.Equal([("NewDate", "Enter the correct date"), ("Reason", "Enter why the date is being corrected")], Problems(null, " "));
    }

    [Fact]
    public void The_same_date_a_future_date_or_one_outside_the_records_dates_is_refused()
    {
        Assert.Equal([("NewDate", "The date recorded is already 19 November 2026: enter the correct date")], Problems(new DateOnly(2026, 11, 19)));
        Assert.Equal([("NewDate", "The correct date must be today or in the past")], Problems(new DateOnly(2026, 11, 26)));
        Assert.Equal([("NewDate", "The date cannot be before the referral on 2 November 2026")], Problems(new DateOnly(2026, 11, 1)));
        Assert.Equal([("NewDate", "The date cannot be after the plan's end on 24 November 2026")], Problems(new DateOnly(2026, 11, 25)));
    }

    [Fact]
    public void Each_date_is_named_as_social_workers_say_it()
    {
        Assert.Equal("Child in need plan started", PlanStart.Label);
        Assert.All(Enum.GetValues<CorrectableDate>(), d => Assert.False(string.IsNullOrWhiteSpace(DateCorrections.Label(d))));
    }
}
