using System.Diagnostics;
using System.Globalization;
using Haven.Data;
using Haven.Domain.AnnexA;
using Haven.Domain.CinCensus;
using Haven.Web.Features.AnnexA;
using Haven.Web.Features.CinCensus;
using Haven.Web.Features.Ssda903;
using Microsoft.EntityFrameworkCore;

namespace Haven.Bench;

/// <summary>
/// Ofsted's Annex A for a year (the lists and the workbook) and the SSDA903 return for the same year, on an existing
/// authority: the demo (./haven seed) or the scorecard scenario's generated one (20 years of referrals, assessments,
/// plans and care). Three runs on fresh DbContexts, with the process's peak working set at the end.
/// </summary>
public static class AnnexAScenario
{
    public static async Task<int> RunAsync(string[] args)
    {
        var i = Array.IndexOf(args, "--database");
        var path = i >= 0 && i + 1 < args.Length ? args[i + 1] : Environment.GetEnvironmentVariable("HAVEN_BENCH_DATABASE");
        if (path is null)
        {
            Console.Error.WriteLine("Give the authority with --database (a SQLite file or PostgreSQL connection string), e.g. a copy of /tmp/haven-bench-scorecard-20x2500.db.");
            return 2;
        }
        var yearEnding = 2026;
        var j = Array.IndexOf(args, "--year");
        if (j >= 0 && j + 1 < args.Length)
        {
            yearEnding = int.Parse(args[j + 1], CultureInfo.InvariantCulture);
        }
        var database = HavenDatabase.Parse(path);
        await using (var db = database.CreateContext())
        {
            await db.Database.MigrateAsync();
        }
        var year = CensusPeriod.YearEnding(yearEnding);
        for (var run = 1; run <= 3; run++)
        {
            await using var db = database.CreateContext();
            var watch = Stopwatch.StartNew();
            var exporter = new AnnexAExporter(new AnnexARecords(db, new CinCensusRecords(db), new Ssda903Records(db)), null!);
            var annexA = await exporter.BuildAsync(year, CancellationToken.None);
            using var workbook = AnnexAExporter.Workbook(annexA);
            var annexATime = watch.Elapsed;
            watch.Restart();
            var ssda903 = await new Ssda903Exporter(new Ssda903Records(db), null!).BuildAsync(year, CancellationToken.None);
            var ssda903Time = watch.Elapsed;
            var counts = string.Join(" ", AnnexALists.All.Select(l => annexA.RowsOf(l).Count.ToString("N0", CultureInfo.InvariantCulture)));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Run {run} on {database.Describe()}: Annex A {year.Start:yyyy-MM-dd} to {year.End:yyyy-MM-dd} ({annexA.Count:N0} rows: {counts}; workbook {workbook.Length / 1024:N0} KB) {annexATime.TotalSeconds:N2} s; SSDA903 ({ssda903.Header.Count:N0} children, {ssda903.Episodes.Count:N0} episodes) {ssda903Time.TotalSeconds:N2} s"));
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024:N0} MB"));
        return 0;
    }
}
