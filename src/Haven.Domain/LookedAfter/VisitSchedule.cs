namespace Haven.Domain.LookedAfter;

/// <summary>One statutory visit in a placement's schedule: when it was due, and the visit that met it (if any yet).</summary>
public sealed record ScheduledVisit(TimescaleStatus Status, DateOnly? VisitedOn);

/// <summary>
/// The statutory visits of one placement, in order: each visit against the date it was due (from the placement's start
/// or the visit before, by <see cref="CareTimescales.NextVisitDue"/>), then the next one while the placement lasts (or, for a placement that has ended, the one it ended without). A
/// change of placement starts a new schedule, so visits before this placement began do not count.
/// </summary>
public static class VisitSchedule
{
    public static IReadOnlyList<ScheduledVisit> For(CarePlacement placement, IEnumerable<DateOnly> visitsChildSeen, DateOnly today, WorkingDayCalendar calendar, TimescaleRule? localStandard = null)
    {
        ArgumentNullException.ThrowIfNull(placement);
        var visits = visitsChildSeen.Where(d => d >= placement.Start && (placement.End is not { } end || d <= end)).Distinct().Order().ToList();
        var schedule = new List<ScheduledVisit>();
        for (var i = 0; i <= visits.Count; i++)
        {
            var due = CareTimescales.NextVisitDue(placement, visits.Take(i), calendar, localStandard);
            if (i < visits.Count)
            {
                schedule.Add(new ScheduledVisit(TimescaleStatus.Against(due, visits[i], today, calendar), visits[i]));
            }
            else if (placement.End is null)
            {
                schedule.Add(new ScheduledVisit(TimescaleStatus.Against(due, null, today, calendar), null));
            }
            else if (placement.End is { } ended && due < ended)
            {
                // A visit that fell due before the placement ended and never happened was missed: it stays on the record,
                // late by the days to the end of the placement (when its clock stopped).
                schedule.Add(new ScheduledVisit(TimescaleStatus.Against(due, null, ended, calendar), null));
            }
        }
        return schedule;
    }
}
