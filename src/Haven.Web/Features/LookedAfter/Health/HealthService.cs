namespace Haven.Web.Features.LookedAfter.Health;

/// <summary>A health check as entered; the rule says which answers its kind needs.</summary>
public sealed record HealthCheckDetails(HealthCheckKind Kind, DateOnly? DoneOn, bool? UpToDate, int? Score, CamhsInvolvement? Camhs, string? DoneBy, string? Note);

/// <summary>Records a child in care's health assessments and checks, each with its event in the same SaveChanges.</summary>
public sealed class HealthService(HavenDbContext db, CaseRecorder recorder, CurrentUser user, TimeProvider clock)
{
    public async Task<HealthCheck> RecordAsync(Guid personId, HealthCheckDetails details, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(details);
        var period = await db.OpenCarePeriodAsync(personId, ct);
        CaseRuleException.ThrowIfAny(CareHealthRules.CheckHealth(details.Kind, details.DoneOn, details.UpToDate, details.Score, details.Camhs, period.StartDate, UkClock.Today(clock)));
        var check = new HealthCheck
        {
            Id = Guid.NewGuid(),
            PersonId = personId,
            CarePeriodId = period.Id,
            Kind = details.Kind,
            DoneOn = details.DoneOn!.Value,
            // Only the answer the kind asks for is kept, so a stray field on the form cannot say something untrue.
            UpToDate = details.Kind == HealthCheckKind.Immunisations ? details.UpToDate : null,
            Score = details.Kind == HealthCheckKind.StrengthsAndDifficulties ? details.Score : null,
            Camhs = details.Kind == HealthCheckKind.Camhs ? details.Camhs : null,
            DoneBy = Typed.Clean(details.DoneBy),
            Note = Typed.Clean(details.Note),
            RecordedByUserId = user.UserId,
            RecordedByName = user.DisplayName,
            RecordedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.HealthChecks.Add(check);
        var what = CareHealthWording.Label(check.Kind);
        recorder.Record(personId, CaseEventTypes.HealthCheckRecorded, $"{what} on {DateText.Date(check.DoneOn)}",
            [
                new FieldChange("Check", null, what),
                new FieldChange("Date", null, DateText.Date(check.DoneOn)),
                new FieldChange("Immunisations up to date", null, CareHealthWording.YesNo(check.UpToDate)),
                new FieldChange("SDQ score", null, check.Score?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new FieldChange("CAMHS", null, check.Camhs is { } c ? CareHealthWording.Label(c) : null),
                new FieldChange("By", null, check.DoneBy),
                new FieldChange("Note", null, check.Note),
            ]);
        await db.SaveChangesAsync(ct);
        return check;
    }
}
