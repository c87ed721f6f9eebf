using ChronologyRules = Haven.Domain.CaseRecording.Chronology;

namespace Haven.Web.Features.EarlyHelp;

/// <summary>
/// Early help as chronology events, each saying what was true on its day: the start names the lead professional
/// the family had then (the first lead change's "from"), not today's; every lead change, assessment, review and plan
/// action is one event with a stable key, so each step shows once however often the chronology is rebuilt.
/// </summary>
public static class EarlyHelpChronology
{
    public static async Task<IReadOnlyList<ChronologyEvent>> EventsAsync(HavenDbContext db, Guid personId, int stepStart, int stepHeld, int stepEnd, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var episodes = await db.EarlyHelpEpisodes.AsNoTracking()
            .Include(e => e.LeadChanges).Include(e => e.Assessments).Include(e => e.Reviews).Include(e => e.Actions)
            .Include(e => e.Team).Include(e => e.PlanChanges)
            .AsSplitQuery()
            .Where(e => e.PersonId == personId).ToListAsync(ct);
        var events = new List<ChronologyEvent>();
        foreach (var e in episodes)
        {
            // Changes cannot be dated before the last one, so the earliest is the first; its "from" is the lead at the start.
            var changes = e.LeadChanges.OrderBy(c => c.ChangedOn).ToList();
            var leadAtStart = changes.FirstOrDefault()?.FromLead ?? EarlyHelpText.Lead(e.LeadProfessional, e.LeadAgency);
            events.Add(new(ChronologyRules.Key("earlyhelp", e.Id, "started"), e.StartDate, ChronologyCategory.EarlyHelp,
                $"Early help started, lead professional {leadAtStart}", null, false, stepStart));
            foreach (var c in changes)
            {
                events.Add(new(ChronologyRules.Key("earlyhelplead", c.Id), c.ChangedOn, ChronologyCategory.EarlyHelp,
                    $"Early help lead professional changed from {c.FromLead} to {c.ToLead}: {c.Reason}", null, false, stepHeld));
            }
            var first = true;
            foreach (var a in e.Assessments.OrderBy(a => a.CompletedOn))
            {
                events.Add(new(ChronologyRules.Key("earlyhelpassessment", a.Id), a.CompletedOn, ChronologyCategory.EarlyHelp,
                    first ? "Early help assessment completed" : "Early help assessment updated", null, first, stepHeld));
                first = false;
            }
            foreach (var r in e.Reviews)
            {
                events.Add(new(ChronologyRules.Key("earlyhelpreview", r.Id), r.ReviewDate, ChronologyCategory.EarlyHelp,
                    r.NextReviewDate is { } next ? $"Early help reviewed, next review {EarlyHelpText.Date(next)}" : "Early help reviewed", null, false, stepHeld));
            }
            foreach (var a in e.Actions)
            {
                // One event per action, on the day of what last happened to it. An action still to do reads as it was
                // set (the first change's "before"); done and stopped actions cannot be changed, so they read as they are.
                var asSet = e.PlanChanges.Where(c => c.ActionId == a.Id).OrderBy(c => c.ChangedOn).FirstOrDefault()?.Before
                    ?? EarlyHelpText.ActionLine(a.Action, a.Owner, a.DueDate);
                var (on, summary) = a switch
                {
                    { CompletedOn: { } done } => (done, $"Early help plan action done: {a.Action} ({a.Owner})"),
                    { EndedOn: { } stopped } => (stopped, $"Early help plan action not done: {a.Action} ({a.Owner}): {a.EndReason}"),
                    _ => (a.AddedOn ?? e.StartDate, $"Early help plan action set: {asSet}"),
                };
                events.Add(new(ChronologyRules.Key("earlyhelpaction", a.Id), on, ChronologyCategory.EarlyHelp, summary, null, false, stepHeld));
            }
            foreach (var c in e.PlanChanges)
            {
                var what = c.ActionId is null ? "Team around the family" : "Early help plan action";
                events.Add(new(ChronologyRules.Key("earlyhelpchange", c.Id), c.ChangedOn, ChronologyCategory.EarlyHelp,
                    $"{what} changed from {c.Before} to {c.After}", null, false, stepHeld));
            }
            foreach (var m in e.Team.Where(m => m.LeftOn is not null))
            {
                // A member who has left cannot be changed, so their details are as they were on the day they left.
                events.Add(new(ChronologyRules.Key("earlyhelpteam", m.Id, "left"), m.LeftOn!.Value, ChronologyCategory.EarlyHelp,
                    $"{EarlyHelpText.Member(m.Name, m.Agency, m.Role)} left the team around the family", null, false, stepHeld));
            }
            if (e.EndDate is { } end)
            {
                events.Add(new(ChronologyRules.Key("earlyhelp", e.Id, "ended"), end, ChronologyCategory.EarlyHelp,
                    $"Early help ended: {(e.ClosureOutcome is { } o ? EarlyHelpText.Closure(o).ToLowerInvariant() : "closed")}", null, false, stepEnd));
            }
        }
        return events;
    }
}
