using ChronologyRules = Haven.Domain.CaseRecording.Chronology;

namespace Haven.Web.Features.LookedAfter;

/// <summary>
/// The care record's steps in the child's chronology, derived from the periods of care like the rest of it: coming
/// into care (with the first legal status and placement, so they are not repeated), each later change of legal status,
/// each move, each looked-after review, and leaving care. Each step has its own stable key, so it shows once.
/// </summary>
public static class CareChronology
{
    // The chronology's order of work on one day (ChronologyQueries): a start after the referral, an end after the work.
    private const int StepStart = 4, StepHeld = 5, StepEnd = 6;

    public static async Task<IReadOnlyList<ChronologyEvent>> EventsAsync(HavenDbContext db, Guid personId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var periods = await db.CarePeriods.AsNoTracking().Where(p => p.PersonId == personId)
            .Include(p => p.LegalStatuses).Include(p => p.Placements).AsSplitQuery().ToListAsync(ct);
        var reviews = await db.CareReviews.AsNoTracking().Where(r => r.PersonId == personId).ToListAsync(ct);
        return [.. Events(periods), .. reviews.Select(Review)];
    }

    /// <summary>A looked-after review: who chaired it and how the child took part (the IRO's record has the rest).</summary>
    private static ChronologyEvent Review(CareReview review) =>
        new(ChronologyRules.Key("carereview", review.Id), review.HeldOn, ChronologyCategory.Review,
            $"Looked-after review chaired by {review.ChairName} (the child, {review.Participation}: {LookedAfterCodes.ReviewParticipation.InPlainWords(review.Participation)})",
            review.RecordedByName, false, StepHeld);

    public static IReadOnlyList<ChronologyEvent> Events(IEnumerable<CarePeriod> periods)
    {
        ArgumentNullException.ThrowIfNull(periods);
        var events = new List<ChronologyEvent>();
        foreach (var period in periods)
        {
            var statuses = period.LegalStatuses.OrderBy(s => s.From).ToList();
            var placements = period.Placements.OrderBy(p => p.StartDate).ToList();
            var first = placements.FirstOrDefault();
            events.Add(new(ChronologyRules.Key("care", period.Id, "started"), period.StartDate, ChronologyCategory.Move,
                $"Came into care ({CareText.Route(period.EntryRoute).ToLowerInvariant()}): {LookedAfterCodes.LegalStatuses.InPlainWords(statuses.FirstOrDefault()?.Code)}"
                + (first is null ? "" : $", placed with {first.CarerName}"),
                period.DecisionBy, true, StepStart + 3));
            foreach (var status in statuses.Skip(1))
            {
                events.Add(new(ChronologyRules.Key("legalstatus", status.Id), status.From, ChronologyCategory.Court,
                    $"Legal status changed: {LookedAfterCodes.LegalStatuses.InPlainWords(status.Code)} ({status.Code})", status.RecordedByName, true, StepHeld));
            }
            for (var i = 1; i < placements.Count; i++)
            {
                var (before, after) = (placements[i - 1], placements[i]);
                var why = before.ReasonForChange is { } r ? $": {LookedAfterCodes.ReasonsForPlacementChange.InPlainWords(r)}" : "";
                events.Add(new(ChronologyRules.Key("placement", after.Id, "started"), after.StartDate, ChronologyCategory.Move,
                    $"Moved from {before.CarerName} to {after.CarerName}{(before.MovePlanned == false ? " (unplanned)" : "")}{why}", after.RecordedByName, true, StepHeld));
            }
            if (period.EndDate is { } end)
            {
                events.Add(new(ChronologyRules.Key("care", period.Id, "ended"), end, ChronologyCategory.Move,
                    $"Left care: {LookedAfterCodes.ReasonsCeased.InPlainWords(period.ReasonCeased)}", null, true, StepEnd));
            }
        }
        return events;
    }
}
