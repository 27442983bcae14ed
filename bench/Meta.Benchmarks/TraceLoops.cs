using BenchmarkDotNet.Attributes;
using Meta.Backend.Cil;

namespace Meta.Benchmarks;

/// <summary>Steady state: a compiled trace against the same loop written in C#.</summary>
[MemoryDiagnoser]
public class TraceLoops
{
    private const int N = 1_000_000;
    private CompiledTrace _sum = null!;
    private CompiledTrace _dot = null!;
    private TraceFrame _sumFrame = null!;
    private TraceFrame _dotFrame = null!;
    private double[] _a = null!;
    private double[] _b = null!;

    [GlobalSetup]
    public void Setup()
    {
        _sum = Traces.Compile(Traces.IntSum);
        _dot = Traces.Compile(Traces.FloatDot);
        _sumFrame = _sum.NewFrame();
        _dotFrame = _dot.NewFrame();
        _a = Enumerable.Range(0, N).Select(i => i * 0.5).ToArray();
        _b = Enumerable.Range(0, N).Select(i => 1.0 / (i + 1)).ToArray();
    }

    [Benchmark(Baseline = true)]
    public long IntSumCSharp()
    {
        long sum = 0;
        for (long i = 0; i < N; i++)
        {
            sum += i;
        }
        return sum;
    }

    [Benchmark]
    public long IntSumTrace()
    {
        (_sumFrame.Words[0], _sumFrame.Words[1], _sumFrame.Words[2]) = (0, N, 0);
        _sum.Run(_sumFrame);
        return _sumFrame.Words[2];
    }

    [Benchmark]
    public double FloatDotCSharp()
    {
        var (a, b) = (_a, _b);
        var acc = 0.0;
        for (var i = 0; i < N; i++)
        {
            acc += a[i] * b[i];
        }
        return acc;
    }

    [Benchmark]
    public double FloatDotTrace()
    {
        (_dotFrame.Words[0], _dotFrame.Words[1], _dotFrame.Refs[2], _dotFrame.Refs[3], _dotFrame.Words[4]) = (0, N, _a, _b, 0);
        _dot.Run(_dotFrame);
        return BitConverter.Int64BitsToDouble(_dotFrame.Words[1]);
    }
}
