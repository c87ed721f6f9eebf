using System.Globalization;
using Haven.Domain.Performance;
using Haven.Web.Cli;

namespace Haven.Web.Features.Performance;

/// <summary>`./haven scorecard export`: the scorecard's figures or workbook for a year, for scripts and the committee pack.</summary>
public static class ScorecardCommand
{
    public const string Help = """
          scorecard export     Write the strategic scorecard for a year from the record
                                 --year Y          the March the year ends in (2026 = April 2025 to March 2026)
                                 --format F        csv (indicator,period,numerator,denominator,value) or xlsx (the committee's layout)
                                 --out FILE        where to write it (default scorecard-<year>.<format>)
        """;

    public static async Task<int> RunAsync(string[] args, CommandOptions options, Func<string[]> hostArgs)
    {
        var sub = args.SkipWhile(a => a != "scorecard").Skip(1).FirstOrDefault();
        if (sub != "export")
        {
            throw new CommandLineException("Use ./haven scorecard export --year 2026 --format csv --out FILE. Run ./haven --help for the options.");
        }
        var yearText = options.Get("year") ?? throw new CommandLineException("Give the year with --year, e.g. --year 2026 for April 2025 to March 2026.");
        if (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 2000 or > 2100)
        {
            throw new CommandLineException("--year must be a year like 2026 (the March the year ends in).");
        }
        var format = options.Get("format") ?? "csv";
        if (format is not ("csv" or "xlsx"))
        {
            throw new CommandLineException("--format must be csv or xlsx.");
        }
        var path = options.Get("out") ?? $"scorecard-{year}.{format}";

        await using var app = HavenWebApp.Build(hostArgs());
        await HavenWebApp.MigrateAsync(app.Services);
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.ActAsCommandLine();
        var scorecard = scope.ServiceProvider.GetRequiredService<ScorecardService>();
        var started = System.Diagnostics.Stopwatch.StartNew();
        int rows;
        if (format == "csv")
        {
            var figures = await scorecard.FiguresAsync(year, CancellationToken.None);
            await File.WriteAllBytesAsync(path, ScorecardExport.Csv(figures));
            rows = figures.Count;
        }
        else
        {
            var card = await scorecard.YearAsync(year, CancellationToken.None);
            await using var output = File.Create(path);
            await ScorecardExport.Workbook(card).CopyToAsync(output);
            rows = card.Rows.Count;
        }
        await scope.ServiceProvider.GetRequiredService<AuditTrail>().RecordAsync(AuditEventTypes.Exported, AuditTrail.ExportTarget, Path.GetFileName(path),
            $"scorecard {ReportingPeriod.YearLabel(year)} ({format})", $"Exported the scorecard for {ReportingPeriod.YearLabel(year)} as {format} ({rows} rows)", CancellationToken.None);
        Console.WriteLine($"Wrote the scorecard for {ReportingPeriod.YearLabel(year)} to {path} in {started.Elapsed.TotalSeconds:0.0} s.");
        return 0;
    }
}
