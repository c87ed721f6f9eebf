using Haven.Domain.CinCensus;
using MiniExcelLibs;

namespace Haven.Web.Features.CinCensus;

/// <summary>
/// The issue list as the DfE-style CSV or as an Excel workbook with the fix links and explanations. It names children,
/// so each download is recorded in the audit trail.
/// </summary>
public static class CinIssueFiles
{
    public static async Task<IActionResult> DownloadAsync(PageModel page, AuditTrail audit, CinCensusCheckResult result, string format, string name, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(audit);
        ArgumentNullException.ThrowIfNull(result);
        var xlsx = format == "xlsx";
        await audit.ExportedAsync($"CIN census issues ({(xlsx ? "Excel" : "CSV")})", name + (xlsx ? ".xlsx" : ".csv"), result.Validation.Issues.Count, ct);
        if (xlsx)
        {
            var rows = result.Validation.Issues.Select(i => new Dictionary<string, object?>
            {
                ["Child"] = i.LAchildID,
                ["Rule"] = i.RuleId,
                ["Level"] = i.Level.ToString(),
                ["Message"] = i.Message,
                ["Field"] = i.Field,
                ["Value"] = i.Value,
                ["Where"] = i.Location.ToString(),
                ["Explanation"] = result.ExplanationFor(i)?.Explanation,
                ["Fix in Haven"] = result.FixLink(i) is { } link ? $"{page.Request.Scheme}://{page.Request.Host}{link}" : null,
            }).ToList();
            var stream = new MemoryStream();
            stream.SaveAs(rows, sheetName: "Issues", excelType: ExcelType.XLSX);
            stream.Position = 0;
            return page.File(stream, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx");
        }
        return page.File(CinValidationReport.Encode(result.Validation.Issues), "text/csv; charset=utf-8", name + ".csv");
    }

    /// <summary>
    /// One team's issues, with the worker who can fix each and the link to where it is fixed: the list an analyst
    /// sends to the team, since the analyst cannot open the records themselves.
    /// </summary>
    public static async Task<IActionResult> DownloadForTeamAsync(PageModel page, AuditTrail audit, CinCensusCheckResult result, Guid teamId, string name, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(audit);
        ArgumentNullException.ThrowIfNull(result);
        var issues = result.Validation.Issues.Where(i => result.OwnerOf(i)?.TeamId == teamId).ToList();
        var team = issues.Select(result.OwnerOf).FirstOrDefault()?.Team;
        if (team is null)
        {
            return page.NotFound();
        }
        var file = $"{name}-{Slug(team)}.csv";
        await audit.ExportedAsync($"CIN census issues for {team} (CSV)", file, issues.Count, ct);
        var origin = $"{page.Request.Scheme}://{page.Request.Host}";
        IEnumerable<IReadOnlyList<string?>> Rows()
        {
            yield return ["child", "rule", "level", "message", "field", "value", "where", "worker", "team", "explanation", "fix in haven"];
            foreach (var i in issues)
            {
                var owner = result.OwnerOf(i);
                yield return [i.LAchildID, i.RuleId, i.Level.ToString(), i.Message, i.Field, i.Value, i.Location.ToString(), owner?.Worker, owner?.Team,
                    result.ExplanationFor(i)?.Explanation, result.FixLink(i) is { } link ? origin + link : null];
            }
        }
        return page.File(Csv.Encode(Rows()), "text/csv; charset=utf-8", file);
    }

    private static string Slug(string text) =>
        string.Join('-', new string([.. text.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : ' ')])
            .Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
