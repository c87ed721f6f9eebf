using BenchmarkDotNet.Running;

// Run with: dotnet run -c Release --project bench/Haven.Bench -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Haven.Bench.DomainBenchmarks).Assembly).Run(args);
