using System.Globalization;
using Haven.Domain.Calendar;
using Haven.Domain.ChildProtection;
using static Haven.Domain.ChildProtection.ChildProtectionChecks;

namespace Haven.Domain.Tests.ChildProtection;

public sealed partial class ChildProtectionChecksTests
{
    [Fact]
    public void A_core_group_is_after_the_plan_started_and_records_who_came_and_the_progress()
    {
        var errors = ValidateCoreGroupMeeting(D("2027-01-06"), D("2027-01-07"), Today, "", null);
        Assert.Equal("A core group meets after the plan started on 7 January 2027", errors["HeldOn"]);
        Assert.Equal(["HeldOn", "Attendees", "Progress"], errors.Keys);
    }

}
