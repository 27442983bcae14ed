using Meta.Jit;
using Meta.Optimizer;
using Meta.Tracing.Execution;
using Meta.Tracing.IR;
using Meta.Tracing.Recording;
using Meta.Tracing.Runtime;
using Meta.Tracing.Text;

namespace Meta.Backend.Cil.Tests.EndToEnd;

/// <summary>
/// Bridges that go back into a peeled loop through its short preamble, recorded by hand through
/// the runtime: the loop <c>while (i &lt; 100) i += counter.Step</c> with reds counter and i,
/// and a bridge from its exit that starts the loop again from 0 with another counter.
/// </summary>
public sealed class ShortPreambleJitTests
{
    public class Counter(long step)
    {
        public readonly long Step = step;
    }

    public sealed class OtherCounter(long step) : Counter(step);

    private static readonly FieldDescr StepField = Descriptors.Field(typeof(Counter).GetField(nameof(Counter.Step))!);
    private static readonly GreenKey Key = new(TraceValue.Int(0));

    private static JitRuntime RuntimeWithLoop()
    {
        var runtime = new JitRuntime(new JitParameters { TraceEagerness = 1 }, TraceOptimizer.CreateDefault(), new CilTraceCompiler());
        var session = runtime.BeginTrace(Key);
        var recorder = session.Recorder;
        var counter = recorder.Input(ValueKind.Ref);
        var i = recorder.Input(ValueKind.I64);
        recorder.GuardClass(counter, typeof(Counter), new ResumeFrame("Test.Loop", 0, [counter, i], []));
        var step = recorder.GetField(counter, StepField, TraceValue.Long(1));
        var next = recorder.Pure(Opcode.LongAdd, i, step, TraceValue.Long(1));
        var below = recorder.Pure(Opcode.LongLt, next, Constant.Long(100), TraceValue.Int(1));
        recorder.Branch(below, true, new ResumeFrame("Test.Loop", 1, [counter, next], []));
        runtime.CompleteTrace(session, recorder.CloseLoop([counter, next]));
        return runtime;
    }

    /// <summary>Runs from counter 1 at i = 0 to the exit at i = 100, and records the bridge: if the step is 1, start again with <paramref name="restart"/>.</summary>
    private static CompiledPiece AddBridge(JitRuntime runtime, Counter restart)
    {
        var exit = runtime.Run(Key, [TraceValue.Ref(new Counter(1)), TraceValue.Long(0)]);
        Assert.True(exit.TraceBridge);
        Assert.Equal(100L, exit.ResumedFrames[0].Locals[1]!.Value.AsLong);
        var session = runtime.BeginBridge(exit);
        var recorder = session.Recorder;
        var frame = session.BridgeFrames[0];
        var step = recorder.GetField(frame.Locals[0]!, StepField, TraceValue.Long(1));
        recorder.Promote(step, TraceValue.Long(1), frame);
        runtime.CompleteBridge(session, recorder.JumpTo(exit.Piece.Entry!, [Constant.Ref(restart), Constant.Long(0)]));
        return exit.Piece;
    }

    [Fact]
    public void A_bridge_that_satisfies_the_short_preamble_jumps_into_the_loop_body()
    {
        var runtime = RuntimeWithLoop();
        var third = new Counter(3);
        var loop = AddBridge(runtime, third);
        var bridge = Assert.Single(loop.Bridges).Value;
        var text = TracePrinter.Print(bridge);
        Assert.EndsWith("descr=Loop)", text.TrimEnd());
        Assert.DoesNotContain("guard_class", text);

        // Counter 1 to 100, the bridge restarts with counter 3, which runs to 102 and leaves by the bridge's guard.
        var exit = runtime.Run(Key, [TraceValue.Ref(new Counter(1)), TraceValue.Long(0)]);
        var resumed = exit.ResumedFrames[0];
        Assert.Same(third, resumed.Locals[0]!.Value.AsRef);
        Assert.Equal(102L, resumed.Locals[1]!.Value.AsLong);
        Assert.Equal(Opcode.GuardValue, exit.Exit.Guard!.Opcode);
    }

    [Fact]
    public void A_short_preamble_guard_that_cannot_be_proved_falls_back_to_the_loop_start()
    {
        var runtime = RuntimeWithLoop();
        var other = new OtherCounter(2);
        var loop = AddBridge(runtime, other);
        Assert.Equal(2, loop.Bridges.Count);
        var fallback = loop.Bridges.Values.Single(bridge => bridge.Operations[^1].Descr == loop.Entry);
        Assert.Single(fallback.Operations);

        // The restart with the other class fails the short preamble's guard_class, enters the
        // loop at its start, and leaves by the preamble's guard_class as the interpreter would.
        var exit = runtime.Run(Key, [TraceValue.Ref(new Counter(1)), TraceValue.Long(0)]);
        var resumed = exit.ResumedFrames[0];
        Assert.Equal(("Test.Loop", 0), (resumed.Method, resumed.ILOffset));
        Assert.Same(other, resumed.Locals[0]!.Value.AsRef);
        Assert.Equal(0L, resumed.Locals[1]!.Value.AsLong);
    }

    /// <summary>An interpreter frame whose pc and first value live in registers in compiled code.</summary>
    public sealed class Frame
    {
        public int Pc;
        public readonly long[] Values = new long[1];
    }

    private static readonly FieldDescr PcField = new("Frame.Pc", ValueKind.I32, FieldFlags.Virtualizable) { Field = typeof(Frame).GetField(nameof(Frame.Pc)) };
    private static readonly FieldDescr ValuesField =
        new("Frame.Values", ValueKind.Ref, FieldFlags.Immutable | FieldFlags.Virtualizable) { Field = typeof(Frame).GetField(nameof(Frame.Values)) };
    private static readonly ArrayDescr Values = new("Frame.Values[*]", ValueKind.I64, virtualizable: true) { ElementType = typeof(long) };

    /// <summary>
    /// <c>do values[0] += ++pc; while (pc &lt; 100)</c> on a virtualizable frame, and a bridge from its
    /// exit: while values[0] &lt; 10000, pc = 0 and loop again. The bridge enters the body with the
    /// frame's registers read through the short preamble; the exits write them back.
    /// </summary>
    [Fact]
    public void Frame_registers_cross_the_label_and_a_bridge_enters_with_its_own()
    {
        var runtime = new JitRuntime(new JitParameters { TraceEagerness = 1 }, TraceOptimizer.CreateDefault(), new CilTraceCompiler());
        var frame = new Frame();
        var session = runtime.BeginTrace(Key);
        var recorder = session.Recorder;
        Value shadow = recorder.Input(ValueKind.Ref);
        var pc = recorder.GetField(shadow, PcField, TraceValue.Int(0));
        var next = recorder.Pure(Opcode.IntAdd, pc, Constant.Int(1), TraceValue.Int(1));
        recorder.SetField(shadow, PcField, next);
        var values = recorder.GetField(shadow, ValuesField, TraceValue.Ref(frame.Values));
        var sum = recorder.GetArrayItem(values, Constant.Int(0), Values, TraceValue.Long(0));
        var added = recorder.Pure(Opcode.LongAdd, sum, recorder.Pure(Opcode.IntToLong, next, TraceValue.Long(1)), TraceValue.Long(1));
        recorder.SetArrayItem(values, Constant.Int(0), Values, added);
        recorder.Branch(recorder.Pure(Opcode.IntLt, next, Constant.Int(100), TraceValue.Int(1)), true, new ResumeFrame("Test.Loop", 1, [shadow], []));
        var loop = runtime.CompleteTrace(session, recorder.CloseLoop([shadow]));
        // The loop body neither reads nor writes the frame: pc and values[0] are label arguments.
        var body = loop.Trace.Operations.SkipWhile(op => op.Descr?.Name != "Loop").ToList();
        Assert.DoesNotContain(body, op => op.Descr == PcField || op.Descr == Values);

        var exit = runtime.Run(Key, [TraceValue.Ref(frame)]);
        Assert.Equal("Test.Loop", exit.ResumedFrames[0].Method);
        Assert.Equal((100, 5050L), (frame.Pc, frame.Values[0]));

        var bridge = runtime.BeginBridge(exit);
        recorder = bridge.Recorder;
        shadow = bridge.BridgeFrames[0].Locals[0]!;
        values = recorder.GetField(shadow, ValuesField, TraceValue.Ref(frame.Values));
        sum = recorder.GetArrayItem(values, Constant.Int(0), Values, TraceValue.Long(5050));
        recorder.Branch(recorder.Pure(Opcode.LongLt, sum, Constant.Long(10000), TraceValue.Int(1)), true, new ResumeFrame("Test.Bridge", 0, [shadow], []));
        recorder.SetField(shadow, PcField, Constant.Int(0));
        runtime.CompleteBridge(bridge, recorder.JumpTo(loop.Entry!, [shadow]));
        Assert.EndsWith("descr=Loop)", TracePrinter.Print(loop.Bridges.Values.First()).TrimEnd());

        frame.Pc = 0;
        frame.Values[0] = 0;
        exit = runtime.Run(Key, [TraceValue.Ref(frame)]);
        Assert.Equal("Test.Bridge", exit.ResumedFrames[0].Method);
        Assert.Equal((100, 2 * 5050L), (frame.Pc, frame.Values[0]));
    }

    public sealed class Box(long value)
    {
        public readonly long Value = value;
    }

    /// <summary>A frame whose counter is a boxed integer (as toylang's and Python's values are).</summary>
    [Jit.Virtualizable("count", "rounds")]
    public sealed class BoxFrame
    {
        public Box Count = new(0);
        public int Rounds;
    }

    private static readonly FieldDescr CountField = Descriptors.Field(typeof(BoxFrame).GetField(nameof(BoxFrame.Count))!);
    private static readonly FieldDescr RoundsField = Descriptors.Field(typeof(BoxFrame).GetField(nameof(BoxFrame.Rounds))!);
    private static readonly FieldDescr BoxValue = Descriptors.Field(typeof(Box).GetField(nameof(Box.Value))!);
    private static readonly ClassDescr BoxClass = Descriptors.Class(typeof(Box));

    /// <summary>
    /// <c>do count = new Box(count.Value + 1); while (count.Value &lt; 100)</c>, and a bridge from its
    /// exit: while rounds &lt; 3, rounds += 1 and count = new Box(0). The box crosses the loop's
    /// label as its value, so the loop allocates nothing; the bridge's new box is virtual too, and
    /// the bridge enters the loop body with its value (RPython's virtual state matching).
    /// </summary>
    [Fact]
    public void A_bridge_whose_virtuals_have_the_labels_shape_enters_the_loop_body_without_allocating()
    {
        var runtime = new JitRuntime(new JitParameters { TraceEagerness = 1 }, TraceOptimizer.CreateDefault(), new CilTraceCompiler());
        var frame = new BoxFrame();
        var session = runtime.BeginTrace(Key);
        var recorder = session.Recorder;
        Value shadow = recorder.Input(ValueKind.Ref);
        var box = recorder.GetField(shadow, CountField, TraceValue.Ref(frame.Count));
        recorder.GuardClass(box, typeof(Box), new ResumeFrame("Test.Loop", 0, [shadow], []));
        var next = recorder.Pure(Opcode.LongAdd, recorder.GetField(box, BoxValue, TraceValue.Long(0)), Constant.Long(1), TraceValue.Long(1));
        var boxed = recorder.Record(Opcode.New, [], BoxClass);
        recorder.SetField(boxed, BoxValue, next);
        recorder.SetField(shadow, CountField, boxed);
        recorder.Branch(recorder.Pure(Opcode.LongLt, next, Constant.Long(100), TraceValue.Int(1)), true, new ResumeFrame("Test.Loop", 1, [shadow], []));
        var loop = runtime.CompleteTrace(session, recorder.CloseLoop([shadow]));
        var body = loop.Trace.Operations.SkipWhile(op => op.Descr?.Name != "Loop").ToList();
        Assert.DoesNotContain(body, op => op.Opcode == Opcode.New || op.Descr == CountField);

        frame.Count = new Box(0);
        var exit = runtime.Run(Key, [TraceValue.Ref(frame)]);
        Assert.Equal("Test.Loop", exit.ResumedFrames[0].Method);
        Assert.Equal(100L, frame.Count.Value);

        var bridge = runtime.BeginBridge(exit);
        recorder = bridge.Recorder;
        shadow = bridge.BridgeFrames[0].Locals[0]!;
        var rounds = recorder.GetField(shadow, RoundsField, TraceValue.Int(0));
        recorder.Branch(recorder.Pure(Opcode.IntLt, rounds, Constant.Int(3), TraceValue.Int(1)), true, new ResumeFrame("Test.Bridge", 0, [shadow], []));
        recorder.SetField(shadow, RoundsField, recorder.Pure(Opcode.IntAdd, rounds, Constant.Int(1), TraceValue.Int(1)));
        var zero = recorder.Record(Opcode.New, [], BoxClass);
        recorder.SetField(zero, BoxValue, Constant.Long(0));
        recorder.SetField(shadow, CountField, zero);
        runtime.CompleteBridge(bridge, recorder.JumpTo(loop.Entry!, [shadow]));
        var compiledBridge = Assert.Single(loop.Bridges).Value;
        Assert.EndsWith("descr=Loop)", TracePrinter.Print(compiledBridge).TrimEnd());
        Assert.DoesNotContain(compiledBridge.Operations, op => op.Opcode == Opcode.New);

        frame.Count = new Box(0);
        exit = runtime.Run(Key, [TraceValue.Ref(frame)]);
        Assert.Equal("Test.Bridge", exit.ResumedFrames[0].Method);
        Assert.Equal((3, 100L), (frame.Rounds, frame.Count.Value));
    }
}
