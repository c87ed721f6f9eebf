using Haven.Domain.CinCensus;

namespace Haven.Web.Features.CinCensus;

/// <summary>What an import did, child by child, for the person who ran it.</summary>
public sealed record CinImportReport(
    IReadOnlyList<CinFileProblem> FileProblems,
    int ChildrenCreated,
    int ChildrenMatched,
    int EpisodesCreated,
    int EpisodesAlreadyPresent,
    IReadOnlyList<(string Child, string Reason)> Rejected)
{
    public bool Refused => FileProblems.Any(p => p.Level == CinFileProblemLevel.Fatal);
}

/// <summary>
/// Loads a CIN census file from a previous system. A child is matched on LA child id, then UPN; an episode is
/// matched on its referral date, so running the same file twice adds nothing. The file is read through once to
/// check it can be read at all, then imported in one transaction: a bad file changes nothing.
/// </summary>
public sealed class CinCensusImporter(HavenDbContext db, TimeProvider clock)
{
    private const int SaveEvery = 200;

    /// <param name="input">A seekable stream: the file is read twice.</param>
    public async Task<CinImportReport> ImportAsync(Stream input, string actorUserId, string actorName, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!input.CanSeek)
        {
            throw new ArgumentException("The import needs a seekable stream.", nameof(input));
        }
        using (var check = CinCensusReader.Open(input))
        {
            foreach (var _ in check.ReadChildren())
            {
            }
            if (check.HasFatalProblem)
            {
                return new CinImportReport(check.Problems, 0, 0, 0, 0, []);
            }
        }

        input.Position = 0;
        var created = 0;
        var matched = 0;
        var episodesCreated = 0;
        var episodesPresent = 0;
        var rejected = new List<(string, string)>();
        var now = clock.GetUtcNow().UtcDateTime;
        using var reader = CinCensusReader.Open(input);
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var pending = 0;
            CensusPeriod? period = null;
            // Children already handled in this run, with their episodes' referral dates: a file can name a child
            // twice, and rows not yet saved are invisible to queries.
            var seen = new Dictionary<string, (Guid PersonId, HashSet<DateOnly> Dates)>(StringComparer.Ordinal);
            foreach (var child in reader.ReadChildren())
            {
                period ??= reader.Header.ReferenceDate is { } reference ? CensusPeriod.EndingOn(reference) : CensusPeriod.YearEnding(now.Year);
                if (Rejection(child) is { } reason)
                {
                    rejected.Add((child.LAchildID ?? "(no LAchildID)", reason));
                    continue;
                }
                if (!seen.TryGetValue(child.LAchildID!, out var known))
                {
                    var personId = await db.People.Where(p => p.LaPersonId == child.LAchildID && p.MergedIntoId == null).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(ct)
                        ?? (child.UPN is { } upn ? await db.People.Where(p => p.UniquePupilNumber == upn && p.MergedIntoId == null).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(ct) : null);
                    if (personId is null)
                    {
                        var person = CinCensusToRecord.NewChild(child, now);
                        db.People.Add(person);
                        Record(person.Id, CaseEventTypes.PersonRegistered, $"Child {child.LAchildID} imported from a CIN census return", actorUserId, actorName, now);
                        personId = person.Id;
                        created++;
                    }
                    else
                    {
                        matched++;
                    }
                    var dates = await db.Referrals.Where(r => r.PersonId == personId).Select(r => r.ReferralDate).ToListAsync(ct);
                    known = (personId.Value, [.. dates]);
                    seen[child.LAchildID!] = known;
                }
                var knownDates = known.Dates;
                foreach (var details in child.CinDetails)
                {
                    if (knownDates.Contains(details.CINreferralDate!.Value))
                    {
                        episodesPresent++;
                        continue;
                    }
                    var episode = CinCensusToRecord.NewEpisode(known.PersonId, details, period, WorkingDayCalendar.EnglandAndWales);
                    db.Referrals.Add(episode.Referral);
                    db.Assessments.AddRange(episode.Assessments);
                    db.ChildInNeedPlans.AddRange(episode.ChildInNeedPlans);
                    db.StrategyDiscussions.AddRange(episode.StrategyDiscussions);
                    db.Section47Enquiries.AddRange(episode.Section47Enquiries);
                    db.ChildProtectionPlans.AddRange(episode.ChildProtectionPlans);
                    db.ChildProtectionConferences.AddRange(episode.Conferences);
                    Record(known.PersonId, CaseEventTypes.ReferralCreated, $"Episode from {DateText.Date(details.CINreferralDate)} imported from a CIN census return", actorUserId, actorName, now);
                    knownDates.Add(episode.Referral.ReferralDate);
                    episodesCreated++;
                }
                if (++pending >= SaveEvery)
                {
                    await db.SaveChangesAsync(ct);
                    db.ChangeTracker.Clear();
                    pending = 0;
                }
            }
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            await transaction.CommitAsync(ct);
        });
        return new CinImportReport(reader.Problems, created, matched, episodesCreated, episodesPresent, rejected);
    }

    /// <summary>Why a child cannot be imported at all: without these a record cannot be matched or dated.</summary>
    private static string? Rejection(CinCensusChild child)
    {
        if (string.IsNullOrWhiteSpace(child.LAchildID))
        {
            return "No LAchildID, so the child cannot be matched or identified.";
        }
        if (child.LAchildID.Length > 20)
        {
            return "LAchildID is longer than 20 characters.";
        }
        if (child.CinDetails.FirstOrDefault(d => d.CINreferralDate is null) is { } undated)
        {
            return undated.UnparsedText(CinElements.CINreferralDate) is { } text
                ? $"CINreferralDate '{text}' is not a date written yyyy-mm-dd."
                : "An episode has no CINreferralDate.";
        }
        return child.Unparsed.Count > 0 || child.CinDetails.Any(HasUnparsed)
            ? "Some dates could not be read (they must be written yyyy-mm-dd). Fix the file and import it again."
            : null;
    }

    private static bool HasUnparsed(CinDetails d) =>
        d.Unparsed.Count > 0 || d.Assessments.Any(a => a.Unparsed.Count > 0) || d.CinPlanDates.Any(p => p.Unparsed.Count > 0)
        || d.Section47s.Any(s => s.Unparsed.Count > 0) || d.ChildProtectionPlans.Any(p => p.Unparsed.Count > 0);

    private void Record(Guid personId, string type, string summary, string actorUserId, string actorName, DateTime now) =>
        db.CaseEvents.Add(new CaseEvent { PersonId = personId, Type = type, Summary = summary, ActorUserId = actorUserId, ActorName = actorName, OccurredAtUtc = now });
}
