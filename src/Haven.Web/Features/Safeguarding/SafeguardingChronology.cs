using Haven.Domain.Safeguarding;
using ChronologyRules = Haven.Domain.CaseRecording.Chronology;

namespace Haven.Web.Features.Safeguarding;

/// <summary>
/// A child's private fostering and referrals to MARAC as chronology events, derived from its tables like the rest of the chronology (decision
/// 0007), each with a stable key so each step shows once, worded from what was recorded at that step. (Missing episodes,
/// from home and from care, come from <see cref="LookedAfter.CareHealthChronology"/>, which reads the one table.)
/// </summary>
public static class SafeguardingChronology
{
    public static async Task<IReadOnlyList<ChronologyEvent>> EventsAsync(HavenDbContext db, Guid personId, int step, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var events = new List<ChronologyEvent>();
        foreach (var a in await db.PrivateFosteringArrangements.AsNoTracking().Include(a => a.Visits).Where(a => a.PersonId == personId).ToListAsync(ct))
        {
            events.Add(new(ChronologyRules.Key("private-fostering", a.Id, "notified"), a.NotifiedOn, ChronologyCategory.Contact,
                $"Private fostering notified: living with {a.CarerName} from {DateText.Date(a.StartedOn)}", a.RecordedByName, true, step, a.NotifiedBy));
            if (a.AssessedOn is { } assessed)
            {
                events.Add(new(ChronologyRules.Key("private-fostering", a.Id, "assessed"), assessed, ChronologyCategory.Assessment,
                    $"Private fostering assessment: {PrivateFosteringWording.Suitability(a.Suitable).ToLowerInvariant()}", a.RecordedByName, a.Suitable == false, step));
            }
            foreach (var v in a.Visits)
            {
                events.Add(new(ChronologyRules.Key("private-fostering-visit", v.Id), v.VisitedOn, ChronologyCategory.Visit,
                    v.SeenAlone ? "Private fostering visit: child seen alone" : "Private fostering visit", v.RecordedByName, false, step));
            }
            if (a.EndedOn is { } ended)
            {
                events.Add(new(ChronologyRules.Key("private-fostering", a.Id, "ended"), ended, ChronologyCategory.Closure,
                    $"Private fostering ended: {PrivateFosteringWording.Label(a.EndReason!.Value).ToLowerInvariant()}", a.RecordedByName, false, step));
            }
        }
        foreach (var (r, repeat) in MaracRepeat.Flag(await db.MaracReferrals.AsNoTracking().Where(m => m.PersonId == personId).ToListAsync(ct)))
        {
            events.Add(new(ChronologyRules.Key("marac", r.Id, "referred"), r.ReferredOn, ChronologyCategory.Contact,
                $"{(repeat ? "Repeat referral" : "Referral")} to MARAC: {DashWording.InSentence(r.RiskLevel)}", r.RecordedByName, true, step, r.ReferredBy));
            if (r.MeetingOn is { } met)
            {
                events.Add(new(ChronologyRules.Key("marac", r.Id, "meeting"), met, ChronologyCategory.Other,
                    r.Actions is null ? "MARAC meeting" : "MARAC meeting: actions for children's services agreed", r.RecordedByName, false, step));
            }
        }
        return events;
    }
}
