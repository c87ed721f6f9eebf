using System.Globalization;
using Haven.Domain.CinCensus;
using Haven.Web.Cli;

namespace Haven.Web.Features.CinCensus;

/// <summary>`./haven cin-census export|validate|import`: the same work as the Returns pages, for scripts and schedulers.</summary>
public static class CinCensusCommand
{
    public const string Help = """
          cin-census export    Write the CIN census XML for a year from the record
                                 --year Y          the March the census ends in (2025 = April 2024 to March 2025)
                                 --reference-date  another reference date (yyyy-mm-dd) instead of 31 March
                                 --out FILE        where to write it (default CIN_Census_<year>_<LA>.xml)
          cin-census validate FILE
                               Check a CIN census XML with the DfE rules; exit code 1 when any error-level rule fails
                                 --report FILE     write the issues as CSV (child,rule,level,message,field,value)
          cin-census import FILE
                               Load a CIN census XML from a previous system (idempotent; a bad file changes nothing)
        """;

    public static async Task<int> RunAsync(string[] args, CommandOptions options, Func<string[]> hostArgs)
    {
        var rest = args.SkipWhile(a => a != "cin-census").Skip(1).ToArray();
        var sub = rest.FirstOrDefault();
        var file = rest.Skip(1).FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal));
        return sub switch
        {
            "export" => await ExportAsync(options, hostArgs),
            "validate" => Validate(file ?? throw new CommandLineException("Give the file to validate: ./haven cin-census validate census.xml"), options),
            "import" => await ImportAsync(file ?? throw new CommandLineException("Give the file to import: ./haven cin-census import census.xml"), hostArgs),
            _ => throw new CommandLineException("Use ./haven cin-census export, validate or import. Run ./haven --help for the options."),
        };
    }

    private static async Task<int> ExportAsync(CommandOptions options, Func<string[]> hostArgs)
    {
        var yearText = options.Get("year") ?? throw new CommandLineException("Give the census year with --year, e.g. --year 2025 for April 2024 to March 2025.");
        if (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 2000 or > 2100)
        {
            throw new CommandLineException("--year must be a year like 2025 (the March the census ends in).");
        }
        var period = CensusPeriod.YearEnding(year);
        if (options.Get("reference-date") is { } referenceText)
        {
            if (!DateOnly.TryParseExact(referenceText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var reference))
            {
                throw new CommandLineException("--reference-date must be a date written yyyy-mm-dd, like 2025-03-31.");
            }
            period = CensusPeriod.EndingOn(reference);
        }
        await using var app = HavenWebApp.Build(hostArgs());
        await HavenWebApp.MigrateAsync(app.Services);
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.ActAsCommandLine();
        var exporter = scope.ServiceProvider.GetRequiredService<CinCensusExporter>();
        var laCode = scope.ServiceProvider.GetRequiredService<IOptions<HavenOptions>>().Value.LaCode;
        var path = options.Get("out") ?? CinCensusExporter.FileName(period, laCode);
        var started = System.Diagnostics.Stopwatch.StartNew();
        await using (var output = File.Create(path))
        {
            await exporter.WriteAsync(output, period, CancellationToken.None);
        }
        await scope.ServiceProvider.GetRequiredService<AuditTrail>().ExportedAsync(CinCensusReturn.ExportName(period), Path.GetFullPath(path), null, CancellationToken.None);
        Console.WriteLine($"Wrote the CIN census for {DateText.Date(period.Start)} to {DateText.Date(period.End)} to {path} in {started.Elapsed.TotalSeconds:0.0} s.");
        return 0;
    }

    private static int Validate(string file, CommandOptions options)
    {
        if (!File.Exists(file))
        {
            throw new CommandLineException($"There is no file {file}.");
        }
        CinValidationResult result;
        using (var input = File.OpenRead(file))
        {
            result = new CinCensusValidator().Validate(input);
        }
        foreach (var problem in result.Problems)
        {
            Console.Error.WriteLine(problem.ToString());
        }
        if (options.Get("report") is { } report)
        {
            File.WriteAllBytes(report, CinValidationReport.Encode(result.Issues));
        }
        var errors = result.Issues.Count(i => i.Level == CinRuleLevel.Error);
        var queries = result.Issues.Count - errors;
        Console.WriteLine($"{result.ChildCount:N0} children checked: {errors:N0} errors, {queries:N0} queries.");
        foreach (var rule in result.Issues.GroupBy(i => i.RuleId).OrderByDescending(g => g.Count()).Take(15))
        {
            Console.WriteLine($"  {rule.Key,-6} {rule.Count(),7:N0}  {rule.First().Message}");
        }
        return errors > 0 || !result.ReadCompletely ? 1 : 0;
    }

    private static async Task<int> ImportAsync(string file, Func<string[]> hostArgs)
    {
        if (!File.Exists(file))
        {
            throw new CommandLineException($"There is no file {file}.");
        }
        await using var app = HavenWebApp.Build(hostArgs());
        await HavenWebApp.MigrateAsync(app.Services);
        using var scope = app.Services.CreateScope();
        var importer = scope.ServiceProvider.GetRequiredService<CinCensusImporter>();
        await using var input = File.OpenRead(file);
        var report = await importer.ImportAsync(input, "command-line", "CIN census import (command line)", CancellationToken.None);
        foreach (var problem in report.FileProblems)
        {
            Console.Error.WriteLine(problem.ToString());
        }
        if (report.Refused)
        {
            Console.Error.WriteLine("The file could not be read, so nothing was imported.");
            return 1;
        }
        Console.WriteLine($"Children: {report.ChildrenCreated:N0} created, {report.ChildrenMatched:N0} matched, {report.Rejected.Count:N0} rejected.");
        Console.WriteLine($"Episodes: {report.EpisodesCreated:N0} created, {report.EpisodesAlreadyPresent:N0} already in Haven.");
        foreach (var (child, reason) in report.Rejected)
        {
            Console.WriteLine($"  Rejected {child}: {reason}");
        }
        return report.Rejected.Count > 0 ? 1 : 0;
    }
}
