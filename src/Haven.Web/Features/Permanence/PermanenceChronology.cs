using Haven.Domain.Permanence;
using Haven.Web.Features.Permanence.Court;
using ChronologyRules = Haven.Domain.CaseRecording.Chronology;

namespace Haven.Web.Features.Permanence;

/// <summary>The court and adoption steps, and the care record's legal status entries a hearing's own entry now speaks for.</summary>
public sealed record PermanenceChronologyEvents(IReadOnlyList<ChronologyEvent> Events, IReadOnlySet<string> ReplacedKeys);

/// <summary>
/// Court work and adoption in the child's chronology, derived from their tables like the rest of it, each step with
/// its own stable key so it shows once. The orders that end care (adoption, SGO, CAO) are shown by the care record's
/// own entries (<see cref="LookedAfter.CareChronology"/>), not again here. A hearing whose order became the child's
/// legal status that day (C1, C2, E1, L2) is one step: its entry says both, and the care record's "Legal status
/// changed" entry for it is replaced (<see cref="PermanenceChronologyEvents.ReplacedKeys"/>).
/// </summary>
public static class PermanenceChronology
{
    public static async Task<PermanenceChronologyEvents> EventsAsync(HavenDbContext db, Guid personId, int step, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var events = new List<ChronologyEvent>();
        var replaced = new HashSet<string>(StringComparer.Ordinal);
        var statuses = await db.CareLegalStatuses.AsNoTracking().Where(s => db.CarePeriods.Any(p => p.Id == s.CarePeriodId && p.PersonId == personId))
            .Select(s => new { s.Id, s.From, s.Code }).ToListAsync(ct);
        foreach (var m in await db.LegalPlanningMeetings.AsNoTracking().Where(m => m.PersonId == personId).ToListAsync(ct))
        {
            events.Add(new(ChronologyRules.Key("legalplanning", m.Id), m.HeldOn, ChronologyCategory.Decision,
                $"Legal planning meeting: {CourtText.Label(m.Decision).ToLowerInvariant()}", m.RecordedByName, true, step));
        }
        foreach (var c in await db.FamilyGroupConferences.AsNoTracking().Where(c => c.PersonId == personId).ToListAsync(ct))
        {
            events.Add(new(ChronologyRules.Key("fgc", c.Id, "offered"), c.OfferedOn, ChronologyCategory.Conference,
                c.Declined ? "Family group conference offered; the family declined" : "Family group conference offered", c.RecordedByName, false, step));
            if (c.HeldOn is { } held)
            {
                events.Add(new(ChronologyRules.Key("fgc", c.Id, "held"), held, ChronologyCategory.Conference, "Family group conference held", c.RecordedByName, true, step));
            }
        }
        foreach (var p in await CourtService.ProceedingsAsync(db, personId, ct))
        {
            if (p.LetterBeforeProceedingsOn is { } letter)
            {
                events.Add(new(ChronologyRules.Key("proceedings", p.Id, "letter"), letter, ChronologyCategory.Court, "Letter before proceedings sent to the parents", p.RecordedByName, true, step));
            }
            events.AddRange(p.Meetings.Select(m => new ChronologyEvent(ChronologyRules.Key("preproceedings", m.Id), m.HeldOn, ChronologyCategory.Court,
                "Pre-proceedings meeting", m.RecordedByName, false, step)));
            if (p.IssuedOn is { } issued)
            {
                events.Add(new(ChronologyRules.Key("proceedings", p.Id, "issued"), issued, ChronologyCategory.Court,
                    $"Care proceedings issued at {p.Court} ({p.CaseNumber})", p.RecordedByName, true, step));
            }
            foreach (var h in p.Hearings)
            {
                var summary = $"{CourtText.Label(h.Kind)}: {(h.OrderMade is { } o ? CourtText.Label(o).ToLowerInvariant() : "no order")}";
                var code = h.OrderMade is { } made ? CourtText.LegalStatus(made) : null;
                if (statuses.FirstOrDefault(s => s.Code == code && s.From == h.HeldOn) is { } status)
                {
                    summary += $"; legal status changed: {LookedAfterCodes.LegalStatuses.InPlainWords(code)} ({code})";
                    replaced.Add(ChronologyRules.Key("legalstatus", status.Id));
                }
                events.Add(new(ChronologyRules.Key("hearing", h.Id), h.HeldOn, ChronologyCategory.Court, summary, h.RecordedByName, h.OrderMade is not null, step));
            }
            events.AddRange(p.Extensions.Select(e => new ChronologyEvent(ChronologyRules.Key("extension", e.Id), e.GrantedOn, ChronologyCategory.Court,
                $"Court extended the timetable by {e.Weeks} weeks: {e.Reason}", e.RecordedByName, false, step)));
        }
        foreach (var j in await db.AdoptionJourneys.AsNoTracking().Where(j => j.PersonId == personId).ToListAsync(ct))
        {
            events.Add(new(ChronologyRules.Key("adoption", j.Id, "decision"), j.DecisionOn, ChronologyCategory.Decision,
                "Agency decision maker decided the child should be placed for adoption", j.DecisionBy, true, step));
            if (j.MatchedOn is { } matched)
            {
                events.Add(new(ChronologyRules.Key("adoption", j.Id, "matched"), matched, ChronologyCategory.Decision, $"Matched with adopters ({j.Adopters})", j.RecordedByName, true, step));
            }
            if (j.PlacedOn is { } placed)
            {
                events.Add(new(ChronologyRules.Key("adoption", j.Id, "placed"), placed, ChronologyCategory.Move, $"Placed for adoption with {j.Adopters}", j.RecordedByName, true, step));
            }
            if (j.ReversedOn is { } reversed)
            {
                events.Add(new(ChronologyRules.Key("adoption", j.Id, "reversed"), reversed, ChronologyCategory.Decision,
                    $"No longer to be placed for adoption: {LookedAfterCodes.ReasonsNoLongerPlacedForAdoption.InPlainWords(j.ReversalReason)}", j.RecordedByName, true, step));
            }
        }
        await AddFollowUpAsync(db, personId, step, events, ct);
        return new(events, replaced);
    }

    /// <summary>Life story work and the later life letter, long-term fostering matches and returns home, each step once.</summary>
    private static async Task AddFollowUpAsync(HavenDbContext db, Guid personId, int step, List<ChronologyEvent> events, CancellationToken ct)
    {
        foreach (var w in await db.LifeStoryWork.AsNoTracking().Where(w => w.PersonId == personId).ToListAsync(ct))
        {
            void Add(DateOnly? on, string part, string what, bool significant)
            {
                if (on is { } day)
                {
                    events.Add(new(ChronologyRules.Key("lifestory", w.Id, part), day, ChronologyCategory.Plan, what, w.RecordedByName, significant, step));
                }
            }
            Add(w.NotNeededOn, "notneeded", $"Life story work not needed: {w.NotNeededReason}", false);
            Add(w.StartedOn, "started", PermanenceFollowUpText.Done(LifeStoryStep.Started, null), false);
            Add(w.LastReviewedOn, "reviewed", PermanenceFollowUpText.Done(LifeStoryStep.Reviewed, null), false);
            Add(w.BookGivenOn, "book", PermanenceFollowUpText.Done(LifeStoryStep.BookGiven, w.BookGivenTo), true);
            Add(w.LetterWrittenOn, "letter", PermanenceFollowUpText.Done(LifeStoryStep.LetterWritten, null), false);
            Add(w.LetterGivenOn, "lettergiven", PermanenceFollowUpText.Done(LifeStoryStep.LetterGiven, w.LetterGivenTo), true);
        }
        var matches = await db.LongTermFosteringMatches.AsNoTracking().Where(m => m.PersonId == personId)
            .Join(db.Carers, m => m.CarerId, c => c.Id, (m, c) => new { m.Id, m.DecidedOn, m.DecidedBy, Carers = c.Name }).ToListAsync(ct);
        events.AddRange(matches.Select(m => new ChronologyEvent(ChronologyRules.Key("longtermfostering", m.Id), m.DecidedOn, ChronologyCategory.Decision,
            $"{m.Carers} confirmed as long-term foster carers (agency decision maker {m.DecidedBy})", m.DecidedBy, true, step)));
        foreach (var r in await db.ReturnHomePlans.AsNoTracking().Where(r => r.PersonId == personId).ToListAsync(ct))
        {
            events.Add(new(ChronologyRules.Key("returnhome", r.Id, "plan"), r.SupportPlanAgreedOn, ChronologyCategory.Plan,
                "Plan to return home agreed, with a support plan", r.RecordedByName, true, step));
            if (r.ReviewedOn is { } reviewed)
            {
                events.Add(new(ChronologyRules.Key("returnhome", r.Id, "review"), reviewed, ChronologyCategory.Review, $"Return home reviewed: {r.ReviewOutcome}", r.RecordedByName, true, step));
            }
        }
    }
}
