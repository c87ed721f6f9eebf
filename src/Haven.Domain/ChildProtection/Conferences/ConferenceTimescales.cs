namespace Haven.Domain.ChildProtection;

// When the initial and review conferences are due, and where a conference stands against its due date.
// Every clock counts from what actually happened: re-arranging a conference never moves the date it was due.
// The clocks are on ChildProtectionRules, the form checks on ChildProtectionChecks: both are split by journey step
// (StrategyDiscussions, Section47Enquiries, Conferences, ProtectionPlans, CoreGroups) so each step's rules sit in its folder.
public static partial class ChildProtectionRules
{
    public static readonly TimescaleRule InitialConference = TimescaleRule.WorkingDays(15);
    public static readonly TimescaleRule FirstReviewConference = TimescaleRule.Months(3);
    public static readonly TimescaleRule LaterReviewConference = TimescaleRule.Months(6);

    public static DateOnly InitialConferenceDueOn(DateOnly strategyDiscussionOn, WorkingDayCalendar calendar) =>
        InitialConference.DueFrom(strategyDiscussionOn, calendar);

    /// <summary>The first review is due 3 months after the initial conference, later ones 6 months after the last review.</summary>
    public static DateOnly NextReviewDueOn(DateOnly initialConferenceOn, IEnumerable<DateOnly> reviewsHeld, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(reviewsHeld);
        var last = reviewsHeld.Where(d => d >= initialConferenceOn).DefaultIfEmpty().Max();
        return last == default
            ? FirstReviewConference.DueFrom(initialConferenceOn, calendar)
            : LaterReviewConference.DueFrom(last, calendar);
    }
}

public static partial class ChildProtectionChecks
{
    /// <summary>The initial conference clock runs from the strategy discussion; an enquiry without one counts from its own start.</summary>
    public static DateOnly InitialConferenceDueOn(DateOnly? strategyDiscussionOn, DateOnly enquiryStart, WorkingDayCalendar calendar) =>
        ChildProtectionRules.InitialConferenceDueOn(strategyDiscussionOn ?? enquiryStart, calendar);

    /// <summary>
    /// Where a conference stands against the date it was due. The date it is booked for plays no part, so a
    /// conference re-arranged past its due date and held then is late.
    /// </summary>
    public static TimescaleStatus ConferenceStatus(ChildProtectionConference conference, DateOnly due, DateOnly today, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(conference);
        return TimescaleStatus.Against(due, conference.HeldOn, today, calendar);
    }
}
