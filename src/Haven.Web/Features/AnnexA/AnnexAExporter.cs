using System.Data;
using Haven.Domain.AnnexA;
using Haven.Domain.CinCensus;
using MiniExcelLibs;

namespace Haven.Web.Features.AnnexA;

/// <summary>Builds Ofsted's Annex A for a date range from the record, writes it as the workbook, and records each export.</summary>
public sealed class AnnexAExporter(AnnexARecords records, AuditTrail audit)
{
    /// <summary>The lists for the range. <paramref name="progress"/> hears (children done, children in all) every batch.</summary>
    public async Task<AnnexAReturn> BuildAsync(CensusPeriod range, CancellationToken ct, IProgress<(int Done, int Total)>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(range);
        var total = progress is null ? 0 : await records.CountAsync(range, ct);
        var annexA = new AnnexAReturn(range);
        var done = 0;
        await foreach (var record in records.ChildrenAsync(range, ct))
        {
            annexA.Add(record);
            if (++done % 500 == 0)
            {
                progress?.Report((done, total));
            }
        }
        progress?.Report((done, total));
        return annexA;
    }

    /// <summary>
    /// The workbook: a sheet per list, "List 1" to "List 11", Ofsted's headings in row 1 (a list with no rows keeps
    /// its headings), dates as Excel dates.
    /// </summary>
    public static MemoryStream Workbook(AnnexAReturn annexA)
    {
        ArgumentNullException.ThrowIfNull(annexA);
        var sheets = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var list in AnnexALists.All)
        {
            var table = new DataTable(list.SheetName) { Locale = System.Globalization.CultureInfo.InvariantCulture };
            foreach (var column in list.Columns)
            {
                table.Columns.Add(column, typeof(object));
            }
            foreach (var row in annexA.RowsOf(list))
            {
                table.Rows.Add([.. row.Cells.Select(c => c switch
                {
                    DateOnly day => day.ToDateTime(TimeOnly.MinValue),
                    null => DBNull.Value,
                    _ => c,
                })]);
            }
            sheets[list.SheetName] = table;
        }
        var stream = new MemoryStream();
        stream.SaveAs(sheets, excelType: ExcelType.XLSX);
        stream.Position = 0;
        return stream;
    }

    public Task RecordExportAsync(CensusPeriod range, string destination, AnnexAReturn annexA, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(range);
        ArgumentNullException.ThrowIfNull(annexA);
        return audit.ExportedAsync($"Ofsted Annex A {DateText.Date(range.Start)} to {DateText.Date(range.End)}", destination, annexA.Count, ct);
    }

    public static string FileName(CensusPeriod range)
    {
        ArgumentNullException.ThrowIfNull(range);
        return $"annex-a-{range.Start:yyyy-MM-dd}-to-{range.End:yyyy-MM-dd}.xlsx";
    }
}
