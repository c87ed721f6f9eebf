using BenchmarkDotNet.Running;
using Haven.Bench;

// dotnet run -c Release --project bench/Haven.Bench -- --filter '*'             BenchmarkDotNet micro-benchmarks
// dotnet run -c Release --project bench/Haven.Bench -- search --children 100000   person search on a generated authority
// dotnet run -c Release --project bench/Haven.Bench -- cin-census --children 100000   CIN census export + DfE rules
// dotnet run -c Release --project bench/Haven.Bench -- team-tray --children 2000       a service manager's team tray and home
// dotnet run -c Release --project bench/Haven.Bench -- care-record                       a child's care record: 15 years in care, 40 placements
// dotnet run -c Release --project bench/Haven.Bench -- scorecard --years 20 --referrals 25000   the full-year scorecard and a drill-down
// dotnet run -c Release --project bench/Haven.Bench -- annex-a --database FILE --year 2026   Ofsted's Annex A and the SSDA903 return for a year
if (args.Length > 0 && args[0] == "search")
{
    return await SearchScenario.RunAsync(args[1..]);
}
if (args.Length > 0 && args[0] == "cin-census")
{
    return await CinCensusScenario.RunAsync(args[1..]);
}
if (args.Length > 0 && args[0] == "team-tray")
{
    return await TeamTrayScenario.RunAsync(args[1..]);
}
if (args.Length > 0 && args[0] == "care-record")
{
    return await CareRecordScenario.RunAsync();
}
if (args.Length > 0 && args[0] == "scorecard")
{
    return await ScorecardScenario.RunAsync(args[1..]);
}
if (args.Length > 0 && args[0] == "annex-a")
{
    return await AnnexAScenario.RunAsync(args[1..]);
}
BenchmarkSwitcher.FromAssembly(typeof(DomainBenchmarks).Assembly).Run(args);
return 0;
