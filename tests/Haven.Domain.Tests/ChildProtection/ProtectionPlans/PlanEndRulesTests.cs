using System.Globalization;
using Haven.Domain.Calendar;
using Haven.Domain.ChildProtection;
using static Haven.Domain.ChildProtection.ChildProtectionChecks;

namespace Haven.Domain.Tests.ChildProtection;

public sealed partial class ChildProtectionChecksTests
{
    [Theory]
    [InlineData("2027-01-06", "The plan cannot end before it started on 7 January 2027")]
    [InlineData("2027-01-21", "The end date must be today or in the past")]
    [InlineData("2027-01-07", null)]
    public void A_plan_cannot_end_before_it_started_or_in_the_future(string end, string? message)
    {
        Assert.Equal(message, ChildProtectionRules.ValidatePlanEnd(D("2027-01-07"), D(end), Today));
    }
}
