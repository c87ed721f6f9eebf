using System.Globalization;
using Haven.Domain.CinCensus;

namespace Haven.Web.Features.CinCensus;

/// <summary>The CIN census page: download this year's return, check it with the DfE rules, see the figures.</summary>
public sealed class IndexModel(CinCensusExporter exporter, CinCensusCheck check, IOptions<HavenOptions> options, TimeProvider clock, AuditTrail audit) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "year")]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true, Name = "level")]
    public string? Level { get; set; }

    [BindProperty(SupportsGet = true, Name = "rule")]
    public string? Rule { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<int> Years { get; private set; } = [];

    public CensusPeriod Period { get; private set; } = null!;

    public CinCensusCheckResult? Result { get; private set; }

    public IReadOnlyList<CinIssue> Shown { get; private set; } = [];

    public int Filtered { get; private set; }

    /// <summary>Mid-year, the issues that only mean a piece of work is not finished yet (<see cref="CinUnfinishedWork"/>).</summary>
    public IReadOnlyList<CinIssue> NotFinishedYet { get; private set; } = [];

    /// <summary>The census year that ends on the next 31 March: the return being built now.</summary>
    public static int CurrentYear(DateOnly today) => today.Month >= 4 ? today.Year + 1 : today.Year;

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "check")] bool runCheck, CancellationToken ct)
    {
        if (!Prepare())
        {
            return Page();
        }
        if (runCheck)
        {
            Result = await check.CheckRecordAsync(Period, ct);
            NotFinishedYet = Result.Validation.Issues.Where(IsNotFinishedYet).ToList();
            var issues = Result.Validation.Issues.Where(i => !IsNotFinishedYet(i));
            if (Level is "error" or "query")
            {
                var level = Level == "error" ? CinRuleLevel.Error : CinRuleLevel.Query;
                issues = issues.Where(i => i.Level == level);
            }
            if (!string.IsNullOrEmpty(Rule))
            {
                issues = issues.Where(i => i.RuleId == Rule);
            }
            var list = issues.ToList();
            var errors = Result.Errors.Count();
            var queries = Result.Queries.Count() - NotFinishedYet.Count;
            // Kept in the audit trail so the analyst's home can say when the return was last checked and what it found.
            await audit.RecordAsync(AuditEventTypes.ReturnChecked, CinCensusReturn.Target, CinCensusReturn.Id(Period), CinCensusReturn.ExportName(Period),
                $"{errors:N0} {(errors == 1 ? "error" : "errors")}, {queries:N0} {(queries == 1 ? "query" : "queries")}, {NotFinishedYet.Count:N0} not finished yet", ct);
            Filtered = list.Count;
            PageNumber = Math.Clamp(PageNumber, 1, Math.Max(1, (Filtered + PageSize - 1) / PageSize));
            Shown = list.Skip((PageNumber - 1) * PageSize).Take(PageSize).ToList();
        }
        return Page();
    }

    /// <summary>Streams the XML as it is built; nothing is held in memory.</summary>
    public async Task<IActionResult> OnGetDownloadAsync(CancellationToken ct)
    {
        if (!Prepare())
        {
            return Page();
        }
        // Every child's census data is leaving Haven: recorded before the first byte is sent.
        var fileName = CinCensusExporter.FileName(Period, options.Value.LaCode);
        await audit.ExportedAsync(CinCensusReturn.ExportName(Period), fileName, null, ct);
        Response.ContentType = "application/xml";
        Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
        await exporter.WriteAsync(Response.Body, Period, ct);
        return new EmptyResult();
    }

    /// <param name="team">A team's id: only the issues on that team's children, to send to the team to fix.</param>
    public async Task<IActionResult> OnGetIssuesAsync(string format, Guid? team, CancellationToken ct)
    {
        if (!Prepare())
        {
            return Page();
        }
        var result = await check.CheckRecordAsync(Period, ct);
        if (team is { } teamId)
        {
            return await CinIssueFiles.DownloadForTeamAsync(this, audit, result, teamId, $"cin-census-{Period.End.Year}-issues", ct);
        }
        return await CinIssueFiles.DownloadAsync(this, audit, result, format, $"cin-census-{Period.End.Year}-issues", ct);
    }

    /// <summary>The real problems (not the unfinished work) on each team's children, most first; children with no worker last.</summary>
    public IReadOnlyList<(CaseOwner? Owner, int Issues)> IssuesByTeam =>
        Result is null ? [] : Result.Validation.Issues.Where(i => i.LAchildID is not null && !IsNotFinishedYet(i))
            .GroupBy(i => Result.OwnerOf(i) is { } o ? o.TeamId : Guid.Empty)
            .Select(g => (g.Key == Guid.Empty ? null : Result.OwnerOf(g.First()), g.Count()))
            .OrderBy(t => t.Item1 is null).ThenByDescending(t => t.Item2).ToList();

    private bool IsNotFinishedYet(CinIssue issue) => CinUnfinishedWork.OnlyMeansNotFinishedYet(issue, UkClock.Today(clock), Period.End);

    private bool Prepare()
    {
        var today = UkClock.Today(clock);
        var current = CurrentYear(today);
        Years = Enumerable.Range(current - 4, 5).Reverse().ToList();
        Year ??= current;
        if (!Years.Contains(Year.Value))
        {
            ModelState.AddModelError("year", $"Choose a census year between {Years[^1]} and {Years[0]}");
            Year = current;
            Period = CensusPeriod.YearEnding(current);
            return false;
        }
        Period = CensusPeriod.YearEnding(Year.Value);
        return true;
    }

    public string YearLabel(int year) => string.Create(CultureInfo.InvariantCulture, $"{year - 1} to {year} (ending 31 March {year})");
}
