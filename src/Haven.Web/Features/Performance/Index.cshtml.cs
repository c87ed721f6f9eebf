using Haven.Domain.Performance;

namespace Haven.Web.Features.Performance;

/// <summary>
/// The strategic scorecard for analysts and service managers: every indicator in the committee's layout, each quarter
/// rated by its rule (shown beside it), each figure leading to the children behind it; the figures as CSV and the
/// committee's workbook as xlsx, both audited.
/// </summary>
public sealed class IndexModel(ScorecardService scorecard, AuditTrail audit, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "year")] public int? Year { get; set; }

    [BindProperty(SupportsGet = true, Name = "download")] public string? Download { get; set; }

    public IReadOnlyList<int> Years => Year is { } y && !scorecard.Years.Contains(y) ? [.. scorecard.Years, y] : scorecard.Years;

    public ScorecardYear Card { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        // Any year may be asked for (a bookmark, an old committee pack); the list offers the recent ones.
        var year = Year is { } y and >= 2000 and <= 2100 ? y : ScorecardService.CurrentYearEnding(UkClock.Today(clock));
        Year = year;
        var label = ReportingPeriod.YearLabel(year);
        switch (Download)
        {
            case "csv":
                var figures = await scorecard.FiguresAsync(year, ct);
                await audit.ExportedAsync($"scorecard {label} (CSV)", $"scorecard-{label}.csv", figures.Count, ct);
                return File(ScorecardExport.Csv(figures), "text/csv; charset=utf-8", $"scorecard-{label}.csv");
            case "xlsx":
                Card = await scorecard.YearAsync(year, ct);
                await audit.ExportedAsync($"scorecard {label} (Excel)", $"scorecard-{label}.xlsx", Card.Rows.Count, ct);
                return File(ScorecardExport.Workbook(Card), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"scorecard-{label}.xlsx");
            case null:
                break;
            default:
                return NotFound();
        }
        Card = await scorecard.YearAsync(year, ct);
        return Page();
    }

    public static string YearLabel(int year) => ReportingPeriod.YearLabel(year);

    public string FigureUrl(Indicator indicator, ReportingPeriod period) =>
        $"/performance/scorecard/{Uri.EscapeDataString(indicator.Id)}?period={Uri.EscapeDataString(period.Label)}";
}
