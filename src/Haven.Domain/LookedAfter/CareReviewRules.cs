namespace Haven.Domain.LookedAfter;

/// <summary>One recommendation line as typed; a line left wholly blank is not a recommendation.</summary>
public sealed record RecommendationDetails(string? Recommendation, string? Owner, DateOnly? DueOn)
{
    public bool IsBlank => string.IsNullOrWhiteSpace(Recommendation) && string.IsNullOrWhiteSpace(Owner) && DueOn is null;
}

/// <summary>A looked-after review as entered: any answer may be missing, and <see cref="CareReviewRules.CheckReview"/> says which.</summary>
public sealed record CareReviewDetails(
    DateOnly? HeldOn,
    string? Participation,
    string? ChildsViews,
    string? Decisions,
    IReadOnlyList<RecommendationDetails> Recommendations,
    DateOnly? MinutesToChildOn = null,
    DateOnly? MinutesToCarersOn = null);

/// <summary>
/// The rules for the IRO's record of a review, the care and permanence plans, and the IRO's allocation. The date and
/// participation checks are <see cref="CareRules.CheckReview"/>'s (one rule for "a review before entry to care"); this
/// adds what the record itself needs. Field names are the domain's; pages map them when they differ.
/// </summary>
public static class CareReviewRules
{
    public const string ChildsViewsField = "ChildsViews";
    public const string DecisionsField = "Decisions";
    public const string MinutesToChildField = "MinutesToChildOn";
    public const string MinutesToCarersField = "MinutesToCarersOn";
    public const string CompletedOnField = "CompletedOn";
    public const string AgreedOnField = "AgreedOn";
    public const string SummaryField = "Summary";
    public const string PlanTypeField = "PlanType";
    public const string IroField = "IroUserId";
    public const string ReasonField = "Reason";

    /// <summary>The field of one part of the n-th recommendation line (0-based), e.g. "Recommendations[1].Owner".</summary>
    public static string RecommendationField(int index, string part) => $"Recommendations[{index}].{part}";

    public static RuleResult CheckReview(CareReviewDetails details, PeriodOfCare period, IEnumerable<DateOnly> otherReviews, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(details);
        ArgumentNullException.ThrowIfNull(period);
        var result = new RuleResult();
        if (details.HeldOn is not { } heldOn)
        {
            result.Add(CareRules.ReviewDateField, "Enter the date the review was held");
            result.AddIf(!LookedAfterCodes.ReviewParticipation.Contains(details.Participation), CareRules.ParticipationField, "Select how the child took part in the review");
        }
        else
        {
            result.Include(CareRules.CheckReview(heldOn, details.Participation, period, today));
            result.AddIf(otherReviews.Contains(heldOn), CareRules.ReviewDateField, $"A review held on {DateText.Date(heldOn)} is already recorded");
            CheckMinutes(result, details.MinutesToChildOn, details.MinutesToCarersOn, heldOn, today);
        }
        result.AddIf(string.IsNullOrWhiteSpace(details.ChildsViews), ChildsViewsField, "Enter the child's views, in their words or as the review heard them");
        result.AddIf(string.IsNullOrWhiteSpace(details.Decisions), DecisionsField, "Enter what the review decided");
        for (var i = 0; i < details.Recommendations.Count; i++)
        {
            var r = details.Recommendations[i];
            if (r.IsBlank)
            {
                continue;
            }
            result.AddIf(string.IsNullOrWhiteSpace(r.Recommendation), RecommendationField(i, "Recommendation"), $"Enter recommendation {i + 1}");
            result.AddIf(string.IsNullOrWhiteSpace(r.Owner), RecommendationField(i, "Owner"), $"Enter who will carry out recommendation {i + 1}");
            if (r.DueOn is not { } due)
            {
                result.Add(RecommendationField(i, "DueOn"), $"Enter when recommendation {i + 1} is due");
            }
            else if (details.HeldOn is { } held && due < held)
            {
                result.Add(RecommendationField(i, "DueOn"), $"Recommendation {i + 1} cannot be due before the review ({DateText.Date(held)})");
            }
        }
        return result;
    }

    /// <summary>The minutes can go out on or after the review and not in the future; either may still be to come.</summary>
    public static RuleResult CheckMinutesShared(DateOnly? toChild, DateOnly? toCarers, DateOnly heldOn, DateOnly today)
    {
        var result = new RuleResult();
        result.AddIf(toChild is null && toCarers is null, MinutesToChildField, "Enter the date the minutes went to the child or to the carers");
        CheckMinutes(result, toChild, toCarers, heldOn, today);
        return result;
    }

    private static void CheckMinutes(RuleResult result, DateOnly? toChild, DateOnly? toCarers, DateOnly heldOn, DateOnly today)
    {
        foreach (var (date, field, who) in new[] { (toChild, MinutesToChildField, "child"), (toCarers, MinutesToCarersField, "carers") })
        {
            if (date is { } d)
            {
                result.AddIf(d < heldOn, field, $"The minutes cannot have gone to the {who} before the review ({DateText.Date(heldOn)})");
                result.AddIf(d > today, field, $"The date the minutes went to the {who} must be today or in the past");
            }
        }
    }

    public static RuleResult CheckRecommendationDone(DateOnly? completedOn, DateOnly heldOn, bool alreadyDone, DateOnly today)
    {
        var result = new RuleResult();
        if (alreadyDone)
        {
            return result.Add(CompletedOnField, "This recommendation is already done");
        }
        if (completedOn is not { } done)
        {
            return result.Add(CompletedOnField, "Enter the date it was done");
        }
        result.AddIf(done < heldOn, CompletedOnField, $"The date must be on or after the review ({DateText.Date(heldOn)})");
        result.AddIf(done > today, CompletedOnField, "The date it was done must be today or in the past");
        return result;
    }

    /// <summary>A care plan agreed during the period of care (or on the day before, when planned ahead), with a summary.</summary>
    public static RuleResult CheckCarePlan(DateOnly? agreedOn, string? summary, PeriodOfCare period, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(period);
        var result = CheckAgreedOn(agreedOn, period, today);
        result.AddIf(string.IsNullOrWhiteSpace(summary), SummaryField, "Enter a summary of the care plan");
        return result;
    }

    public static RuleResult CheckPermanencePlan(PermanencePlanType? planType, DateOnly? agreedOn, PeriodOfCare period, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(period);
        var result = CheckAgreedOn(agreedOn, period, today);
        result.AddIf(planType is null || !Enum.IsDefined(planType.Value), PlanTypeField, "Select the permanence plan");
        return result;
    }

    private static RuleResult CheckAgreedOn(DateOnly? agreedOn, PeriodOfCare period, DateOnly today)
    {
        var result = new RuleResult();
        if (agreedOn is not { } agreed)
        {
            return result.Add(AgreedOnField, "Enter the date the plan was agreed");
        }
        result.AddIf(agreed > today, AgreedOnField, "The date the plan was agreed must be today or in the past");
        // A planned entry has its care plan agreed before the child comes into care; a plan from an earlier period is not this one's.
        result.AddIf(agreed < period.Start.AddMonths(-3), AgreedOnField, $"The plan must be agreed for this period of care, which began on {DateText.Date(period.Start)}");
        if (period.End is { } end && agreed > end)
        {
            result.Add(AgreedOnField, $"The plan cannot be agreed after the child left care ({DateText.Date(end)})");
        }
        return result;
    }

    /// <summary>A first allocation needs no reason; changing the child's IRO does, since continuity is the point of the role.</summary>
    public static RuleResult CheckIroAllocation(string? newIroUserId, string? currentIroUserId, string? reason, bool isReviewingOfficer)
    {
        var result = new RuleResult();
        if (string.IsNullOrWhiteSpace(newIroUserId))
        {
            return result.Add(IroField, "Select the independent reviewing officer");
        }
        result.AddIf(!isReviewingOfficer, IroField, "Select someone who is an independent reviewing officer");
        result.AddIf(newIroUserId == currentIroUserId, IroField, "This independent reviewing officer is already allocated");
        result.AddIf(currentIroUserId is not null && string.IsNullOrWhiteSpace(reason), ReasonField, "Enter why the independent reviewing officer is changing");
        return result;
    }

    /// <summary>
    /// The permanence plan is due by the second review: three months after the first review held, or, before it, three
    /// months after the day the first is due.
    /// </summary>
    public static DateOnly PermanencePlanDue(PeriodOfCare period, IEnumerable<DateOnly> reviewsHeld, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(period);
        var first = reviewsHeld.Where(d => d >= period.Start).Order().Cast<DateOnly?>().FirstOrDefault()
            ?? CareTimescales.FirstReview.DueFrom(period.Start, calendar);
        return CareTimescales.SecondReview.DueFrom(first, calendar);
    }
}
