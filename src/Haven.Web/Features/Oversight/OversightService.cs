namespace Haven.Web.Features.Oversight;

/// <summary>Records a manager's oversight or a case supervision on a child's file, with its event, in one save.</summary>
public sealed class OversightService(HavenDbContext db, CaseRecorder recorder, CurrentUser user, TimeProvider clock)
{
    /// <summary>Records the entry from what the manager entered; the oversight rule runs here, once, and refuses what it finds.</summary>
    public async Task<OversightRecord> RecordAsync(Guid personId, OversightKind? kindGiven, DateOnly? recordedOnGiven, string? directionGiven, string? rationaleGiven,
        string? workerUserId, string? workerName, CancellationToken ct)
    {
        CaseRuleException.ThrowIfAny(OversightRules.Validate(kindGiven, recordedOnGiven, directionGiven, rationaleGiven, workerUserId, UkClock.Today(clock)));
        var (kind, recordedOn, direction, rationale) = (kindGiven!.Value, recordedOnGiven!.Value, directionGiven!, rationaleGiven!);
        var record = new OversightRecord
        {
            Id = Guid.NewGuid(),
            PersonId = personId,
            Kind = kind,
            RecordedOn = recordedOn,
            Direction = direction.Trim(),
            Rationale = rationale.Trim(),
            WorkerUserId = kind == OversightKind.Supervision ? workerUserId : null,
            ManagerUserId = user.UserId,
            ManagerName = user.DisplayName,
            RecordedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.OversightRecords.Add(record);
        var changes = new List<FieldChange>
        {
            new("Kind", null, OversightRules.Describe(kind)),
            new("Date", null, DateText.Date(recordedOn)),
            new("Direction", null, record.Direction),
            new("Rationale", null, record.Rationale),
        };
        if (record.WorkerUserId is not null)
        {
            changes.Add(new FieldChange("Worker supervised", null, workerName));
        }
        recorder.Record(personId, CaseEventTypes.OversightRecorded,
            kind == OversightKind.Supervision ? $"Case supervision recorded with {workerName}" : "Management oversight recorded", changes);
        await db.SaveChangesAsync(ct);
        return record;
    }
}
