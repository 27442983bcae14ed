using System.Diagnostics;
using System.Text;
using Meta.Tracing.Text;

namespace Meta.Backend.Cil.Bench;

/// <summary>
/// Compile time and speed of long straight-line traces (a chain of int_add with a guard every
/// ten ops). Run with DOTNET_JitStdOutFile=jit.txt DOTNET_JitDisasmSummary=1 to see which sizes
/// RyuJIT still optimizes ("FullOpts") and which it compiles with "MinOpts".
/// </summary>
public static class CompileBench
{
    public static void Run()
    {
        foreach (var adds in new[] { 100, 1000, 2000, 3000, 6000 })
        {
            var text = new StringBuilder("[i0, i1]\n");
            var (last, next) = ("i1", 2);
            for (var k = 0; k < adds; k++)
            {
                var name = $"i{next++}";
                text.Append($"{name} = int_add({last}, i0)\n");
                last = name;
                if (k % 10 == 9)
                {
                    var test = $"i{next++}";
                    text.Append($"{test} = int_lt({last}, 1000000000)\nguard_true({test}) [F@{k} locals(i0, {last})]\n");
                }
            }
            text.Append($"finish({last})\n");
            var trace = TraceParser.Parse(text.ToString());
            var watch = Stopwatch.StartNew();
            var compiled = CilBackend.Compile(trace);
            var compile = watch.Elapsed.TotalMilliseconds;
            var frame = compiled.NewFrame();
            // About 10^8 operations per size, enough for the coarse process CPU clock.
            var runs = 100_000_000 / trace.Operations.Count;
            var cpu = CpuWatch.StartNew();
            for (var i = 0; i < runs; i++)
            {
                (frame.Words[0], frame.Words[1]) = (1, 0);
                compiled.Run(frame);
            }
            cpu.Stop();
            Console.WriteLine($"compile   {trace.Operations.Count,6} ops: emit + RyuJIT {compile,6:F1} ms, run {cpu.Nanoseconds / runs / trace.Operations.Count,5:F2} ns/op");
        }
    }
}
