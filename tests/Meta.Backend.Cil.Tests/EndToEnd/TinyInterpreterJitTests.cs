using Meta.Jit;
using Meta.Optimizer;
using Meta.Tracing.Runtime;
using Meta.Tracing.Tests.Runtime;
using static Meta.Tracing.Tests.Runtime.TinyInterpreter;

namespace Meta.Backend.Cil.Tests.EndToEnd;

/// <summary>
/// The whole JIT on the hand-written interpreter: recorder, runtime, loop peeling over the
/// default pipeline, the CIL backend, guard exits resumed (with delayed writes), bridges. Every
/// result must equal the plain interpreter's.
/// </summary>
public sealed class TinyInterpreterJitTests
{
    /// <summary>sum of i for i in [0, n) with odd i counted twice; registers: 0 sum, 1 i, 2 n, 3 one, 4 cond, 5 parity.</summary>
    private static readonly Program Alternating = new(
        new(Op.Const, 0, 0), new(Op.Const, 1, 0), new(Op.Const, 3, 1),
        new(Op.Lt, 4, 1, 2),
        new(Op.JumpIfZero, 4, 11),
        new(Op.And, 5, 1, 3),
        new(Op.JumpIfZero, 5, 8),
        new(Op.Add, 0, 0, 1),
        new(Op.Add, 0, 0, 1),
        new(Op.Add, 1, 1, 3),
        new(Op.Jump, 3),
        new(Op.Return, 0));

    private static long Run(long n, JitRuntime? runtime)
    {
        var frame = new Frame(8);
        frame.Regs[2] = n;
        return new TinyInterpreter(runtime).Run(Alternating, frame);
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(1L)]
    [InlineData(7L)]
    [InlineData(100L)]
    [InlineData(5000L)]
    public void Compiled_loops_and_bridges_compute_what_the_interpreter_does(long n)
    {
        var runtime = new JitRuntime(new JitParameters().With("threshold=3,trace_eagerness=4"),
            TraceOptimizer.CreateDefault(), new CilTraceCompiler());
        Assert.Equal(Run(n, null), Run(n, runtime));
        if (n >= 100)
        {
            Assert.Equal(1, runtime.Statistics.Loops);
            Assert.True(runtime.Statistics.Bridges >= 1, runtime.Statistics.ToString());
        }
    }

    [Fact]
    public void The_optimized_loop_keeps_registers_out_of_memory_between_writes()
    {
        var runtime = new JitRuntime(new JitParameters { Threshold = 3 },
            TraceOptimizer.CreateDefault(), new CilTraceCompiler());
        Run(1000, runtime);
        var loop = runtime.CompiledAt(Key(3, Alternating))!;
        var body = loop.Trace.Operations.SkipWhile(op => op.Opcode != Tracing.IR.Opcode.Label).ToList();
        Assert.NotEmpty(body);
        // The frame's register array is read once per iteration at most: the heap cache forwards the rest.
        Assert.True(body.Count(op => op.Opcode == Tracing.IR.Opcode.GetField) <= 1, Tracing.Text.TracePrinter.Print(loop.Trace));
    }
}
