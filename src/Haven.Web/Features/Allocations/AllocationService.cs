using Haven.Domain.Workforce;
using Haven.Web.Features.People;

namespace Haven.Web.Features.Allocations;

/// <summary>A social worker a manager can allocate to, with their team and how many children they hold today.</summary>
public sealed record WorkerChoice(string Id, string Name, Guid TeamId, string Team, int Caseload)
{
    public string Label => $"{Name} – {Team} ({Caseload} {(Caseload == 1 ? "child" : "children")})";
}

/// <summary>
/// The one way a child gets a social worker: the first allocation from the front door and every change of worker after
/// it. Each is an allocation row (the history), the open episodes' allocated worker, and a case event, in one save.
/// </summary>
public sealed class AllocationService(HavenDbContext db, CaseRecorder recorder, TimeProvider clock, PeopleService people)
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;

    /// <summary>Qualified social workers in a team, with their current caseload, ordered by team then name.</summary>
    public Task<IReadOnlyList<WorkerChoice>> WorkersAsync(CancellationToken ct) => WorkersAsync(null, ct);

    /// <param name="only">One user's id: whether that one person may be allocated, without reading everyone's caseload.</param>
    private async Task<IReadOnlyList<WorkerChoice>> WorkersAsync(string? only, CancellationToken ct)
    {
        var socialWorkerRole = await db.Roles.Where(r => r.Name == Roles.SocialWorker).Select(r => r.Id).SingleAsync(ct);
        var rows = await db.Users.AsNoTracking()
            .Where(u => only == null || u.Id == only)
            .Where(u => u.TeamId != null && u.DeactivatedAtUtc == null && db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == socialWorkerRole))
            .Select(u => new
            {
                u.Id,
                u.DisplayName,
                TeamId = u.TeamId!.Value,
                Team = db.Teams.Where(t => t.Id == u.TeamId).Select(t => t.Name).FirstOrDefault(),
                Caseload = db.Allocations.Count(a => a.WorkerUserId == u.Id && a.EndDate == null),
            })
            .ToListAsync(ct);
        return [.. rows.Select(r => new WorkerChoice(r.Id, r.DisplayName, r.TeamId, r.Team ?? "", r.Caseload)).OrderBy(w => w.Team).ThenBy(w => w.Name)];
    }

    /// <summary>
    /// Allocates the child to <paramref name="workerUserId"/>. With <paramref name="referralId"/> it is the first
    /// allocation of that referral (the front door); otherwise every open episode moves to the new worker. A change of
    /// worker needs a reason and a handover note (<see cref="AllocationRules.Check"/>, run here once).
    /// </summary>
    public async Task AllocateAsync(Guid personId, Guid? referralId, string? workerUserId, string? reason, string? handoverNote, CancellationToken ct)
    {
        var today = UkClock.Today(clock);
        var current = await db.Allocations.Where(a => a.PersonId == personId && a.EndDate == null).ToListAsync(ct);
        var currentWorker = current.OrderByDescending(a => a.StartDate).Select(a => a.WorkerUserId).FirstOrDefault();
        CaseRuleException.ThrowIfAny(AllocationRules.Check(currentWorker, workerUserId, reason, handoverNote));
        var worker = await WorkersAsync(workerUserId ?? "", ct) is [var only, ..] ? only
            : throw CaseRuleException.Of(AllocationRules.Worker, "Select a social worker who is in a team");

        var episodes = await db.Referrals
            .Where(r => r.PersonId == personId && (referralId == null ? r.ClosedOn == null : r.Id == referralId))
            .ToListAsync(ct);
        foreach (var episode in episodes)
        {
            episode.AllocatedTeamId = worker.TeamId;
            episode.AllocatedWorkerUserId = worker.Id;
            episode.AllocatedOn = today;
        }
        var before = await db.UserNameAsync(currentWorker, ct);
        foreach (var allocation in current)
        {
            allocation.EndDate = today;
        }
        db.Allocations.Add(new Allocation
        {
            Id = Guid.NewGuid(),
            PersonId = personId,
            WorkerUserId = worker.Id,
            TeamId = worker.TeamId,
            StartDate = today,
            Reason = Typed.Clean(reason),
            HandoverNote = Typed.Clean(handoverNote),
        });

        List<FieldChange> changes = [new("Allocated worker", before, worker.Name), new("Team", null, worker.Team)];
        if (currentWorker is null && episodes.SingleOrDefault() is { } referral)
        {
            changes.Add(new("Working days from referral", null, Calendar.WorkingDaysBetween(referral.ReferralDate, today).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
        if (currentWorker is not null)
        {
            changes.Add(new("Handover note", null, Typed.Clean(handoverNote)));
        }
        recorder.Record(personId, CaseEventTypes.WorkerAllocated,
            currentWorker is null ? $"Allocated to {worker.Name} ({worker.Team})" : $"Social worker changed from {before} to {worker.Name} ({worker.Team})",
            changes, Typed.Clean(reason));
        if (await db.People.AnyAsync(p => p.Id == personId && p.IsRestricted, ct))
        {
            // A restricted record opens only for named users: the worker given the case, and their manager, must be among them.
            var manager = await db.Teams.Where(t => t.Id == worker.TeamId).Select(t => t.ManagerUserId).SingleOrDefaultAsync(ct);
            await people.NameOnRecordAsync(personId, new[] { worker.Id, manager }.OfType<string>().ToList(), "Named on allocation", null, ct);
        }
        await db.SaveChangesAsync(ct);
    }
}
