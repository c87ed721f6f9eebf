using Haven.Domain.Calendar;

namespace Haven.Domain.ChildInNeed;

public static class ChildInNeedRules
{
    /// <summary>The next review is due the plan's interval after its start, then after each review held.</summary>
    public static DateOnly NextReviewDueOn(ChildInNeedPlan plan, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var last = plan.Reviews.Select(r => r.HeldOn).Where(d => d >= plan.StartDate).DefaultIfEmpty(plan.StartDate).Max();
        return TimescaleRule.Weeks(plan.ReviewIntervalWeeks).DueFrom(last, calendar);
    }
}
