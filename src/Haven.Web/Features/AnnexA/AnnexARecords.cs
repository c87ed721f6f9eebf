using Haven.Domain.AnnexA;
using Haven.Domain.Workforce;
using Haven.Domain.CinCensus;
using Haven.Web.Features.CinCensus;
using Haven.Web.Features.Ssda903;

namespace Haven.Web.Features.AnnexA;

/// <summary>
/// Reads children's records for Annex A in batches, through the CIN census's and the SSDA903 return's own loaders so
/// the three read a child the same way, with contacts, early help and the child's allocation at the end of the range.
/// Annex A is for inspectors and covers every child, so it is not limited to the records the person running it may
/// open; the page links to a child only for those (see <see cref="IndexModel"/>).
/// </summary>
public sealed class AnnexARecords(HavenDbContext db, CinCensusRecords social, Ssda903Records care)
{
    private const int BatchSize = 500;

    /// <summary>The oldest a care leaver can be and still be owed services (to 25 on request).</summary>
    private const int CareLeaversUpTo = 25;

    public Task<int> CountAsync(CensusPeriod range, CancellationToken ct) => InScope(range).CountAsync(ct);

    /// <summary>Every child any list might hold, in LA id order, one at a time.</summary>
    public async IAsyncEnumerable<AnnexAChildRecord> ChildrenAsync(CensusPeriod range, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var teams = await db.Teams.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Name, ct);
        var ids = await InScope(range).OrderBy(p => p.LaPersonId).Select(p => p.Id).ToListAsync(ct);
        foreach (var batch in ids.Chunk(BatchSize))
        {
            var socials = (await social.LoadAsync(batch, ct)).ToDictionary(s => s.Child.Id);
            var cares = (await care.LoadAsync(batch, ct)).ToDictionary(c => c.Child.Id);
            var contacts = (await db.Contacts.AsNoTracking().Where(c => batch.Contains(c.PersonId)).ToListAsync(ct)).ToLookup(c => c.PersonId);
            var earlyHelp = (await db.EarlyHelpEpisodes.AsNoTracking().Include(e => e.Assessments).Where(e => batch.Contains(e.PersonId)).ToListAsync(ct))
                .ToLookup(e => e.PersonId);
            var allocated = cares.Values.ToDictionary(c => c.Child.Id, c => c.Allocations
                .Where(a => a.StartDate <= range.End && (a.EndDate is not { } end || end > range.End)).MaxBy(a => a.StartDate));
            var workerIds = allocated.Values.OfType<Allocation>().Select(a => a.WorkerUserId).Distinct().ToList();
            var workers = await db.Users.AsNoTracking().Where(u => workerIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
            foreach (var id in batch)
            {
                if (socials.TryGetValue(id, out var s) && cares.TryGetValue(id, out var c))
                {
                    var allocation = allocated[id];
                    yield return new AnnexAChildRecord(s, c, [.. contacts[id]], [.. earlyHelp[id]],
                        allocation is null ? null : teams.GetValueOrDefault(allocation.TeamId),
                        allocation is null ? null : workers.GetValueOrDefault(allocation.WorkerUserId));
                }
            }
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>
    /// Contacted, in early help, in an episode or in care in the range, or ever looked after and young enough to be a
    /// care leaver at its end. Contacts are found by UTC with a day either side; the lists take the day in the UK.
    /// </summary>
    private IQueryable<Person> InScope(CensusPeriod range)
    {
        var fromUtc = range.Start.AddDays(-1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var toUtc = range.End.AddDays(2).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var leaverBornAfter = range.End.AddYears(-CareLeaversUpTo);
        return db.People.AsNoTracking().Where(p => p.MergedIntoId == null && (
            db.Contacts.Any(c => c.PersonId == p.Id && c.ReceivedAtUtc >= fromUtc && c.ReceivedAtUtc < toUtc)
            || db.EarlyHelpEpisodes.Any(e => e.PersonId == p.Id && e.StartDate <= range.End && (e.EndDate == null || e.EndDate >= range.Start))
            || db.Referrals.Any(r => r.PersonId == p.Id && r.ReferralDate <= range.End && (r.ClosedOn == null || r.ClosedOn >= range.Start))
            || db.CarePeriods.Any(c => c.PersonId == p.Id && c.StartDate <= range.End
                && (c.EndDate == null || c.EndDate >= range.Start || p.DateOfBirth > leaverBornAfter))));
    }
}
