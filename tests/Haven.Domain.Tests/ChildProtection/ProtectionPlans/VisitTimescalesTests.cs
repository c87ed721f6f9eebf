using System.Globalization;
using Haven.Domain.Calendar;
using Haven.Domain.ChildProtection;

namespace Haven.Domain.Tests.ChildProtection;

public sealed partial class ChildProtectionClockTests
{
    [Theory]
    // Seen Fri 18 Dec: 21,22,23,24 (4), [25, 28], 29,30,31 (7), [1 Jan], 4,5,6 (10).
    [InlineData("2026-12-18", "2027-01-06")]
    // Seen Wed 2 Dec: 3,4 (2), 7-11 (7), 14,15,16 (10).
    [InlineData("2026-12-02", "2026-12-16")]
    public void A_visit_is_due_10_working_days_after_the_last_visit_the_child_was_seen_at(string lastSeen, string due)
    {
        Assert.Equal(D(due), ChildProtectionRules.NextVisitDueOn(D("2026-11-30"), [D("2026-12-01"), D(lastSeen)], 10, Calendar));
    }

    [Fact]
    public void Before_any_visit_the_clock_runs_from_the_plan_start_and_visits_before_it_do_not_count()
    {
        // Plan from Mon 30 Nov; a visit on 20 November belonged to the enquiry. 10 working days: Mon 14 December.
        Assert.Equal(D("2026-12-14"), ChildProtectionRules.NextVisitDueOn(D("2026-11-30"), [D("2026-11-20")], 10, Calendar));
    }
}
