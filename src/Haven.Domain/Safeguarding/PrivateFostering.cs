using Haven.Domain.Casework;
using Haven.Domain.CinCensus;
using Haven.Domain.FrontDoor;

namespace Haven.Domain.Safeguarding;

/// <summary>
/// A private fostering arrangement (Children Act 1989 s.66; Children (Private Arrangements for Fostering) Regulations
/// 2005): a child under 16 (18 if disabled) cared for 28 days or more by someone who is not a parent or close relative,
/// by private arrangement. The authority is told (the notification), visits within 7 working days, assesses whether the
/// arrangement is suitable, visits at most every 6 weeks in the arrangement's first year and every 12 weeks after, and
/// records when it ends. Edits carry a <see cref="Version"/> so a save over a newer one is refused (decision 0010).
/// </summary>
public sealed class PrivateFosteringArrangement : IVersioned
{
    public int Version { get; set; }

    public Guid Id { get; set; }
    public Guid PersonId { get; set; }

    /// <summary>The day the authority was told of the arrangement: the 7 working days to the first visit run from it.</summary>
    public DateOnly NotifiedOn { get; set; }

    /// <summary>Who told the authority (a parent, the carer, a school, a health visitor).</summary>
    public required string NotifiedBy { get; set; }

    /// <summary>The day the child began (or will begin) living with the carer: the arrangement's first year runs from it.</summary>
    public DateOnly StartedOn { get; set; }

    /// <summary>The private foster carer, as the family call them.</summary>
    public required string CarerName { get; set; }

    /// <summary>How the carer knows the child or family (a family friend, a great-aunt, a host family for a language school).</summary>
    public string? CarerRelationship { get; set; }

    /// <summary>The day the assessment of the arrangement was finished, and whether it was found suitable.</summary>
    public DateOnly? AssessedOn { get; set; }
    public bool? Suitable { get; set; }
    public string? AssessmentSummary { get; set; }

    public DateOnly? EndedOn { get; set; }
    public PrivateFosteringEnd? EndReason { get; set; }

    public List<PrivateFosteringVisit> Visits { get; set; } = [];

    public required string RecordedByUserId { get; set; }
    public required string RecordedByName { get; set; }
    public DateTime RecordedAtUtc { get; set; }

    public bool IsOpen => EndedOn is null;
}

/// <summary>A visit to a privately fostered child by the authority's worker (regulation 8): the child seen, and seen alone.</summary>
public sealed class PrivateFosteringVisit
{
    public Guid Id { get; set; }
    public Guid ArrangementId { get; set; }
    public Guid PersonId { get; set; }
    public DateOnly VisitedOn { get; set; }
    public bool SeenAlone { get; set; }
    public string? Note { get; set; }

    public required string RecordedByUserId { get; set; }
    public required string RecordedByName { get; set; }
    public DateTime RecordedAtUtc { get; set; }
}

public enum PrivateFosteringEnd
{
    ReturnedToParents,
    BecameLookedAfter,
    /// <summary>The child reached 16 (18 if disabled), so the arrangement is no longer private fostering.</summary>
    ReachedAge,
    /// <summary>The carer was granted a child arrangements order or special guardianship: no longer a private arrangement.</summary>
    CourtOrder,
    MovedToAnotherArrangement,
    MovedAway,
    Other,
}

/// <summary>The words for each answer above, once, for forms, the record, the chronology and the figures alike.</summary>
public static class PrivateFosteringWording
{
    public static string Label(PrivateFosteringEnd end) => end switch
    {
        PrivateFosteringEnd.ReturnedToParents => "Returned to live with a parent",
        PrivateFosteringEnd.BecameLookedAfter => "Became looked after",
        PrivateFosteringEnd.ReachedAge => "Reached 16 (18 if disabled)",
        PrivateFosteringEnd.CourtOrder => "Child arrangements order or special guardianship order made",
        PrivateFosteringEnd.MovedToAnotherArrangement => "Moved to another private fostering arrangement",
        PrivateFosteringEnd.MovedAway => "Moved out of the area",
        PrivateFosteringEnd.Other => "Other reason",
        _ => end.ToString(),
    };

    public static string Suitability(bool? suitable) => suitable switch
    {
        true => "Suitable",
        false => "Not suitable",
        null => "Not yet assessed",
    };
}

/// <summary>
/// The private fostering visit clock (regulation 8 of the 2005 Regulations): the first visit within 7 working days of
/// the notification; then at intervals of not more than 6 weeks while the arrangement is in its first year, and of not
/// more than 12 weeks after. Weeks are calendar weeks, not moved off weekends or bank holidays (<see cref="TimescaleRule"/>);
/// only the 7 working days skip them. A visit counts from the day it happened, never from when it was due.
/// </summary>
public static class PrivateFosteringSchedule
{
    public static readonly TimescaleRule FirstVisit = TimescaleRule.WorkingDays(7);
    public static readonly TimescaleRule VisitInFirstYear = TimescaleRule.Weeks(6);
    public static readonly TimescaleRule VisitAfterFirstYear = TimescaleRule.Weeks(12);

    /// <summary>When the next visit is due, from the notification, the arrangement's start and the visits made so far.</summary>
    public static DateOnly NextVisitDue(DateOnly notifiedOn, DateOnly startedOn, IEnumerable<DateOnly> visits, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(visits);
        var made = visits.Where(v => v >= notifiedOn).DefaultIfEmpty().Max();
        if (made == default)
        {
            return FirstVisit.DueFrom(notifiedOn, calendar);
        }
        // The interval is the one of the year the last visit fell in: a visit in the first year is followed within 6
        // weeks, even if the next falls just after the first anniversary.
        var firstYearEnds = startedOn.AddYears(1);
        return (made < firstYearEnds ? VisitInFirstYear : VisitAfterFirstYear).DueFrom(made, calendar);
    }

    /// <summary>Each visit with the date it was due and whether it was in time, then the next one while the arrangement is open.</summary>
    public static IReadOnlyList<TimescaleStatus> History(PrivateFosteringArrangement arrangement, DateOnly today, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(arrangement);
        var visits = arrangement.Visits.Select(v => v.VisitedOn).Where(v => v >= arrangement.NotifiedOn).Order().ToList();
        var statuses = new List<TimescaleStatus>();
        for (var i = 0; i <= visits.Count; i++)
        {
            var due = NextVisitDue(arrangement.NotifiedOn, arrangement.StartedOn, visits.Take(i), calendar);
            if (i < visits.Count)
            {
                statuses.Add(TimescaleStatus.Against(due, visits[i], today, calendar));
            }
            else if (arrangement.IsOpen)
            {
                statuses.Add(TimescaleStatus.Against(due, null, today, calendar));
            }
        }
        return statuses;
    }

    /// <summary>The next visit of an open arrangement against its due date; null once the arrangement has ended.</summary>
    public static TimescaleStatus? NextVisit(PrivateFosteringArrangement arrangement, DateOnly today, WorkingDayCalendar calendar) =>
        arrangement.IsOpen ? History(arrangement, today, calendar)[^1] : null;
}

/// <summary>
/// The year's private fostering figures, as the annual private fostering data and the authority's annual report give
/// them: notifications received, arrangements that began and ended, and visits made in time (the first within 7 working
/// days, later ones within 6 or 12 weeks), for arrangements of children in <paramref name="Year"/> (1 April to 31 March).
/// </summary>
public sealed record PrivateFosteringFigures(CensusPeriod Year, int Notifications, int NewArrangements, int Ended, int OpenAtYearEnd,
    int FirstVisits, int FirstVisitsInTime, int LaterVisits, int LaterVisitsInTime)
{
    public static PrivateFosteringFigures For(IEnumerable<PrivateFosteringArrangement> arrangements, CensusPeriod year, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(arrangements);
        ArgumentNullException.ThrowIfNull(year);
        var all = arrangements.ToList();
        bool InYear(DateOnly d) => d >= year.Start && d <= year.End;
        int first = 0, firstInTime = 0, later = 0, laterInTime = 0;
        foreach (var a in all)
        {
            var visits = a.Visits.Select(v => v.VisitedOn).Where(v => v >= a.NotifiedOn).Order().ToList();
            for (var i = 0; i < visits.Count; i++)
            {
                if (!InYear(visits[i]))
                {
                    continue;
                }
                var inTime = visits[i] <= PrivateFosteringSchedule.NextVisitDue(a.NotifiedOn, a.StartedOn, visits.Take(i), calendar);
                if (i == 0)
                {
                    first++;
                    firstInTime += inTime ? 1 : 0;
                }
                else
                {
                    later++;
                    laterInTime += inTime ? 1 : 0;
                }
            }
        }
        return new PrivateFosteringFigures(year,
            all.Count(a => InYear(a.NotifiedOn)),
            all.Count(a => InYear(a.StartedOn)),
            all.Count(a => a.EndedOn is { } end && InYear(end)),
            all.Count(a => a.StartedOn <= year.End && (a.EndedOn is null || a.EndedOn > year.End)),
            first, firstInTime, later, laterInTime);
    }
}

/// <summary>What is refused when an arrangement, its assessment, a visit or its end is recorded.</summary>
public static class PrivateFosteringRules
{
    public const string NotifiedOn = nameof(NotifiedOn);
    public const string NotifiedBy = nameof(NotifiedBy);
    public const string StartedOn = nameof(StartedOn);
    public const string CarerName = nameof(CarerName);
    public const string AssessedOn = nameof(AssessedOn);
    public const string Suitable = nameof(Suitable);
    public const string VisitedOn = nameof(VisitedOn);
    public const string EndedOn = nameof(EndedOn);
    public const string EndReason = nameof(EndReason);

    public static RuleResult CheckNotification(DateOnly? notifiedOn, string? notifiedBy, DateOnly? startedOn, string? carerName, bool anotherOpen, DateOnly today)
    {
        var result = new RuleResult()
            .AddIf(anotherOpen, "", "The child already has an open private fostering arrangement: end it before recording a new one")
            .AddIf(notifiedOn is null, NotifiedOn, "Enter the date the notification was received")
            .AddIf(notifiedOn > today, NotifiedOn, "The notification date must be today or in the past")
            .AddIf(string.IsNullOrWhiteSpace(notifiedBy), NotifiedBy, "Enter who told us about the arrangement")
            .AddIf(startedOn is null, StartedOn, "Enter the date the child started living with the carer, or will")
            .AddIf(string.IsNullOrWhiteSpace(carerName), CarerName, "Enter the private foster carer's name");
        return result;
    }

    public static RuleResult CheckAssessment(PrivateFosteringArrangement arrangement, DateOnly? assessedOn, bool? suitable, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(arrangement);
        return new RuleResult()
            .AddIf(assessedOn is null, AssessedOn, "Enter the date the assessment was finished")
            .AddIf(assessedOn < arrangement.NotifiedOn, AssessedOn, $"The assessment cannot be before the notification on {DateText.Date(arrangement.NotifiedOn)}")
            .AddIf(assessedOn > today, AssessedOn, "The assessment date must be today or in the past")
            .AddIf(suitable is null, Suitable, "Select whether the arrangement is suitable");
    }

    public static RuleResult CheckVisit(PrivateFosteringArrangement arrangement, DateOnly? visitedOn, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(arrangement);
        return new RuleResult()
            .AddIf(visitedOn is null, VisitedOn, "Enter the date of the visit")
            .AddIf(visitedOn < arrangement.NotifiedOn, VisitedOn, $"The visit cannot be before the notification on {DateText.Date(arrangement.NotifiedOn)}")
            .AddIf(visitedOn > today, VisitedOn, "The visit date must be today or in the past")
            .AddIf(visitedOn is { } v && arrangement.EndedOn is { } end && v > end, VisitedOn, $"The visit cannot be after the arrangement ended on {DateText.Date(arrangement.EndedOn ?? default)}");
    }

    public static RuleResult CheckEnd(PrivateFosteringArrangement arrangement, DateOnly? endedOn, PrivateFosteringEnd? reason, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(arrangement);
        return new RuleResult()
            .AddIf(endedOn is null, EndedOn, "Enter the date the arrangement ended")
            .AddIf(endedOn < arrangement.StartedOn, EndedOn, $"The arrangement cannot end before it started on {DateText.Date(arrangement.StartedOn)}")
            .AddIf(endedOn > today, EndedOn, "The end date must be today or in the past")
            .AddIf(reason is null, EndReason, "Select why the arrangement ended");
    }
}

/// <summary>
/// The next visit of each open private fostering arrangement, on the work tray of whoever holds the child's open
/// episode (the tray is of open episodes), from <see cref="PrivateFosteringSchedule"/> as the child's page shows it.
/// </summary>
public static class PrivateFosteringWork
{
    public static IEnumerable<WorkItem> For(ChildCaseSnapshot child, Referral episode, DateOnly today, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(child);
        ArgumentNullException.ThrowIfNull(episode);
        foreach (var arrangement in child.PrivateFostering.Where(a => a.IsOpen))
        {
            if (PrivateFosteringSchedule.NextVisit(arrangement, today, calendar) is { } status)
            {
                yield return new WorkItem(child.PersonId, episode.Id, WorkKind.PrivateFosteringVisit, status, $"/people/{child.PersonId}/private-fostering/{arrangement.Id}/visit");
            }
        }
    }
}
