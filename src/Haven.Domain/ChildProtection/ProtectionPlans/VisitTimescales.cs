namespace Haven.Domain.ChildProtection;

// When the next statutory visit to a child on a plan is due.
// The clocks are on ChildProtectionRules, the form checks on ChildProtectionChecks: both are split by journey step
// (StrategyDiscussions, Section47Enquiries, Conferences, ProtectionPlans, CoreGroups) so each step's rules sit in its folder.
public static partial class ChildProtectionRules
{
    /// <summary>
    /// The next statutory visit is due the local number of working days after the last visit at which the child
    /// was seen, or after the plan started. A failed visit does not stop the clock.
    /// </summary>
    public static DateOnly NextVisitDueOn(DateOnly planStart, IEnumerable<DateOnly> visitsChildSeen, int frequencyWorkingDays, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(visitsChildSeen);
        var last = visitsChildSeen.Where(d => d >= planStart).DefaultIfEmpty(planStart).Max();
        return TimescaleRule.WorkingDays(frequencyWorkingDays).DueFrom(last, calendar);
    }
}
