namespace Haven.Web.Infrastructure;

/// <summary>
/// Gathers the facts about a viewer's relationship to a record, asks <see cref="AccessPolicy"/>, and logs
/// every view. Every page of a person's record goes through <see cref="PersonRecordFilter"/>, which calls this.
/// Lists of people ask the same question of many records at once through <see cref="VisiblePeople"/>.
/// </summary>
public sealed class RecordAccess(HavenDbContext db, CurrentUser user, TimeProvider clock, IOptions<HavenOptions> options, CaseRecorder recorder, RecordViewLog viewLog)
{
    public async Task<AccessDecision> DecideAsync(Guid personId, CancellationToken ct = default)
    {
        var person = await db.People.AsNoTracking().Where(p => p.Id == personId)
            .Select(p => new { p.IsRestricted }).SingleOrDefaultAsync(ct);
        if (person is null)
        {
            return new AccessDecision(AccessOutcome.DeniedNoCaseRole, false);
        }
        var viewer = user.AsViewer();
        var now = clock.GetUtcNow().UtcDateTime;
        // An allocation ending today still counts until midnight in the UK, not in UTC (an hour apart in summer).
        var today = UkClock.Today(clock);
        var named = person.IsRestricted && await db.RestrictedAccessGrants.AnyAsync(g => g.PersonId == personId && g.UserId == viewer.UserId, ct);

        var allocations = await db.Allocations.AsNoTracking()
            .Where(a => a.PersonId == personId && a.StartDate <= today && (a.EndDate == null || a.EndDate >= today))
            .Select(a => new { a.WorkerUserId, a.TeamId }).ToListAsync(ct);
        var teamIds = allocations.Select(a => a.TeamId).ToList();
        var managesTeam = teamIds.Count > 0 && await db.Teams.AnyAsync(t => teamIds.Contains(t.Id) && t.ManagerUserId == viewer.UserId, ct);
        var breakGlass = await db.BreakGlassGrants.AnyAsync(g => g.PersonId == personId && g.UserId == viewer.UserId && g.ExpiresAtUtc > now, ct);
        var adviser = await db.CareLeavers.AnyAsync(c => c.PersonId == personId && c.PersonalAdviserUserId == viewer.UserId, ct);

        var facts = new RecordAccessFacts(
            IsRestricted: person.IsRestricted,
            ViewerIsNamedOnRestrictedRecord: named,
            ViewerIsAllocated: allocations.Any(a => a.WorkerUserId == viewer.UserId),
            ViewerTeamIsAllocated: viewer.TeamId is { } team && teamIds.Contains(team),
            ViewerManagesAllocatedTeam: managesTeam,
            ViewerHasActiveBreakGlass: breakGlass,
            ViewerIsPersonalAdviser: adviser);
        return AccessPolicy.Decide(viewer, facts, options.Value.AccessMode);
    }

    /// <summary>
    /// Logs the view before the page is shown: through <see cref="RecordViewLog"/>'s group commit, waiting for the commit
    /// that holds it. An auditor's read of a restricted record also goes on the record's history, so that view is saved
    /// with its case event in the request's own save.
    /// </summary>
    public async Task LogViewAsync(Guid personId, string page, AccessDecision decision, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var view = new RecordView
        {
            PersonId = personId,
            UserId = user.UserId,
            UserName = user.DisplayName,
            Page = page,
            ViewedAtUtc = clock.GetUtcNow().UtcDateTime,
            ByBreakGlass = decision.Outcome == AccessOutcome.AllowedByBreakGlass,
        };
        if (decision.Outcome != AccessOutcome.AllowedForAudit)
        {
            await viewLog.WriteAsync(view);
            return;
        }
        db.RecordViews.Add(view);
        // Reading a restricted record without being named on it goes on the record's history, not only the view log,
        // so the managers who restricted it see who audited it.
        recorder.Record(personId, CaseEventTypes.RestrictedRecordAudited, "Restricted record read by an auditor",
            [new FieldChange("Page read", null, page)]);
        await db.SaveChangesAsync(ct);
    }
}
