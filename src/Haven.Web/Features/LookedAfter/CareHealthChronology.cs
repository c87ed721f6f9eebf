using ChronologyRules = Haven.Domain.CaseRecording.Chronology;

namespace Haven.Web.Features.LookedAfter;

/// <summary>
/// A child in care's health assessments, PEPs, exclusions and missing episodes as chronology events, derived from
/// their tables like the rest of the chronology (decision 0007), each with a stable key so each step shows once.
/// Routine checks (dental, immunisations, SDQ) are left to the health page: a chronology is of what matters.
/// </summary>
public static class CareHealthChronology
{
    public static async Task<IReadOnlyList<ChronologyEvent>> EventsAsync(HavenDbContext db, Guid personId, int step, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var events = new List<ChronologyEvent>();
        var assessments = await db.HealthChecks.AsNoTracking()
            .Where(h => h.PersonId == personId && (h.Kind == HealthCheckKind.InitialHealthAssessment || h.Kind == HealthCheckKind.ReviewHealthAssessment || h.Kind == HealthCheckKind.Camhs))
            .ToListAsync(ct);
        foreach (var h in assessments)
        {
            var what = h.Camhs is { } camhs ? $"CAMHS: {CareHealthWording.Label(camhs).ToLowerInvariant()}" : CareHealthWording.Label(h.Kind);
            events.Add(new(ChronologyRules.Key("health", h.Id), h.DoneOn, ChronologyCategory.Health, what, h.RecordedByName, h.Kind == HealthCheckKind.InitialHealthAssessment, step, h.DoneBy));
        }
        foreach (var e in await db.EducationPlans.AsNoTracking().Where(e => e.PersonId == personId).ToListAsync(ct))
        {
            events.Add(new(ChronologyRules.Key("pep", e.Id), e.HeldOn, ChronologyCategory.Education, $"Personal education plan ({SchoolTerms.Name(e.HeldOn).ToLowerInvariant()})",
                e.RecordedByName, false, step, e.SchoolName));
        }
        foreach (var x in await db.SchoolExclusions.AsNoTracking().Where(x => x.PersonId == personId).ToListAsync(ct))
        {
            events.Add(new(ChronologyRules.Key("exclusion", x.Id), x.StartDate, ChronologyCategory.Education, CareHealthWording.Label(x.Kind),
                x.RecordedByName, x.Kind == ExclusionKind.Permanent, step, x.SchoolName));
        }
        foreach (var m in await db.MissingEpisodes.AsNoTracking().Where(m => m.PersonId == personId).ToListAsync(ct))
        {
            events.Add(new(ChronologyRules.Key("missing", m.Id, "from"), UkClock.DateOf(m.StartedAtUtc), ChronologyCategory.Missing,
                Safeguarding.Missing.IndexModel.Title(m), m.RecordedByName, true, step));
            if (m.ReturnedAtUtc is { } back)
            {
                events.Add(new(ChronologyRules.Key("missing", m.Id, "returned"), UkClock.DateOf(back), ChronologyCategory.Missing,
                    $"Came back: {m.WhereFound}", m.RecordedByName, false, step));
            }
            if (m.InterviewHeldAtUtc is { } held)
            {
                events.Add(new(ChronologyRules.Key("missing", m.Id, "interview"), UkClock.DateOf(held), ChronologyCategory.Missing,
                    "Return home interview held", m.InterviewHeldBy, false, step));
            }
        }
        return events;
    }
}
