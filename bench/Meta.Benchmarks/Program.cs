using BenchmarkDotNet.Running;

// Benchmarks, not tests (DEVELOPERS.md): dotnet run -c Release --project bench/Meta.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Meta.Benchmarks.TraceLoops).Assembly).Run(args);
