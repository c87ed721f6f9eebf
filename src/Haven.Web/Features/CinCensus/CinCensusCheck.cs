using Haven.Domain.CinCensus;

namespace Haven.Web.Features.CinCensus;

/// <summary>A checked return: the DfE rules' findings, the headline figures, and where to fix each issue.</summary>
public sealed record CinCensusCheckResult(
    CinValidationResult Validation,
    CinCensusFigures? Figures,
    IReadOnlyDictionary<(string Child, string Rule), CinQueryExplanation> Explanations,
    IReadOnlyDictionary<string, Guid> PeopleByChildId,
    IReadOnlyDictionary<(Guid Person, DateOnly Referred), Guid> Episodes)
{
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
public sealed class CinCensusCheck(HavenDbContext db, CinCensusExporter exporter)
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
        return new CinCensusCheckResult(validation, figures, explanations, people, episodes);
    }
}
