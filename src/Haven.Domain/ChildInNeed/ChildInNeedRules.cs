using Haven.Domain.ChildProtection;

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
        return NextReviewDueOn(plan.StartDate, plan.ReviewIntervalWeeks, plan.Reviews.Select(r => r.HeldOn), calendar);
    }

    /// <summary>The same clock from the plan's dates alone, for the scorecard, which reads plans as plain rows.</summary>
    public static DateOnly NextReviewDueOn(DateOnly planStart, int reviewIntervalWeeks, IEnumerable<DateOnly> reviewsHeld, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(reviewsHeld);
        var last = reviewsHeld.Where(d => d >= planStart).DefaultIfEmpty(planStart).Max();
        return TimescaleRule.Weeks(reviewIntervalWeeks).DueFrom(last, calendar);
    }

    /// <summary>The plan's start form answers, as <see cref="ValidateStart"/> names them.</summary>
    public static class StartFields
    {
        public const string StartDate = "StartDate";
        public const string ReviewIntervalWeeks = "ReviewIntervalWeeks";
        public const string VisitFrequencyWorkingDays = "VisitFrequencyWorkingDays";
    }

    /// <summary>The review form's answers, as <see cref="ValidateReview"/> names them.</summary>
    public static class ReviewFields
    {
        public const string HeldOn = "HeldOn";
        public const string Progress = "Progress";
        public const string ChildsViews = "ChildsViews";
        public const string Decision = "Decision";
    }

    /// <summary>When a child protection plan in the same episode ran: from its start to its end (open while null).</summary>
    public sealed record ProtectionPlanDates(DateOnly Start, DateOnly? End);

    /// <summary>
    /// Checks a new plan. It cannot start while a child protection plan in the episode is running (census rule 4016);
    /// it may start on the day the protection plan ended, which is how a step-down is recorded.
    /// </summary>
    public static RuleResult ValidateStart(DateOnly? startDate, int? reviewIntervalWeeks, int? visitFrequencyWorkingDays, DateOnly referralDate, DateOnly today,
        IReadOnlyList<ProtectionPlanDates>? protectionPlans = null)
    {
        var result = new RuleResult();
        if (startDate is not { } start)
        {
            result.Add(StartFields.StartDate, "Enter the date the plan started");
        }
        else if (start < referralDate)
        {
            result.Add(StartFields.StartDate, $"The plan cannot start before the referral on {DateText.Date(referralDate)}");
        }
        else if (start > today)
        {
            result.Add(StartFields.StartDate, "The start date must be today or in the past");
        }
        else if (protectionPlans?.FirstOrDefault(p => p.Start <= start && (p.End is not { } end || start < end)) is { } running)
        {
            result.Add(StartFields.StartDate, running.End is { } ended
                ? $"The plan cannot start while the child protection plan from {DateText.Date(running.Start)} was running: start it on or after {DateText.Date(ended)}, the day that plan ended"
                : $"The plan cannot start while the child protection plan from {DateText.Date(running.Start)} is running: end that plan first", "4016");
        }
        if (reviewIntervalWeeks is not { } weeks)
        {
            result.Add(StartFields.ReviewIntervalWeeks, "Enter how many weeks apart the plan's reviews are");
        }
        else if (weeks is < 1 or > MaxReviewIntervalWeeks)
        {
            result.Add(StartFields.ReviewIntervalWeeks, $"Reviews must be between 1 and {MaxReviewIntervalWeeks} weeks apart");
        }
        if (visitFrequencyWorkingDays is not { } days)
        {
            result.Add(StartFields.VisitFrequencyWorkingDays, "Enter how often the child is to be visited, in working days");
        }
        else if (days is < 1 or > MaxVisitFrequencyWorkingDays)
        {
            result.Add(StartFields.VisitFrequencyWorkingDays, $"Visits must be between 1 and {MaxVisitFrequencyWorkingDays} working days apart");
        }
        return result;
    }

    /// <summary>
    /// A review records what changed and the child's views (Ofsted: the child's voice missing from plans), on a day
    /// the plan was open.
    /// </summary>
    public static RuleResult ValidateReview(ChildInNeedPlan plan, DateOnly? heldOn, string? progress, string? childsViews, ChildInNeedReviewDecision? decision, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var result = new RuleResult();
        if (heldOn is not { } held)
        {
            result.Add(ReviewFields.HeldOn, "Enter the date of the review");
        }
        else if (held < plan.StartDate)
        {
            result.Add(ReviewFields.HeldOn, $"The review cannot be before the plan started on {DateText.Date(plan.StartDate)}");
        }
        else if (held > today)
        {
            result.Add(ReviewFields.HeldOn, "The review date must be today or in the past");
        }
        result.AddIf(string.IsNullOrWhiteSpace(progress), ReviewFields.Progress, "Enter the progress made against the plan");
        result.AddIf(string.IsNullOrWhiteSpace(childsViews), ReviewFields.ChildsViews, "Enter the child's views, in their words or as observed");
        result.AddIf(decision is null, ReviewFields.Decision, "Select the review's decision");
        return result;
    }

    /// <summary>The ending form's answers, as <see cref="ValidateEnd"/> names them.</summary>
    public static class EndFields
    {
        public const string EndDate = "EndDate";
        public const string EndReason = "EndReason";
    }

    /// <summary>The reasons a child in need plan can end; stepping down to child in need is a child protection plan's reason.</summary>
    public static readonly IReadOnlyList<PlanEndReason> EndReasons =
    [
        PlanEndReason.NoLongerNeeded, PlanEndReason.SteppedDownToEarlyHelp, PlanEndReason.BecameLookedAfter,
        PlanEndReason.MovedToAnotherAuthority, PlanEndReason.Turned18, PlanEndReason.ChildDied,
    ];

    /// <summary>A plan ends on a day it was open (the same dates as a child protection plan's end), for a reason a child in need plan can end for.</summary>
    public static RuleResult ValidateEnd(DateOnly planStart, DateOnly? endDate, PlanEndReason? reason, DateOnly today)
    {
        var result = new RuleResult();
        if (ChildProtectionRules.ValidatePlanEnd(planStart, endDate, today) is { } dateProblem)
        {
            result.Add(EndFields.EndDate, dateProblem);
        }
        return result.AddIf(reason is not { } r || !EndReasons.Contains(r), EndFields.EndReason, "Select why the plan is ending");
    }
}
