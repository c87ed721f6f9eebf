using System.Globalization;
using Haven.Domain.Performance;
using MiniExcelLibs;

namespace Haven.Web.Features.Performance;

/// <summary>
/// The scorecard as files: the figures as CSV (one row per indicator and period), and the committee's workbook in the
/// seed's layout (priority group rows; previous two outturns; target; former NI; service plan reference; comparator;
/// each quarter's target and actual, RAG rated; commentary). Figures only, no child is named in either.
/// </summary>
public static class ScorecardExport
{
    public static readonly IReadOnlyList<string> CsvColumns = ["indicator", "period", "numerator", "denominator", "value"];

    public static byte[] Csv(IEnumerable<IndicatorFigure> figures) =>
        Domain.Formatting.Csv.Encode([CsvColumns, .. figures.Select(f => (IReadOnlyList<string?>)
        [
            f.Indicator.Id,
            f.Period.Label,
            f.Numerator.ToString(CultureInfo.InvariantCulture),
            f.Denominator?.ToString(CultureInfo.InvariantCulture),
            f.Value?.ToString("0.#", CultureInfo.InvariantCulture),
        ])]);

    /// <summary>The column headings, as the seed's App. A heads them, for the year ending in March <paramref name="yearEnding"/>.</summary>
    public static IReadOnlyList<string> Headings(int yearEnding) =>
    [
        "Key Performance or Outcome Description",
        $"{ReportingPeriod.YearLabel(yearEnding - 2)} outturn",
        $"{ReportingPeriod.YearLabel(yearEnding - 1)} outturn",
        $"{ReportingPeriod.YearLabel(yearEnding)} Target",
        "Previous National Indicator Set",
        "Link to C&F Service Plan & Matrix",
        "Comparative data",
        .. Enumerable.Range(1, 4).SelectMany(q => new[] { $"({ReportingPeriod.QuarterMonths(q)}) Target", $"({ReportingPeriod.QuarterMonths(q)}) Actual RAG Rated" }),
        "Commentary",
    ];

    /// <summary>The workbook's rows: a heading row for each priority group, then its indicators.</summary>
    public static IEnumerable<Dictionary<string, object?>> WorkbookRows(ScorecardYear year)
    {
        ArgumentNullException.ThrowIfNull(year);
        var headings = Headings(year.YearEnding);
        foreach (var group in year.Rows.GroupBy(r => r.Indicator.PriorityGroup))
        {
            var heading = headings.ToDictionary(h => h, _ => (object?)null);
            heading[headings[0]] = group.Key;
            yield return heading;
            foreach (var row in group)
            {
                var cells = new List<object?>
                {
                    $"{row.Indicator.Id} {row.Indicator.Description}",
                    row.TwoYearsBefore.ValueText,
                    row.YearBefore.ValueText,
                    TargetText(row.YearRule, row.Indicator),
                    row.Indicator.FormerNiText,
                    row.Indicator.ServicePlanReference,
                    Comparators.Cell(year.ComparisonsFor(row), row.Indicator.Unit),
                };
                foreach (var quarter in row.Quarters)
                {
                    cells.Add(TargetText(quarter.Rule, row.Indicator));
                    cells.Add(ActualText(quarter));
                }
                cells.Add(year.LatestCommentaryFor(row.Indicator.Id)?.Text);
                yield return headings.Zip(cells).ToDictionary(x => x.First, x => x.Second);
            }
        }
    }

    public static MemoryStream Workbook(ScorecardYear year)
    {
        ArgumentNullException.ThrowIfNull(year);
        var stream = new MemoryStream();
        stream.SaveAs(WorkbookRows(year).ToList(), sheetName: $"Scorecard {year.Label}", excelType: ExcelType.XLSX);
        stream.Position = 0;
        return stream;
    }

    /// <summary>The seed's target cell: "85%", "below 5%" for lower-is-better, "n/a" where nothing is rated.</summary>
    public static string TargetText(RagRule? rule, Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        if (rule is null)
        {
            return "n/a";
        }
        var target = IndicatorText.Format(rule.Target, indicator.Unit);
        return rule.Polarity == Polarity.LowerIsBetter ? $"{target} or less" : $"at least {target}";
    }

    /// <summary>The actual with its rating in words (a spreadsheet's colour is lost when it is read aloud or printed in black).</summary>
    public static string ActualText(ScorecardQuarter quarter)
    {
        ArgumentNullException.ThrowIfNull(quarter);
        if (quarter.Actual is not { } actual)
        {
            return "";
        }
        return quarter.Rag == Rag.NotRated ? actual.ValueText : $"{actual.ValueText} ({RagRule.Word(quarter.Rag).ToLowerInvariant()})";
    }
}
