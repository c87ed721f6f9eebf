using Haven.Domain.CinCensus;

namespace Haven.Web.Features.CinCensus;

/// <summary>Who can fix a child's census issues: the worker allocated to the child today, and their team.</summary>
public sealed record CaseOwner(string Worker, Guid TeamId, string Team);

/// <summary>A checked return: the DfE rules' findings, the headline figures, and where to fix each issue.</summary>
public sealed record CinCensusCheckResult(
    CinValidationResult Validation,
    CinCensusFigures? Figures,
    IReadOnlyDictionary<(string Child, string Rule), CinQueryExplanation> Explanations,
    IReadOnlyDictionary<string, Guid> PeopleByChildId,
    IReadOnlyDictionary<(Guid Person, DateOnly Referred), Guid> Episodes,
    IReadOnlyDictionary<Guid, CaseOwner> Owners)
{
    /// <summary>
    /// The allocated worker and team of the child an issue is about, or null (not in Haven, or not allocated). An
    /// analyst cannot open children's records, so this, not a link, tells them whom to send the issue to.
    /// </summary>
    public CaseOwner? OwnerOf(CinIssue issue) =>
        issue.LAchildID is not null && PeopleByChildId.TryGetValue(issue.LAchildID, out var personId) ? Owners.GetValueOrDefault(personId) : null;

    public IEnumerable<CinIssue> Errors => Validation.Issues.Where(i => i.Level == CinRuleLevel.Error);

    public IEnumerable<CinIssue> Queries => Validation.Issues.Where(i => i.Level == CinRuleLevel.Query);

    public CinQueryExplanation? ExplanationFor(CinIssue issue) =>
        issue.Level == CinRuleLevel.Query && Explanations.TryGetValue((issue.LAchildID ?? "", issue.RuleId), out var e) ? e : null;

    /// <summary>The Haven page where an issue is fixed: the episode when it can be found, else the child's record.</summary>
    public string? FixLink(CinIssue issue)
    {
        if (issue.LAchildID is null || !PeopleByChildId.TryGetValue(issue.LAchildID, out var personId))
        {
            return null;
        }
        return issue.Location.CINreferralDate is { } referred && Episodes.TryGetValue((personId, referred), out var referralId)
            ? $"/people/{personId}/social-care/{referralId}"
            : issue.Location.Module == CinModule.Child ? $"/people/{personId}/details" : $"/people/{personId}/social-care";
    }
}

/// <summary>Checks a census file, Haven's own or one uploaded from another system, and finds Haven's pages for each issue.</summary>
public sealed class CinCensusCheck(HavenDbContext db, CinCensusExporter exporter, TimeProvider clock)
{
    /// <summary>Builds this year's return from the record into a temporary file and checks it.</summary>
    public async Task<CinCensusCheckResult> CheckRecordAsync(CensusPeriod period, CancellationToken ct)
    {
        var path = Path.GetTempFileName();
        try
        {
            await using (var output = File.Create(path))
            {
                await exporter.WriteAsync(output, period, ct);
            }
            await using var input = File.OpenRead(path);
            return await CheckAsync(input, ct);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <param name="input">A seekable stream: it is read once for the rules and once for the figures.</param>
    public async Task<CinCensusCheckResult> CheckAsync(Stream input, CancellationToken ct)
    {
        var validation = new CinCensusValidator().Validate(input);
        CinCensusFigures? figures = null;
        if (validation.ReadCompletely && validation.Header.ReferenceDate is { } reference)
        {
            input.Position = 0;
            figures = new CinCensusFigures(CensusPeriod.EndingOn(reference));
            using var reader = CinCensusReader.Open(input);
            foreach (var child in reader.ReadChildren())
            {
                figures.Add(child, WorkingDayCalendar.EnglandAndWales);
            }
        }

        var childIds = validation.Issues.Select(i => i.LAchildID).OfType<string>().Distinct().ToList();
        var people = await db.People.AsNoTracking()
            .Where(p => childIds.Contains(p.LaPersonId) && p.MergedIntoId == null)
            .Select(p => new { p.LaPersonId, p.Id })
            .ToDictionaryAsync(p => p.LaPersonId, p => p.Id, ct);
        var personIds = people.Values.ToList();
        var episodes = (await db.Referrals.AsNoTracking()
                .Where(r => personIds.Contains(r.PersonId))
                .Select(r => new { r.PersonId, r.ReferralDate, r.Id })
                .ToListAsync(ct))
            .GroupBy(r => (r.PersonId, r.ReferralDate))
            .ToDictionary(g => g.Key, g => g.First().Id);
        var year = validation.Header.ReferenceDate?.Year ?? 0;
        var explanations = (await db.CinQueryExplanations.AsNoTracking().Where(e => e.CensusYear == year).ToListAsync(ct))
            .ToDictionary(e => (e.LAchildID, e.RuleId));
        return new CinCensusCheckResult(validation, figures, explanations, people, episodes, await OwnersAsync(personIds, ct));
    }

    /// <summary>The worker allocated today to each child (the latest allocation when two workers share a child).</summary>
    private async Task<IReadOnlyDictionary<Guid, CaseOwner>> OwnersAsync(List<Guid> personIds, CancellationToken ct)
    {
        var today = UkClock.Today(clock);
        var rows = await db.Allocations.AsNoTracking()
            .Where(a => personIds.Contains(a.PersonId) && a.StartDate <= today && (a.EndDate == null || a.EndDate >= today))
            .Join(db.Teams, a => a.TeamId, t => t.Id, (a, t) => new { a.PersonId, a.WorkerUserId, a.StartDate, a.TeamId, Team = t.Name })
            .GroupJoin(db.Users, a => a.WorkerUserId, u => u.Id, (a, u) => new { a, u })
            .SelectMany(x => x.u.DefaultIfEmpty(), (x, u) => new { x.a.PersonId, x.a.StartDate, x.a.TeamId, x.a.Team, Worker = u == null ? null : u.DisplayName })
            .ToListAsync(ct);
        return rows.GroupBy(r => r.PersonId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.StartDate).Select(r => new CaseOwner(r.Worker ?? "Unknown worker", r.TeamId, r.Team)).First());
    }
}
