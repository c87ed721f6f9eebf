using Haven.Domain.Calendar;
using Haven.Domain.Formatting;

namespace Haven.Domain.ChildInNeed;

public static class ChildInNeedRules
{
    /// <summary>Reviews further apart than six months would let a plan drift (Ofsted: plans "not robustly reviewed").</summary>
    public const int MaxReviewIntervalWeeks = 26;

    /// <summary>A visit frequency beyond 3 months of working days is no visiting pattern at all.</summary>
    public const int MaxVisitFrequencyWorkingDays = 65;

    /// <summary>The next review is due the plan's interval after its start, then after each review held.</summary>
    public static DateOnly NextReviewDueOn(ChildInNeedPlan plan, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var last = plan.Reviews.Select(r => r.HeldOn).Where(d => d >= plan.StartDate).DefaultIfEmpty(plan.StartDate).Max();
        return TimescaleRule.Weeks(plan.ReviewIntervalWeeks).DueFrom(last, calendar);
    }

    /// <summary>Checks a new plan; returns field → message.</summary>
    public static Dictionary<string, string> ValidateStart(DateOnly? startDate, int? reviewIntervalWeeks, int? visitFrequencyWorkingDays, DateOnly referralDate, DateOnly today)
    {
        var errors = new Dictionary<string, string>();
        if (startDate is not { } start)
        {
            errors["StartDate"] = "Enter the date the plan started";
        }
        else if (start < referralDate)
        {
            errors["StartDate"] = $"The plan cannot start before the referral on {DateText.Date(referralDate)}";
        }
        else if (start > today)
        {
            errors["StartDate"] = "The start date must be today or in the past";
        }
        if (reviewIntervalWeeks is not { } weeks)
        {
            errors["ReviewIntervalWeeks"] = "Enter how many weeks apart the plan's reviews are";
        }
        else if (weeks is < 1 or > MaxReviewIntervalWeeks)
        {
            errors["ReviewIntervalWeeks"] = $"Reviews must be between 1 and {MaxReviewIntervalWeeks} weeks apart";
        }
        if (visitFrequencyWorkingDays is not { } days)
        {
            errors["VisitFrequencyWorkingDays"] = "Enter how often the child is to be visited, in working days";
        }
        else if (days is < 1 or > MaxVisitFrequencyWorkingDays)
        {
            errors["VisitFrequencyWorkingDays"] = $"Visits must be between 1 and {MaxVisitFrequencyWorkingDays} working days apart";
        }
        return errors;
    }

    /// <summary>
    /// A review records what changed and the child's views (Ofsted: the child's voice missing from plans), on a day
    /// the plan was open.
    /// </summary>
    public static Dictionary<string, string> ValidateReview(ChildInNeedPlan plan, DateOnly? heldOn, string? progress, string? childsViews, ChildInNeedReviewDecision? decision, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var errors = new Dictionary<string, string>();
        if (heldOn is not { } held)
        {
            errors["HeldOn"] = "Enter the date of the review";
        }
        else if (held < plan.StartDate)
        {
            errors["HeldOn"] = $"The review cannot be before the plan started on {DateText.Date(plan.StartDate)}";
        }
        else if (held > today)
        {
            errors["HeldOn"] = "The review date must be today or in the past";
        }
        if (string.IsNullOrWhiteSpace(progress))
        {
            errors["Progress"] = "Enter the progress made against the plan";
        }
        if (string.IsNullOrWhiteSpace(childsViews))
        {
            errors["ChildsViews"] = "Enter the child's views, in their words or as observed";
        }
        if (decision is null)
        {
            errors["Decision"] = "Select the review's decision";
        }
        return errors;
    }
}
