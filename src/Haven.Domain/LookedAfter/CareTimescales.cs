namespace Haven.Domain.LookedAfter;

/// <summary>
/// The statutory clocks for a looked-after child (Care Planning, Placement and Case Review (England) Regulations 2010
/// and their guidance): reviews, social worker visits, health assessments, the personal education plan, and the return
/// interview after a missing episode. Every clock counts from what happened, never from when something was booked.
/// </summary>
public static class CareTimescales
{
    /// <summary>First review: 20 working days after the child came into care (regulation 33).</summary>
    public static readonly TimescaleRule FirstReview = TimescaleRule.WorkingDays(20);

    /// <summary>Second review: within 3 months of the first.</summary>
    public static readonly TimescaleRule SecondReview = TimescaleRule.Months(3);

    /// <summary>Later reviews, and every review of a short-breaks arrangement after its first: within 6 months.</summary>
    public static readonly TimescaleRule LaterReview = TimescaleRule.Months(6);

    /// <summary>Short breaks (V3/V4, regulation 48): the first review within 3 months of the first break.</summary>
    public static readonly TimescaleRule FirstShortBreaksReview = TimescaleRule.Months(3);

    /// <summary>
    /// When the next looked-after review is due. The clock runs from the day the child came into care and from the
    /// reviews actually held; a change of placement does not restart it.
    /// </summary>
    public static DateOnly NextReviewDue(PeriodOfCare period, IEnumerable<DateOnly> reviewsHeld, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(period);
        var held = reviewsHeld.Where(d => d >= period.Start).Order().ToList();
        if (period.IsShortBreaks)
        {
            return held.Count == 0 ? FirstShortBreaksReview.DueFrom(period.Start, calendar) : LaterReview.DueFrom(held[^1], calendar);
        }
        return held.Count switch
        {
            0 => FirstReview.DueFrom(period.Start, calendar),
            1 => SecondReview.DueFrom(held[0], calendar),
            _ => LaterReview.DueFrom(held[^1], calendar),
        };
    }

    /// <summary>Each review with the date it was due and whether it was held in time, for the IRO's list and the KPI.</summary>
    public static IReadOnlyList<TimescaleStatus> ReviewHistory(PeriodOfCare period, IEnumerable<DateOnly> reviewsHeld, DateOnly today, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(period);
        var held = reviewsHeld.Where(d => d >= period.Start).Order().ToList();
        var statuses = new List<TimescaleStatus>();
        for (var i = 0; i <= held.Count; i++)
        {
            var due = NextReviewDue(period, held.Take(i), calendar);
            if (i < held.Count)
            {
                statuses.Add(TimescaleStatus.Against(due, held[i], today, calendar));
            }
            else if (period.End is null)
            {
                statuses.Add(TimescaleStatus.Against(due, null, today, calendar));
            }
        }
        return statuses;
    }

    /// <summary>First visit to a new placement: within a week of it starting (regulation 28).</summary>
    public static readonly TimescaleRule FirstVisit = TimescaleRule.Weeks(1);

    /// <summary>In a placement's first year, and after it unless the placement is long-term: at most 6 weeks apart.</summary>
    public static readonly TimescaleRule VisitInFirstYear = TimescaleRule.Weeks(6);

    /// <summary>After the first year of a long-term placement: at most 3 months apart.</summary>
    public static readonly TimescaleRule VisitInLongTermPlacement = TimescaleRule.Months(3);

    /// <summary>
    /// When the next statutory visit is due. A change of placement restarts the schedule; only visits at which the child
    /// was seen count. A local standard stricter than the statutory one (e.g. every 4 weeks) is used where it is earlier.
    /// </summary>
    public static DateOnly NextVisitDue(CarePlacement placement, IEnumerable<DateOnly> visitsChildSeen, WorkingDayCalendar calendar, TimescaleRule? localStandard = null)
    {
        ArgumentNullException.ThrowIfNull(placement);
        var last = visitsChildSeen.Where(d => d >= placement.Start).DefaultIfEmpty().Max();
        if (last == default)
        {
            return FirstVisit.DueFrom(placement.Start, calendar);
        }
        var firstYearEnds = calendar.AddCalendarMonths(placement.Start, 12);
        var statutory = last >= firstYearEnds && LookedAfterCodes.LongTermFostering.Contains(placement.PlacementType)
            ? VisitInLongTermPlacement
            : VisitInFirstYear;
        var due = statutory.DueFrom(last, calendar);
        return localStandard?.DueFrom(last, calendar) is { } local && local < due ? local : due;
    }

    /// <summary>Initial health assessment: in time for the first review, 20 working days after coming into care.</summary>
    public static readonly TimescaleRule InitialHealthAssessment = TimescaleRule.WorkingDays(20);

    /// <summary>
    /// The next review health assessment: 6 months after the last while the child is under 5 at it, 12 months after once
    /// they are 5 or over. With no assessment yet, the initial one is due.
    /// </summary>
    public static DateOnly NextHealthAssessmentDue(PeriodOfCare period, DateOnly bornOn, IEnumerable<DateOnly> assessmentsDone, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(period);
        var last = assessmentsDone.Where(d => d >= period.Start).DefaultIfEmpty().Max();
        if (last == default)
        {
            return InitialHealthAssessment.DueFrom(period.Start, calendar);
        }
        var underFive = last < bornOn.AddYears(5);
        return calendar.AddCalendarMonths(last, underFive ? 6 : 12);
    }

    /// <summary>
    /// The first personal education plan: within 10 school days of coming into care. School terms are not yet kept as
    /// data, so this counts working days, which is the same or earlier (never later) than counting school days.
    /// </summary>
    public static readonly TimescaleRule FirstEducationPlan = TimescaleRule.WorkingDays(10);

    /// <summary>The return home interview after a missing episode: within 72 hours of the child coming back.</summary>
    public static readonly TimeSpan ReturnInterview = TimeSpan.FromHours(72);

    public static DateTime ReturnInterviewDueBy(DateTime returnedAtUtc) => returnedAtUtc + ReturnInterview;
}
