using Haven.Domain.CinCensus;
using MiniExcelLibs;

namespace Haven.Web.Features.CinCensus;

/// <summary>The issue list as the DfE-style CSV or as an Excel workbook with the fix links and explanations.</summary>
public static class CinIssueFiles
{
    public static IActionResult Download(Microsoft.AspNetCore.Mvc.RazorPages.PageModel page, CinCensusCheckResult result, string format, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(result);
        if (format == "xlsx")
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
