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
}
