using System.Globalization;
using Haven.Domain.AnnexA;
using Haven.Domain.CinCensus;
using Haven.Web.Cli;

namespace Haven.Web.Features.AnnexA;

/// <summary>`./haven annex-a export`: Ofsted's Annex A workbook for a date range, for inspection day.</summary>
public static class AnnexACommand
{
    public const string Help = """
          annex-a export       Write Ofsted's Annex A (lists 1 to 11, a sheet each) for a date range from the record
                                 --from DATE       the first day, e.g. 2025-04-01
                                 --to DATE         the last day, e.g. 2026-03-31
                                 --out FILE        where to write the workbook (default annex-a-<from>-to-<to>.xlsx)
        """;

    public static async Task<int> RunAsync(string[] args, CommandOptions options, Func<string[]> hostArgs)
    {
        var sub = args.SkipWhile(a => a != "annex-a").Skip(1).FirstOrDefault();
        if (sub != "export")
        {
            throw new CommandLineException("Use ./haven annex-a export --from 2025-04-01 --to 2026-03-31 --out annex-a.xlsx. Run ./haven --help for the options.");
        }
        var from = Date(options, "from");
        var to = Date(options, "to");
        if (to < from)
        {
            throw new CommandLineException("--to must be the same as or after --from.");
        }
        var range = new CensusPeriod(from, to);
        var path = options.Get("out") ?? AnnexAExporter.FileName(range);

        await using var app = HavenWebApp.Build(hostArgs());
        await HavenWebApp.MigrateAsync(app.Services);
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.ActAsCommandLine();
        var exporter = scope.ServiceProvider.GetRequiredService<AnnexAExporter>();
        var started = System.Diagnostics.Stopwatch.StartNew();
        Console.WriteLine($"Building Annex A for {DateText.Date(from)} to {DateText.Date(to)}...");
        var annexA = await exporter.BuildAsync(range, CancellationToken.None,
            new SynchronousProgress<(int Done, int Total)>(p => Console.WriteLine($"  {p.Done:N0} of {p.Total:N0} children read")));
        await using (var output = File.Create(path))
        {
            await AnnexAExporter.Workbook(annexA).CopyToAsync(output);
        }
        foreach (var list in AnnexALists.All)
        {
            Console.WriteLine($"  {list.SheetName,-8} {list.Title,-32} {annexA.RowsOf(list).Count,8:N0} rows");
        }
        await exporter.RecordExportAsync(range, Path.GetFullPath(path), annexA, CancellationToken.None);
        Console.WriteLine($"Wrote Annex A ({annexA.Count:N0} rows) to {path} in {started.Elapsed.TotalSeconds:0.0} s.");
        return 0;
    }

    private static DateOnly Date(CommandOptions options, string name) =>
        options.Get(name) is { } text && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw new CommandLineException($"Give --{name} as a date like 2025-04-01.");
}
