using Haven.Domain.CareLeavers;
using ChronologyRules = Haven.Domain.CaseRecording.Chronology;

namespace Haven.Web.Features.CareLeavers;

/// <summary>
/// A care leaver's adviser, needs assessment, pathway plans and reviews, and contacts as chronology events, derived
/// from their tables like the rest of the chronology (decision 0007), each with a stable key so each step shows once.
/// </summary>
public static class CareLeaverChronology
{
    public static async Task<IReadOnlyList<ChronologyEvent>> EventsAsync(HavenDbContext db, Guid personId, int step, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var events = new List<ChronologyEvent>();
        if (await db.CareLeavers.AsNoTracking().SingleOrDefaultAsync(c => c.PersonId == personId, ct) is { PersonalAdviserFrom: { } from } record)
        {
            events.Add(new(ChronologyRules.Key("leaving-care-adviser", record.Id), from, ChronologyCategory.WorkerChange,
                $"Personal adviser: {record.PersonalAdviserName}", record.RecordedByName, false, step));
        }
        foreach (var plan in await db.PathwayPlans.AsNoTracking().Where(p => p.PersonId == personId).ToListAsync(ct))
        {
            events.Add(new(ChronologyRules.Key("pathway-plan", plan.Id), plan.CompletedOn, plan.Step == PathwayStep.Review ? ChronologyCategory.Review : ChronologyCategory.Plan,
                CareLeaverTimescales.Label(plan.Step), plan.RecordedByName, plan.Step == PathwayStep.PathwayPlan, step));
        }
        foreach (var contact in await db.CareLeaverContacts.AsNoTracking().Where(c => c.PersonId == personId).ToListAsync(ct))
        {
            events.Add(new(ChronologyRules.Key("leaving-care-contact", contact.Id), contact.ContactOn, ChronologyCategory.Visit,
                $"Care leaver contact: {LookedAfterCodes.CareLeaverInTouch.InPlainWords(contact.InTouch)}", contact.RecordedByName, false, step));
        }
        return events;
    }
}
