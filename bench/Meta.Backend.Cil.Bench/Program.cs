// Measurements behind the choices in docs/backend-cil.md. Run: dotnet run -c Release --project bench/Meta.Backend.Cil.Bench
Meta.Backend.Cil.Bench.OverflowBench.Run();
Meta.Backend.Cil.Bench.BridgeBench.Run();
Meta.Backend.Cil.Bench.CompileBench.Run();
Meta.Backend.Cil.Bench.FieldBench.Run();
