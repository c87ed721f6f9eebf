using System.Globalization;
using Haven.Domain.Calendar;
using Haven.Domain.ChildProtection;

namespace Haven.Domain.Tests.ChildProtection;

public sealed partial class ChildProtectionClockTests
{
    [Theory]
    // Thu 17 Dec 2026: 18,21,22,23,24 (5), [25, 28], 29,30,31 (8), [1 Jan], 4,5 (10).
    [InlineData("2026-12-17", "2027-01-05")]
    // Mon 23 Nov 2026: two weeks on.
    [InlineData("2026-11-23", "2026-12-07")]
    public void The_first_core_group_is_due_10_working_days_after_the_initial_conference(string icpc, string due)
    {
        Assert.Equal(D(due), ChildProtectionRules.NextCoreGroupDueOn(D(icpc), [], TimescaleRule.Months(1), Calendar));
    }

    [Fact]
    public void Later_core_groups_are_due_at_the_local_interval_after_the_last_one()
    {
        // Monthly from the last meeting; a meeting from before this plan (a previous plan's) does not count.
        Assert.Equal(D("2027-02-05"), ChildProtectionRules.NextCoreGroupDueOn(D("2026-12-17"), [D("2026-11-02"), D("2027-01-05")], TimescaleRule.Months(1), Calendar));
        Assert.Equal(D("2027-01-05"), ChildProtectionRules.NextCoreGroupDueOn(D("2026-12-17"), [D("2026-11-02")], TimescaleRule.Months(1), Calendar));
    }
}
