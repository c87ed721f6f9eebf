using System.Globalization;
using Haven.Domain.CinCensus;
using Haven.Domain.Ssda903;
using Haven.Web.Cli;

namespace Haven.Web.Features.Ssda903;

/// <summary>`./haven ssda903 export|validate`: the SSDA903 return from the record, and the DfE's rules over a folder of files.</summary>
public static class Ssda903Command
{
    public const string Help = """
          ssda903 export       Write the SSDA903 (children looked after) return for a year as the DfE's CSV files
                                 --year Y          the March the year ends in (2026 = April 2025 to March 2026)
                                 --out DIR         the folder to write the files to (default SSDA903_<year>)
          ssda903 validate DIR Check a folder of SSDA903 CSV files with the DfE's 2025/26 rules Haven has;
                               exit code 1 when any rule fails or a file cannot be read
                                 --year Y          the collection year (default: the one ending next 31 March)
                                 --previous DIR    last year's files, for the rules that compare years
                                 --report FILE     write the issues as CSV (child,rule,message,field,value)
          ssda903 import DIR   Load a previous system's SSDA903 return into the care record: checked with the rules
                               first (refused, changing nothing, if any fails), all or nothing, and running it again
                               changes nothing. Import a run of years oldest first to bring a whole care history.
                                 --year Y          the collection year (default: the one holding the files' latest date)
                                 --report FILE     when refused, write the issues as CSV
        """;

    public static async Task<int> RunAsync(string[] args, CommandOptions options, Func<string[]> hostArgs)
    {
        var rest = args.SkipWhile(a => a != "ssda903").Skip(1).ToArray();
        var sub = rest.FirstOrDefault();
        return sub switch
        {
            "export" => await ExportAsync(options, hostArgs),
            "validate" => Validate(FolderArgument(rest), options),
            "import" => await ImportAsync(FolderArgument(rest), options, hostArgs),
            _ => throw new CommandLineException("Use ./haven ssda903 export, validate or import. Run ./haven --help for the options."),
        };
    }

    /// <summary>The first bare argument after "validate" that is not an option's value.</summary>
    private static string FolderArgument(string[] rest)
    {
        for (var i = 1; i < rest.Length; i++)
        {
            if (rest[i].StartsWith("--", StringComparison.Ordinal))
            {
                i += rest[i].Contains('=', StringComparison.Ordinal) ? 0 : 1;
                continue;
            }
            return rest[i];
        }
        throw new CommandLineException($"Give the folder of files: ./haven ssda903 {rest.FirstOrDefault()} DIR");
    }

    private static CensusPeriod Year(CommandOptions options, bool required)
    {
        if (options.Get("year") is not { } text)
        {
            if (required)
            {
                throw new CommandLineException("Give the collection year with --year, e.g. --year 2026 for April 2025 to March 2026.");
            }
            var today = UkClock.Today(TimeProvider.System);
            return CensusPeriod.YearEnding(today.Month >= 4 ? today.Year + 1 : today.Year);
        }
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 2000 or > 2100)
        {
            throw new CommandLineException("--year must be a year like 2026 (the March the collection year ends in).");
        }
        return CensusPeriod.YearEnding(year);
    }

    private static async Task<int> ExportAsync(CommandOptions options, Func<string[]> hostArgs)
    {
        var year = Year(options, required: true);
        var folder = options.Get("out") ?? Ssda903Exporter.FolderName(year);
        await using var app = HavenWebApp.Build(hostArgs());
        await HavenWebApp.MigrateAsync(app.Services);
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.ActAsCommandLine();
        var exporter = scope.ServiceProvider.GetRequiredService<Ssda903Exporter>();
        var started = System.Diagnostics.Stopwatch.StartNew();
        Console.WriteLine($"Building the SSDA903 return for {DateText.Date(year.Start)} to {DateText.Date(year.End)}...");
        var ssda903 = await exporter.BuildAsync(year, CancellationToken.None,
            new SynchronousProgress<(int Done, int Total)>(p => Console.WriteLine($"  {p.Done:N0} of {p.Total:N0} children read")));
        Ssda903Writer.WriteFolder(ssda903, folder, (file, rows) => Console.WriteLine($"  {file,-26} {rows,8:N0} rows"));
        await exporter.RecordExportAsync(year, Path.GetFullPath(folder), ssda903, CancellationToken.None);
        Console.WriteLine($"Wrote the SSDA903 return ({ssda903.Header.Count:N0} children) to {folder} in {started.Elapsed.TotalSeconds:0.0} s.");
        return 0;
    }

    private static int Validate(string folder, CommandOptions options)
    {
        if (!Directory.Exists(folder))
        {
            throw new CommandLineException($"There is no folder {folder}.");
        }
        var previousFolder = options.Get("previous");
        if (previousFolder is not null && !Directory.Exists(previousFolder))
        {
            throw new CommandLineException($"There is no folder {previousFolder} (--previous).");
        }
        var year = Year(options, required: false);
        Console.WriteLine($"Checking {folder} as the return for {DateText.Date(year.Start)} to {DateText.Date(year.End)}...");
        var current = Ssda903Reader.ReadFolder(folder);
        var previous = previousFolder is null ? null : Ssda903Reader.ReadFolder(previousFolder);
        var result = new Ssda903Validator().Validate(current, year, previous);
        foreach (var problem in result.Problems)
        {
            Console.Error.WriteLine(problem.ToString());
        }
        if (options.Get("report") is { } report)
        {
            File.WriteAllBytes(report, Ssda903IssueReport.Encode(result.Issues));
        }
        Console.WriteLine($"{result.ChildCount:N0} children checked with {new Ssda903Validator().Rules.Rules.Count} rules: {result.Issues.Count:N0} issues, {result.Problems.Count:N0} file problems.");
        foreach (var rule in result.Issues.GroupBy(i => i.RuleId).OrderByDescending(g => g.Count()).Take(15))
        {
            Console.WriteLine($"  {rule.Key,-6} {rule.Count(),7:N0}  {rule.First().Message}");
        }
        return result.Passed ? 0 : 1;
    }

    private static async Task<int> ImportAsync(string folder, CommandOptions options, Func<string[]> hostArgs)
    {
        if (!Directory.Exists(folder))
        {
            throw new CommandLineException($"There is no folder {folder}.");
        }
        var files = Ssda903Reader.ReadFolder(folder);
        var year = options.Get("year") is null ? Ssda903ToRecord.YearOf(files.Return) ?? Year(options, required: false) : Year(options, required: true);
        Console.WriteLine($"Importing {folder} as the return for {DateText.Date(year.Start)} to {DateText.Date(year.End)}...");
        await using var app = HavenWebApp.Build(hostArgs());
        await HavenWebApp.MigrateAsync(app.Services);
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.ActAsCommandLine();
        var importer = scope.ServiceProvider.GetRequiredService<Ssda903Importer>();
        var started = System.Diagnostics.Stopwatch.StartNew();
        var report = await importer.ImportAsync(files, year, "command-line", "SSDA903 import (command line)", CancellationToken.None,
            new SynchronousProgress<(int Done, int Total)>(p => Console.WriteLine($"  {p.Done:N0} of {p.Total:N0} children imported")));
        foreach (var problem in report.FileProblems)
        {
            Console.Error.WriteLine(problem.ToString());
        }
        if (report.Refused)
        {
            if (options.Get("report") is { } path)
            {
                File.WriteAllBytes(path, Ssda903IssueReport.Encode(report.Issues));
            }
            Console.Error.WriteLine($"Nothing was imported: {report.Issues.Count:N0} issues with the DfE's rules and {report.FileProblems.Count:N0} file problems. Fix them and import again.");
            foreach (var rule in report.Issues.GroupBy(i => i.RuleId).OrderByDescending(g => g.Count()).Take(15))
            {
                Console.Error.WriteLine($"  {rule.Key,-6} {rule.Count(),7:N0}  {rule.First().Message}");
            }
            return 1;
        }
        Console.WriteLine($"Children: {report.ChildrenCreated:N0} created, {report.ChildrenMatched:N0} matched, {report.ChildrenChanged:N0} with care history added, in {started.Elapsed.TotalSeconds:0.0} s.");
        foreach (var (child, what) in report.NotImported)
        {
            Console.WriteLine($"  Not imported for {child}: {what}");
        }
        return 0;
    }
}
