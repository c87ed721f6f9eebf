using Haven.Domain.CinCensus;
using Haven.Domain.Ssda903;

namespace Haven.Web.Features.Ssda903;

/// <summary>What an import did, for the person who ran it; refused (and nothing changed) when the files or the rules failed.</summary>
public sealed record Ssda903ImportReport(
    IReadOnlyList<Ssda903FileProblem> FileProblems,
    IReadOnlyList<Ssda903Issue> Issues,
    int ChildrenCreated,
    int ChildrenMatched,
    int ChildrenChanged,
    IReadOnlyList<(string Child, string What)> NotImported)
{
    public bool Refused => FileProblems.Count > 0 || Issues.Count > 0;
}

/// <summary>
/// Loads a previous system's SSDA903 return into the care record (<see cref="Ssda903ToRecord"/> does the mapping).
/// The files are checked with the year's rules first and refused, with the issues, when any rule fails or a file cannot
/// be read. A child is matched on CHILD (the LA's id), then a real UPN, else created; then everything is merged in one
/// transaction, so a failure part way changes nothing, and each child whose record changed gets one chronology entry
/// saying what came from the return. Running the same files again changes nothing.
/// </summary>
public sealed class Ssda903Importer(HavenDbContext db, TimeProvider clock)
{
    private const int SaveEvery = 200;

    public async Task<Ssda903ImportReport> ImportAsync(Ssda903ReadResult files, CensusPeriod year, string actorUserId, string actorName, CancellationToken ct,
        IProgress<(int Done, int Total)>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(year);
        var validation = new Ssda903Validator().Validate(files, year);
        if (!validation.Passed)
        {
            return new Ssda903ImportReport(validation.Problems, validation.Issues, 0, 0, 0, []);
        }
        var ssda903 = files.Return;
        var now = clock.GetUtcNow().UtcDateTime;
        var created = 0;
        var matched = 0;
        var changed = 0;
        var notImported = new List<(string, string)>();
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            (created, matched, changed) = (0, 0, 0);
            notImported.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var register = await db.Carers.AsNoTracking().ToListAsync(ct);
            var workers = (await db.Users.AsNoTracking().Where(u => u.TeamId != null).Select(u => new { u.Id, u.TeamId }).ToListAsync(ct))
                .GroupBy(u => Ssda903Exporter.SocialWorkerId(u.Id)).Where(g => g.Count() == 1)
                .ToDictionary(g => g.Key, g => (g.Single().Id, g.Single().TeamId!.Value), StringComparer.Ordinal);
            var context = new Ssda903ImportContext(actorUserId, actorName, now, register, id => workers.TryGetValue(id, out var w) ? w : null);
            var rows = new ChildRows(ssda903);
            var pending = 0;
            var done = 0;
            foreach (var header in ssda903.Header)
            {
                var child = header.Child!;
                var person = await db.People.Where(p => p.LaPersonId == child && p.MergedIntoId == null).FirstOrDefaultAsync(ct);
                if (person is null && header.Upn is { Length: 13 } upn)
                {
                    person = await db.People.Where(p => p.UniquePupilNumber == upn && p.MergedIntoId == null).FirstOrDefaultAsync(ct);
                }
                if (person is null)
                {
                    person = Ssda903ToRecord.NewChild(header, now);
                    db.People.Add(person);
                    Record(person.Id, CaseEventTypes.PersonRegistered, $"Child {child} imported from an SSDA903 return", actorUserId, actorName, now);
                    created++;
                }
                else
                {
                    matched++;
                }
                var target = await TargetAsync(person, ct);
                var additions = new Ssda903ImportAdditions();
                var merge = Ssda903ToRecord.Merge(target, rows.Of(child), year, context, additions);
                Add(additions);
                if (merge.Changed)
                {
                    changed++;
                    Record(person.Id, CaseEventTypes.CareHistoryImported,
                        $"From the SSDA903 return for {DateText.Date(year.Start)} to {DateText.Date(year.End)}: {string.Join("; ", merge.Changes)}", actorUserId, actorName, now);
                }
                notImported.AddRange(merge.NotImported.Select(n => (child, n)));
                if (++pending >= SaveEvery)
                {
                    await db.SaveChangesAsync(ct);
                    db.ChangeTracker.Clear();
                    pending = 0;
                }
                if (++done % SaveEvery == 0)
                {
                    progress?.Report((done, ssda903.Header.Count));
                }
            }
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            await transaction.CommitAsync(ct);
            progress?.Report((done, ssda903.Header.Count));
        });
        return new Ssda903ImportReport([], [], created, matched, changed, notImported);
    }

    /// <summary>The child's care record, tracked, so the merge can complete what is there (an end date, a reversal).</summary>
    private async Task<Ssda903ImportTarget> TargetAsync(Person person, CancellationToken ct)
    {
        var id = person.Id;
        return new Ssda903ImportTarget(person)
        {
            Periods = await db.CarePeriods.Include(p => p.LegalStatuses).Include(p => p.Placements).AsSplitQuery().Where(p => p.PersonId == id).ToListAsync(ct),
            Referrals = await db.Referrals.Where(r => r.PersonId == id).ToListAsync(ct),
            Reviews = await db.CareReviews.Where(r => r.PersonId == id).ToListAsync(ct),
            Missing = await db.MissingEpisodes.Where(m => m.PersonId == id).ToListAsync(ct),
            Adoptions = await db.AdoptionJourneys.Where(a => a.PersonId == id).ToListAsync(ct),
            HealthChecks = await db.HealthChecks.Where(h => h.PersonId == id).ToListAsync(ct),
            Allocations = await db.Allocations.Where(a => a.PersonId == id).ToListAsync(ct),
            CareLeaverContacts = await db.CareLeaverContacts.Where(c => c.PersonId == id).ToListAsync(ct),
        };
    }

    private void Add(Ssda903ImportAdditions additions)
    {
        db.Carers.AddRange(additions.Carers);
        db.Referrals.AddRange(additions.Referrals);
        db.CarePeriods.AddRange(additions.Periods);
        // A new period's statuses and placements come with it; those added to a period already in the record are added here.
        var newPeriods = additions.Periods.Select(p => p.Id).ToHashSet();
        db.CareLegalStatuses.AddRange(additions.LegalStatuses.Where(s => !newPeriods.Contains(s.CarePeriodId)));
        db.Placements.AddRange(additions.Placements.Where(p => !newPeriods.Contains(p.CarePeriodId)));
        db.CareReviews.AddRange(additions.Reviews);
        db.MissingEpisodes.AddRange(additions.Missing);
        db.AdoptionJourneys.AddRange(additions.Adoptions);
        db.HealthChecks.AddRange(additions.HealthChecks);
        db.Allocations.AddRange(additions.Allocations);
        db.CareLeaverContacts.AddRange(additions.CareLeaverContacts);
    }

    private void Record(Guid personId, string type, string summary, string actorUserId, string actorName, DateTime now) =>
        db.CaseEvents.Add(new CaseEvent { PersonId = personId, Type = type, Summary = summary, ActorUserId = actorUserId, ActorName = actorName, OccurredAtUtc = now });

    /// <summary>Each child's rows of every file, looked up once.</summary>
    private sealed class ChildRows(Ssda903Return all)
    {
        private readonly ILookup<string?, Ssda903Episode> _episodes = all.Episodes.ToLookup(r => r.Child, StringComparer.Ordinal);
        private readonly ILookup<string?, Ssda903Review> _reviews = all.Reviews.ToLookup(r => r.Child, StringComparer.Ordinal);
        private readonly ILookup<string?, Ssda903Uasc> _uasc = all.Uasc.ToLookup(r => r.Child, StringComparer.Ordinal);
        private readonly ILookup<string?, Ssda903Oc2> _oc2 = all.Oc2.ToLookup(r => r.Child, StringComparer.Ordinal);
        private readonly ILookup<string?, Ssda903Oc3> _oc3 = all.Oc3.ToLookup(r => r.Child, StringComparer.Ordinal);
        private readonly ILookup<string?, Ssda903Ad1> _ad1 = all.Ad1.ToLookup(r => r.Child, StringComparer.Ordinal);
        private readonly ILookup<string?, Ssda903PlacedForAdoption> _placed = all.PlacedForAdoption.ToLookup(r => r.Child, StringComparer.Ordinal);
        private readonly ILookup<string?, Ssda903PreviousPermanence> _previous = all.PreviousPermanence.ToLookup(r => r.Child, StringComparer.Ordinal);
        private readonly ILookup<string?, Ssda903Missing> _missing = all.Missing.ToLookup(r => r.Child, StringComparer.Ordinal);
        private readonly ILookup<string?, Ssda903SwEpisode> _sw = all.SwEpisodes.ToLookup(r => r.Child, StringComparer.Ordinal);
        private readonly ILookup<string?, Ssda903Header> _header = all.Header.ToLookup(r => r.Child, StringComparer.Ordinal);

        public Ssda903Return Of(string child) => new()
        {
            Header = [.. _header[child]],
            Episodes = [.. _episodes[child]],
            Reviews = [.. _reviews[child]],
            Uasc = [.. _uasc[child]],
            Oc2 = [.. _oc2[child]],
            Oc3 = [.. _oc3[child]],
            Ad1 = [.. _ad1[child]],
            PlacedForAdoption = [.. _placed[child]],
            PreviousPermanence = [.. _previous[child]],
            Missing = [.. _missing[child]],
            SwEpisodes = [.. _sw[child]],
        };
    }
}
