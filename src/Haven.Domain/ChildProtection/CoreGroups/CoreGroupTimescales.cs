namespace Haven.Domain.ChildProtection;

// When the next core group meeting is due.
// The clocks are on ChildProtectionRules, the form checks on ChildProtectionChecks: both are split by journey step
// (StrategyDiscussions, Section47Enquiries, Conferences, ProtectionPlans, CoreGroups) so each step's rules sit in its folder.
public static partial class ChildProtectionRules
{
    public static readonly TimescaleRule FirstCoreGroup = TimescaleRule.WorkingDays(10);

    /// <summary>The first core group is due 10 working days after the initial conference, then at the local interval.</summary>
    public static DateOnly NextCoreGroupDueOn(DateOnly initialConferenceOn, IEnumerable<DateOnly> meetingsHeld, TimescaleRule interval, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(meetingsHeld);
        ArgumentNullException.ThrowIfNull(interval);
        var last = meetingsHeld.Where(d => d >= initialConferenceOn).DefaultIfEmpty().Max();
        return last == default
            ? FirstCoreGroup.DueFrom(initialConferenceOn, calendar)
            : interval.DueFrom(last, calendar);
    }
}
