using Haven.Domain.Safeguarding;

namespace Haven.Web.Features.Safeguarding.PrivateFostering;

/// <summary>A private fostering notification as entered.</summary>
public sealed record NotificationDetails(DateOnly? NotifiedOn, string? NotifiedBy, DateOnly? StartedOn, string? CarerName, string? CarerRelationship);

/// <summary>A visit to a privately fostered child as entered.</summary>
public sealed record VisitDetails(DateOnly? VisitedOn, bool SeenAlone, string? Note);

/// <summary>The assessment of the arrangement as entered: when it was finished and whether the arrangement is suitable.</summary>
public sealed record AssessmentDetails(DateOnly? AssessedOn, bool? Suitable, string? Summary);

/// <summary>The end of the arrangement as entered.</summary>
public sealed record EndDetails(DateOnly? EndedOn, PrivateFosteringEnd? Reason);

/// <summary>
/// Records a private fostering arrangement: the notification, each visit, the assessment and the end, each one event in
/// the same SaveChanges as the change (the chronology reads the tables, so each step shows once, as it was then).
/// </summary>
public sealed class PrivateFosteringService(HavenDbContext db, CaseRecorder recorder, CurrentUser user, TimeProvider clock)
{
    private DateOnly Today => UkClock.Today(clock);

    public async Task<PrivateFosteringArrangement> NotifyAsync(Guid personId, NotificationDetails details, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(details);
        var anotherOpen = await db.PrivateFosteringArrangements.AnyAsync(a => a.PersonId == personId && a.EndedOn == null, ct);
        CaseRuleException.ThrowIfAny(PrivateFosteringRules.CheckNotification(details.NotifiedOn, details.NotifiedBy, details.StartedOn, details.CarerName, anotherOpen, Today));
        var arrangement = new PrivateFosteringArrangement
        {
            Id = Guid.NewGuid(),
            PersonId = personId,
            NotifiedOn = details.NotifiedOn!.Value,
            NotifiedBy = Typed.Clean(details.NotifiedBy)!,
            StartedOn = details.StartedOn!.Value,
            CarerName = Typed.Clean(details.CarerName)!,
            CarerRelationship = Typed.Clean(details.CarerRelationship),
            RecordedByUserId = user.UserId,
            RecordedByName = user.DisplayName,
            RecordedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.PrivateFosteringArrangements.Add(arrangement);
        var firstVisit = PrivateFosteringSchedule.NextVisitDue(arrangement.NotifiedOn, arrangement.StartedOn, [], WorkingDayCalendar.EnglandAndWales);
        recorder.Record(personId, CaseEventTypes.PrivateFosteringNotified,
            $"Private fostering notified on {DateText.Date(arrangement.NotifiedOn)}: living with {arrangement.CarerName}; first visit due by {DateText.Date(firstVisit)}",
            [
                new FieldChange("Notified on", null, DateText.Date(arrangement.NotifiedOn)),
                new FieldChange("Notified by", null, arrangement.NotifiedBy),
                new FieldChange("Living with the carer from", null, DateText.Date(arrangement.StartedOn)),
                new FieldChange("Private foster carer", null, arrangement.CarerName),
                new FieldChange("Relationship", null, arrangement.CarerRelationship),
            ]);
        await db.SaveChangesAsync(ct);
        return arrangement;
    }

    public async Task<PrivateFosteringVisit> VisitAsync(Guid personId, Guid arrangementId, VisitDetails details, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(details);
        var arrangement = await ArrangementAsync(personId, arrangementId, ct);
        CaseRuleException.ThrowIfAny(PrivateFosteringRules.CheckVisit(arrangement, details.VisitedOn, Today));
        var calendar = WorkingDayCalendar.EnglandAndWales;
        var earlier = arrangement.Visits.Select(v => v.VisitedOn).Where(v => v <= details.VisitedOn!.Value).ToList();
        var due = PrivateFosteringSchedule.NextVisitDue(arrangement.NotifiedOn, arrangement.StartedOn, earlier, calendar);
        var visit = new PrivateFosteringVisit
        {
            Id = Guid.NewGuid(),
            ArrangementId = arrangement.Id,
            PersonId = personId,
            VisitedOn = details.VisitedOn!.Value,
            SeenAlone = details.SeenAlone,
            Note = Typed.Clean(details.Note),
            RecordedByUserId = user.UserId,
            RecordedByName = user.DisplayName,
            RecordedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.PrivateFosteringVisits.Add(visit);
        recorder.Record(personId, CaseEventTypes.PrivateFosteringVisited,
            $"Private fostering visit on {DateText.Date(visit.VisitedOn)}{(visit.VisitedOn > due ? $", after it was due on {DateText.Date(due)}" : "")}",
            [
                new FieldChange("Visited on", null, DateText.Date(visit.VisitedOn)),
                new FieldChange("Seen alone", null, visit.SeenAlone ? "Yes" : "No"),
                new FieldChange("Note", null, visit.Note),
            ]);
        await db.SaveChangesAsync(ct);
        return visit;
    }

    public async Task AssessAsync(Guid personId, Guid arrangementId, AssessmentDetails details, int? loadedVersion, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(details);
        var arrangement = await ArrangementAsync(personId, arrangementId, ct);
        CaseRuleException.ThrowIfAny(PrivateFosteringRules.CheckAssessment(arrangement, details.AssessedOn, details.Suitable, Today));
        var changes = AssessmentChanges(arrangement, details);
        if (changes.IsEmpty)
        {
            return;
        }
        arrangement.AssessedOn = details.AssessedOn;
        arrangement.Suitable = details.Suitable;
        arrangement.AssessmentSummary = Typed.Clean(details.Summary);
        recorder.Record(personId, CaseEventTypes.PrivateFosteringAssessed,
            $"Private fostering arrangement assessed on {DateText.Date(details.AssessedOn!.Value)}: {PrivateFosteringWording.Suitability(details.Suitable).ToLowerInvariant()}",
            changes.Changes);
        await db.SaveEditAsync(arrangement, loadedVersion, personId, saved => AssessmentChanges(saved, details).Changes, ct);
    }

    public async Task EndAsync(Guid personId, Guid arrangementId, EndDetails details, int? loadedVersion, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(details);
        var arrangement = await ArrangementAsync(personId, arrangementId, ct);
        CaseRuleException.ThrowIfAny(PrivateFosteringRules.CheckEnd(arrangement, details.EndedOn, details.Reason, Today));
        var changes = EndChanges(arrangement, details);
        arrangement.EndedOn = details.EndedOn;
        arrangement.EndReason = details.Reason;
        recorder.Record(personId, CaseEventTypes.PrivateFosteringEnded,
            $"Private fostering arrangement ended on {DateText.Date(details.EndedOn!.Value)}: {PrivateFosteringWording.Label(details.Reason!.Value).ToLowerInvariant()}",
            changes.Changes);
        await db.SaveEditAsync(arrangement, loadedVersion, personId, saved => EndChanges(saved, details).Changes, ct);
    }

    private async Task<PrivateFosteringArrangement> ArrangementAsync(Guid personId, Guid arrangementId, CancellationToken ct) =>
        await db.PrivateFosteringArrangements.Include(a => a.Visits).SingleOrDefaultAsync(a => a.Id == arrangementId && a.PersonId == personId, ct)
        ?? throw CaseRuleException.Of("", "There is no such private fostering arrangement on this child's record");

    private static string? Day(DateOnly? date) => date is { } d ? DateText.Date(d) : null;

    private static ChangeSet AssessmentChanges(PrivateFosteringArrangement saved, AssessmentDetails yours) => new ChangeSet()
        .Compare("Assessed on", Day(saved.AssessedOn), Day(yours.AssessedOn))
        .Compare("Suitable", saved.AssessedOn is null ? null : PrivateFosteringWording.Suitability(saved.Suitable), PrivateFosteringWording.Suitability(yours.Suitable))
        .Compare("Summary", saved.AssessmentSummary, yours.Summary);

    private static ChangeSet EndChanges(PrivateFosteringArrangement saved, EndDetails yours) => new ChangeSet()
        .Compare("Ended on", Day(saved.EndedOn), Day(yours.EndedOn))
        .Compare("Why", saved.EndReason is { } r ? PrivateFosteringWording.Label(r) : null, yours.Reason is { } y ? PrivateFosteringWording.Label(y) : null);
}
