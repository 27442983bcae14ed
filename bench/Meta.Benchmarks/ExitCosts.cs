using BenchmarkDotNet.Attributes;
using Meta.Backend.Cil;

namespace Meta.Benchmarks;

/// <summary>What leaving compiled code costs: a failing guard against a finish, from the same entry.</summary>
public class ExitCosts
{
    private const string GuardFirst = """
        [l0, l1, l2]
        i3 = long_lt(l0, l1)
        guard_true(i3) [M@0 locals(l0, l1, l2)]
        finish(l0, l1, l2)
        """;

    private CompiledTrace _trace = null!;
    private TraceFrame _frame = null!;

    [GlobalSetup]
    public void Setup()
    {
        _trace = Traces.Compile(GuardFirst);
        _frame = _trace.NewFrame();
    }

    [Benchmark(Baseline = true)]
    public int Finish()
    {
        (_frame.Words[0], _frame.Words[1], _frame.Words[2]) = (1, 2, 3);
        return _trace.Run(_frame);
    }

    [Benchmark]
    public int GuardExit()
    {
        (_frame.Words[0], _frame.Words[1], _frame.Words[2]) = (2, 1, 3);
        return _trace.Run(_frame);
    }
}
