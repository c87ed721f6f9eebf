namespace Haven.Web.Features.LookedAfter.Education;

/// <summary>A personal education plan as entered.</summary>
public sealed record EducationPlanDetails(DateOnly? HeldOn, string? SchoolName, string? SchoolUrn, string? VirtualSchoolContact, decimal? AttendancePercent, SenStatus? Sen, string? Note);

/// <summary>A suspension or permanent exclusion as entered.</summary>
public sealed record ExclusionDetails(ExclusionKind? Kind, DateOnly? StartDate, DateOnly? EndDate, string? SchoolName, string? Reason);

/// <summary>Records a child in care's PEPs and exclusions, each with its event in the same SaveChanges.</summary>
public sealed class EducationService(HavenDbContext db, CaseRecorder recorder, CurrentUser user, TimeProvider clock)
{
    public async Task<EducationPlan> RecordPlanAsync(Guid personId, EducationPlanDetails details, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(details);
        var period = await db.OpenCarePeriodAsync(personId, ct);
        CaseRuleException.ThrowIfAny(CareHealthRules.CheckEducationPlan(details.HeldOn, details.SchoolName, details.SchoolUrn, details.VirtualSchoolContact,
            details.AttendancePercent, details.Sen, period.StartDate, UkClock.Today(clock)));
        var plan = new EducationPlan
        {
            Id = Guid.NewGuid(),
            PersonId = personId,
            CarePeriodId = period.Id,
            HeldOn = details.HeldOn!.Value,
            SchoolName = details.SchoolName!.Trim(),
            SchoolUrn = Typed.Clean(details.SchoolUrn),
            VirtualSchoolContact = details.VirtualSchoolContact!.Trim(),
            AttendancePercent = details.AttendancePercent,
            Sen = details.Sen!.Value,
            Note = Typed.Clean(details.Note),
            RecordedByUserId = user.UserId,
            RecordedByName = user.DisplayName,
            RecordedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.EducationPlans.Add(plan);
        recorder.Record(personId, CaseEventTypes.EducationPlanRecorded, $"Personal education plan held on {DateText.Date(plan.HeldOn)} ({SchoolTerms.Name(plan.HeldOn).ToLowerInvariant()})",
            [
                new FieldChange("Held", null, DateText.Date(plan.HeldOn)),
                new FieldChange("School", null, plan.SchoolUrn is null ? plan.SchoolName : $"{plan.SchoolName} (URN {plan.SchoolUrn})"),
                new FieldChange("Virtual school contact", null, plan.VirtualSchoolContact),
                new FieldChange("Attendance", null, EducationText.Attendance(plan.AttendancePercent)),
                new FieldChange("Special educational needs", null, CareHealthWording.Label(plan.Sen)),
                new FieldChange("Note", null, plan.Note),
            ]);
        await db.SaveChangesAsync(ct);
        return plan;
    }

    public async Task<SchoolExclusion> RecordExclusionAsync(Guid personId, ExclusionDetails details, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(details);
        var period = await db.OpenCarePeriodAsync(personId, ct);
        CaseRuleException.ThrowIfAny(CareHealthRules.CheckExclusion(details.Kind, details.StartDate, details.EndDate, period.StartDate, UkClock.Today(clock)));
        var exclusion = new SchoolExclusion
        {
            Id = Guid.NewGuid(),
            PersonId = personId,
            CarePeriodId = period.Id,
            Kind = details.Kind!.Value,
            StartDate = details.StartDate!.Value,
            EndDate = details.Kind == ExclusionKind.Permanent ? null : details.EndDate,
            SchoolName = Typed.Clean(details.SchoolName),
            Reason = Typed.Clean(details.Reason),
            RecordedByUserId = user.UserId,
            RecordedByName = user.DisplayName,
            RecordedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.SchoolExclusions.Add(exclusion);
        var what = CareHealthWording.Label(exclusion.Kind);
        recorder.Record(personId, CaseEventTypes.SchoolExclusionRecorded, $"{what} from {DateText.Date(exclusion.StartDate)}",
            [
                new FieldChange("Kind", null, what),
                new FieldChange("From", null, DateText.Date(exclusion.StartDate)),
                new FieldChange("To", null, DateText.Date(exclusion.EndDate)),
                new FieldChange("School", null, exclusion.SchoolName),
                new FieldChange("Reason", null, exclusion.Reason),
            ]);
        await db.SaveChangesAsync(ct);
        return exclusion;
    }
}

/// <summary>How education answers read on the pages and in the history.</summary>
public static class EducationText
{
    public static string? Attendance(decimal? percent) =>
        percent is { } p ? p.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + "%" : null;
}
