using Meta.Jit;
using Meta.Tracing.Execution;
using Meta.Tracing.IR;
using Meta.Tracing.Recording;
using Meta.Tracing.Runtime;
using static Meta.Tracing.Tests.Runtime.TinyInterpreter;

namespace Meta.Tracing.Tests.Runtime;

/// <summary>The JIT runtime driven by a hand-written interpreter, with the IR interpreter as backend.</summary>
public sealed class DriverTests
{
    /// <summary>sum = 0; i = 0; while (i &lt; n) { sum += i; i += 1 }; return sum — registers: 0 sum, 1 i, 2 n, 3 one, 4 cond.</summary>
    private static readonly Program SumLoop = new(
        new(Op.Const, 0, 0), new(Op.Const, 1, 0), new(Op.Const, 3, 1),
        new(Op.Lt, 4, 1, 2),            // 3: loop header
        new(Op.JumpIfZero, 4, 8),
        new(Op.Add, 0, 0, 1),
        new(Op.Add, 1, 1, 3),
        new(Op.Jump, 3),
        new(Op.Return, 0));

    /// <summary>Like SumLoop, but odd i add i twice: a branch whose direction changes every iteration.</summary>
    private static readonly Program Alternating = new(
        new(Op.Const, 0, 0), new(Op.Const, 1, 0), new(Op.Const, 3, 1),
        new(Op.Lt, 4, 1, 2),            // 3: loop header
        new(Op.JumpIfZero, 4, 11),
        new(Op.And, 5, 1, 3),
        new(Op.JumpIfZero, 5, 8),
        new(Op.Add, 0, 0, 1),           // 7: odd only
        new(Op.Add, 0, 0, 1),           // 8
        new(Op.Add, 1, 1, 3),
        new(Op.Jump, 3),
        new(Op.Return, 0));

    private static (long Result, JitRuntime Runtime) RunWithJit(Program program, long n, string parameters)
    {
        var runtime = new JitRuntime(new JitParameters().With(parameters), trace => trace, new InterpretingCompiler());
        return (Run(program, n, runtime), runtime);
    }

    private static long Run(Program program, long n, JitRuntime? runtime)
    {
        var frame = new Frame(8);
        frame.Regs[2] = n;
        return new TinyInterpreter(runtime).Run(program, frame);
    }

    [Fact]
    public void A_hot_loop_is_traced_at_the_threshold_and_not_before()
    {
        var runtime = new JitRuntime(new JitParameters { Threshold = 4 }, trace => trace, new InterpretingCompiler());
        var key = Key(3, SumLoop);
        Assert.Equal([JitAction.Interpret, JitAction.Interpret, JitAction.Interpret, JitAction.Trace],
            Enumerable.Range(0, 4).Select(_ => runtime.OnBackwardJump(key)));
        // n backward jumps for n iterations; tracing starts at the 4th and needs one more iteration to close.
        var (result, jit) = RunWithJit(SumLoop, 3, "threshold=4");
        Assert.Equal(3, result);
        Assert.Equal(0, jit.Statistics.Loops + jit.Statistics.Aborts.Count);
        (result, jit) = RunWithJit(SumLoop, 5, "threshold=4");
        Assert.Equal(10, result);
        Assert.Equal(1, jit.Statistics.Loops);
    }

    [Fact]
    public void The_trace_closes_the_loop_and_the_compiled_loop_computes_what_the_interpreter_does()
    {
        var (result, runtime) = RunWithJit(SumLoop, 1000, "threshold=3");
        Assert.Equal(Run(SumLoop, 1000, null), result);
        var loop = runtime.CompiledAt(Key(3, SumLoop))!;
        Assert.Equal(PieceKind.Loop, loop.Kind);
        Assert.Equal(Opcode.Jump, loop.Trace.Operations[^1].Opcode);
        Assert.Contains(loop.Trace.Operations, op => op.Opcode == Opcode.LongAdd);
    }

    [Fact]
    public void A_failing_guard_returns_to_the_interpreter_at_its_pc_with_the_frame_as_it_was()
    {
        var (_, runtime) = RunWithJit(SumLoop, 10, "threshold=2");
        var frame = new Frame(8);
        frame.Regs[2] = 50;
        (frame.Regs[0], frame.Regs[1], frame.Regs[3]) = (0, 0, 1);
        var exit = runtime.Run(Key(3, SumLoop), [TraceValue.Ref(frame)]);
        Assert.Equal(ExitKind.Guard, exit.Exit.Kind);
        Assert.Equal(4, exit.Exit.Guard!.Resume!.Frames[0].ILOffset);
        Assert.Same(frame, exit.Exit.Values[0].AsRef);
        Assert.Equal((50 * 49 / 2, 50L), (frame.Regs[0], frame.Regs[1]));
        Assert.False(exit.TraceBridge);
    }

    [Fact]
    public void A_guard_that_fails_often_gets_a_bridge_and_results_stay_right()
    {
        var (result, runtime) = RunWithJit(Alternating, 400, "threshold=3,trace_eagerness=5");
        Assert.Equal(Run(Alternating, 400, null), result);
        Assert.Equal(1, runtime.Statistics.Loops);
        Assert.True(runtime.Statistics.Bridges >= 1, runtime.Statistics.ToString());
        var loop = runtime.CompiledAt(Key(3, Alternating))!;
        var (guard, bridge) = Assert.Single(loop.Bridges);
        Assert.Same(loop.Entry, bridge.Operations[^1].Descr);
        // Once the bridge is compiled into the loop its guard's failures stay in compiled code.
        Assert.Equal(5, loop.GuardFailures(guard));
        Assert.True(runtime.Statistics.GuardFailures < 20, runtime.Statistics.ToString());
    }

    [Fact]
    public void A_too_long_trace_aborts_and_is_not_retried_forever()
    {
        var (result, runtime) = RunWithJit(SumLoop, 10_000, "threshold=2,trace_limit=4");
        Assert.Equal(Run(SumLoop, 10_000, null), result);
        Assert.Equal(0, runtime.Statistics.Loops);
        Assert.Equal(JitRuntime.MaxAbortsPerPosition, runtime.Statistics.Aborts[AbortReason.TooLong]);
    }

    [Fact]
    public void A_loop_that_leaves_before_closing_aborts_as_escaped()
    {
        var (result, runtime) = RunWithJit(SumLoop, 2, "threshold=2");
        Assert.Equal(1, result);
        Assert.Equal(1, runtime.Statistics.Aborts[AbortReason.Escaped]);
    }

    [Fact]
    public void With_the_jit_off_nothing_is_counted_or_traced()
    {
        var (result, runtime) = RunWithJit(SumLoop, 500, "threshold=1,off");
        Assert.Equal(Run(SumLoop, 500, null), result);
        Assert.Equal(0, runtime.Statistics.Loops);
        Assert.Empty(runtime.Statistics.Aborts);
    }

    [Fact]
    public void Function_entries_count_against_function_threshold()
    {
        var runtime = new JitRuntime(new JitParameters { FunctionThreshold = 3 }, trace => trace, new InterpretingCompiler());
        var key = new GreenKey(TraceValue.Int(0), TraceValue.Ref("f"));
        Assert.Equal([JitAction.Interpret, JitAction.Interpret, JitAction.Trace], Enumerable.Range(0, 3).Select(_ => runtime.OnFunctionEntry(key)));
        var session = runtime.BeginTrace(key, PieceKind.Function);
        var argument = session.Recorder.Input(ValueKind.I64);
        var doubled = session.Recorder.Pure(Opcode.LongAdd, argument, argument, TraceValue.Long(0));
        runtime.CompleteTrace(session, session.Recorder.Finish([doubled]));
        Assert.Equal(JitAction.Enter, runtime.OnFunctionEntry(key));
        var exit = runtime.Run(key, [TraceValue.Long(21)], PieceKind.Function);
        Assert.Equal([TraceValue.Long(42)], exit.Exit.Values);
        Assert.Equal(1, runtime.Statistics.Functions);
    }

    [Fact]
    public void Loops_not_entered_for_loop_longevity_generations_are_released()
    {
        var runtime = new JitRuntime(new JitParameters { LoopLongevity = 1 }, trace => trace, new InterpretingCompiler());
        CompiledPiece Compile(int pc)
        {
            var session = runtime.BeginTrace(new GreenKey(TraceValue.Int(pc)));
            var input = session.Recorder.Input(ValueKind.I32);
            return runtime.CompleteTrace(session, session.Recorder.Finish([input]));
        }
        Compile(1);
        Compile(2);
        runtime.Run(new GreenKey(TraceValue.Int(2)), [TraceValue.Int(0)]);
        Compile(3);
        Assert.Null(runtime.CompiledAt(new GreenKey(TraceValue.Int(1))));
        Assert.NotNull(runtime.CompiledAt(new GreenKey(TraceValue.Int(2))));
        Assert.Equal(1, runtime.Statistics.Released);
    }

    [Fact]
    public void The_log_shows_each_trace_before_and_after_optimization_with_its_position()
    {
        var runtime = new JitRuntime(new JitParameters { Threshold = 2 }, trace => trace, new InterpretingCompiler())
        {
            Log = new StringWriter(),
            DescribePosition = key => $"pc {key.First.AsInt}",
        };
        Run(SumLoop, 10, runtime);
        var log = runtime.Log.ToString()!;
        Assert.StartsWith("# loop 1 at pc 3\n# recorded\nfield Frame.Regs: ref immutable\narray Int64Array: i64\n[r0]\n", log, StringComparison.Ordinal);
        Assert.Contains("# optimized\n", log, StringComparison.Ordinal);
    }

    private sealed class Version
    {
        [QuasiImmutable] public long Current = 1;
    }

    [Fact]
    public void Writing_a_quasi_immutable_field_invalidates_the_code_that_read_it_as_a_constant()
    {
        var version = new Version();
        var field = Descriptors.Field(typeof(Version).GetField(nameof(Version.Current))!);
        Assert.True(field.IsQuasiImmutable);
        var runtime = new JitRuntime(new JitParameters(), trace => trace, new InterpretingCompiler());
        var key = new GreenKey(TraceValue.Int(7));
        var session = runtime.BeginTrace(key, PieceKind.Function);
        var input = session.Recorder.Input(ValueKind.I64);
        var read = session.Recorder.GetQuasiImmutableField(Constant.Ref(version), field, TraceValue.Long(1), new ResumeFrame("F", 0, [input], []));
        Assert.Equal(Constant.Long(1), read);
        runtime.CompleteTrace(session, session.Recorder.Finish([session.Recorder.Pure(Opcode.LongAdd, input, read, TraceValue.Long(0))]));
        Assert.Equal(ExitKind.Finish, runtime.Run(key, [TraceValue.Long(41)], PieceKind.Function).Exit.Kind);

        var compiled = runtime.CompiledAt(key, PieceKind.Function)!;
        version.Current = 2;
        runtime.QuasiImmutableWritten(version, field);
        Assert.Null(runtime.CompiledAt(key, PieceKind.Function));
        Assert.Equal(ExitKind.Guard, compiled.Code.Execute([TraceValue.Long(41)]).Kind);
        Assert.Equal(1, runtime.Statistics.Invalidated);
        runtime.QuasiImmutableWritten(version, field);
        Assert.Equal(1, runtime.Statistics.Invalidated);
    }

    [Fact]
    public void A_loop_whose_hot_guard_cannot_get_a_bridge_is_released_and_its_position_never_compiled_again()
    {
        var (_, runtime) = RunWithJit(Alternating, 4, "threshold=2,trace_eagerness=3");
        var key = Key(3, Alternating);
        Assert.NotNull(runtime.CompiledAt(key));
        LoopExit exit;
        var runs = 0;
        do
        {
            var frame = new Frame(8);
            frame.Regs[2] = 100;
            frame.Regs[3] = 1;
            exit = runtime.Run(key, [TraceValue.Ref(frame)]);
        }
        while (!exit.TraceBridge && ++runs < 100);
        Assert.True(exit.TraceBridge);

        runtime.BridgeUnavailable(exit);
        Assert.Null(runtime.CompiledAt(key));
        Assert.Equal(1, runtime.Statistics.GivenUp);
        Assert.All(Enumerable.Range(0, 2000), _ => Assert.Equal(JitAction.Interpret, runtime.OnBackwardJump(key)));
    }

    [Fact]
    public void A_guard_whose_bridge_aborts_three_times_asks_for_none_again()
    {
        var (_, runtime) = RunWithJit(Alternating, 4, "threshold=2,trace_eagerness=3");
        var key = Key(3, Alternating);
        LoopExit Failing()
        {
            var frame = new Frame(8);
            frame.Regs[2] = 100;
            frame.Regs[3] = 1;
            return runtime.Run(key, [TraceValue.Ref(frame)]);
        }
        for (var attempt = 0; attempt < JitRuntime.MaxAbortsPerPosition; attempt++)
        {
            LoopExit exit;
            var runs = 0;
            do
            {
                exit = Failing();
            }
            while (!exit.TraceBridge && ++runs < 100);
            Assert.True(exit.TraceBridge, $"attempt {attempt}");
            runtime.AbortTrace(runtime.BeginBridge(exit), AbortReason.TooLong);
        }
        Assert.All(Enumerable.Range(0, 50), _ => Assert.False(Failing().TraceBridge));
        Assert.NotNull(runtime.CompiledAt(key));
    }
}
