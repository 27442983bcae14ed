using BenchmarkDotNet.Attributes;
using Meta.Backend.Cil;
using Meta.Tracing.IR;
using Meta.Tracing.Text;

namespace Meta.Benchmarks;

/// <summary>
/// A loop whose guard fails on every iteration into a bridge that jumps back: the loop and
/// bridge compiled as one tree (what the JIT runtime does), the bridge attached through the
/// per-guard table, and leaving compiled code at every failure to do the bridge's work in C#
/// (a floor for "no bridge": a real exit also resumes the interpreter).
/// </summary>
public class BridgeCosts
{
    private const int Iterations = 1_000_000;
    private CompiledTrace _tree = null!;
    private CompiledTrace _table = null!;
    private CompiledTrace _alone = null!;
    private TraceFrame _treeFrame = null!;
    private TraceFrame _tableFrame = null!;
    private TraceFrame _aloneFrame = null!;

    [GlobalSetup]
    public void Setup()
    {
        var context = new TraceParseContext();
        var loop = TraceParser.Parse("""
            [i0, l1]
            label(i0, l1, descr=L)
            i2 = int_gt(i0, 0)
            guard_true(i2) [Loop@0 locals(i0, l1)]
            i3 = int_and(i0, 0)
            i4 = int_is_zero(i3)
            guard_false(i4) [Loop@1 locals(i0, l1)]
            l5 = long_add(l1, 2L)
            i6 = int_sub(i0, 1)
            jump(i6, l5, descr=L)
            """, context);
        context.Descrs.Add("L", loop.Operations[0].Descr!);
        var bridge = TraceParser.Parse("""
            [i0, l1]
            l2 = long_add(l1, 3L)
            i3 = int_sub(i0, 1)
            jump(i3, l2, descr=L)
            """, context);
        _tree = CilBackend.CompileTree(loop, new Dictionary<Operation, Trace> { [loop.Operations[5]] = bridge });
        _table = CilBackend.Compile(loop);
        _table.AttachBridge(1, CilBackend.CompileBridge(bridge, _table));
        _alone = CilBackend.Compile(loop);
        (_treeFrame, _tableFrame, _aloneFrame) = (_tree.NewFrame(), _table.NewFrame(), _alone.NewFrame());
        if (Tree() != 3L * Iterations || Table() != 3L * Iterations || ExitAndReenter() != 3L * Iterations)
        {
            throw new InvalidOperationException("the three ways disagree");
        }
    }

    [Benchmark(Baseline = true)]
    public long Tree() => Run(_tree, _treeFrame);

    [Benchmark]
    public long Table() => Run(_table, _tableFrame);

    [Benchmark]
    public long ExitAndReenter()
    {
        long count = Iterations, sum = 0;
        while (true)
        {
            (_aloneFrame.Words[0], _aloneFrame.Words[1]) = (count, sum);
            if (_alone.Run(_aloneFrame) != 1)
            {
                return _aloneFrame.Words[1];
            }
            (count, sum) = (_aloneFrame.Words[0] - 1, _aloneFrame.Words[1] + 3);
        }
    }

    private static long Run(CompiledTrace code, TraceFrame frame)
    {
        (frame.Words[0], frame.Words[1]) = (Iterations, 0);
        code.Run(frame);
        return frame.Words[1];
    }
}
