using BenchmarkDotNet.Attributes;
using Meta.Backend.Cil;
using Meta.Tracing.IR;
using Meta.Tracing.Text;

namespace Meta.Benchmarks;

/// <summary>From optimized trace to native code: emit the DynamicMethod and run it once (RyuJIT compiles on first call).</summary>
public class CompileLatency
{
    private Trace _small = null!;
    private Trace _large = null!;

    [GlobalSetup]
    public void Setup()
    {
        _small = TraceParser.Parse(Traces.Straight(200));
        _large = TraceParser.Parse(Traces.Straight(1000));
    }

    [Benchmark]
    public int Compile200Ops() => CompileAndRun(_small);

    [Benchmark]
    public int Compile1000Ops() => CompileAndRun(_large);

    private static int CompileAndRun(Trace trace)
    {
        var compiled = CilBackend.Compile(trace);
        var frame = compiled.NewFrame();
        (frame.Words[0], frame.Words[1], frame.Words[2]) = (1, 1, BitConverter.DoubleToInt64Bits(1.0));
        return compiled.Run(frame);
    }
}
