using Meta.Jit;
using Meta.Tracing.Execution;
using Meta.Tracing.IR;
using Meta.Tracing.Recording;
using Meta.Tracing.Text;

namespace Meta.Tracing.Tests.Recording;

public sealed class RecorderTests
{
    private static readonly ResumeFrame Here = new("Interp.Run", 7, [], []);

    private sealed class Box(long value)
    {
        public readonly long Value = value;
        public long Mutable = value;
        [ImmutableElements] public readonly int[] Table = [10, 20, 30];
    }

    private static class Ops
    {
        [Elidable]
        public static long Twice(long x) => x * 2;

        public static void Log(long x) => _ = x;
    }

    [Fact]
    public void Operations_on_constants_fold_and_others_are_recorded()
    {
        var recorder = new Recorder(100);
        var x = recorder.Input(ValueKind.I64);
        var folded = recorder.Pure(Opcode.LongAdd, Constant.Long(2), Constant.Long(3), TraceValue.Long(5));
        Assert.Equal(Constant.Long(5), folded);
        var sum = recorder.Pure(Opcode.LongAdd, x, folded, TraceValue.Long(47));
        Assert.Equal("[l0]\nl1 = long_add(l0, 5L)\nfinish(l1)\n", TracePrinter.Print(recorder.Finish([sum])));
    }

    [Fact]
    public void Branches_on_non_constants_become_guards_with_resume_data()
    {
        var recorder = new Recorder(100);
        var i = recorder.Input(ValueKind.I32);
        var less = recorder.Pure(Opcode.IntLt, i, Constant.Int(10), TraceValue.Int(1));
        recorder.Branch(less, taken: true, new ResumeFrame("Interp.Run", 12, [i], [less]));
        recorder.Branch(Constant.Int(1), taken: true, Here);
        var done = recorder.Pure(Opcode.IntAdd, i, Constant.Int(1), TraceValue.Int(4));
        Assert.Equal("""
            [i0]
            i1 = int_lt(i0, 10)
            guard_true(i1) [Interp.Run@12 locals(i0) stack(i1)]
            i2 = int_add(i0, 1)
            jump(i2)

            """, TracePrinter.Print(recorder.CloseLoop([done])));
    }

    [Fact]
    public void Guards_inside_inlined_methods_carry_every_frame()
    {
        var recorder = new Recorder(100);
        var x = recorder.Input(ValueKind.I32);
        recorder.EnterInlined(new ResumeFrame("Interp.Run", 30, [x], []));
        recorder.Branch(x, taken: false, new ResumeFrame("Interp.IsTrue", 2, [x], []));
        recorder.LeaveInlined();
        recorder.Branch(x, taken: false, Here);
        var trace = recorder.Finish([]);
        Assert.Equal(["Interp.Run", "Interp.IsTrue"], trace.Operations[0].Resume!.Frames.Select(frame => frame.Method));
        Assert.Equal(["Interp.Run"], trace.Operations[1].Resume!.Frames.Select(frame => frame.Method));
        Assert.Equal(Opcode.GuardFalse, trace.Operations[0].Opcode);
    }

    [Fact]
    public void Overflowing_operations_record_their_guard()
    {
        var recorder = new Recorder(100);
        var x = recorder.Input(ValueKind.I64);
        var sum = recorder.Overflow(Opcode.LongAddOvf, x, Constant.Long(1), TraceValue.Long(8), overflowed: false, Here);
        recorder.Overflow(Opcode.LongMulOvf, sum, sum, TraceValue.Long(0), overflowed: true, Here);
        var text = TracePrinter.Print(recorder.Finish([]));
        Assert.Contains("l1 = long_add_ovf(l0, 1L)\nguard_no_overflow() [Interp.Run@7]\nl2 = long_mul_ovf(l1, l1)\nguard_overflow() [Interp.Run@7]", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Promote_makes_a_constant_behind_one_guard_value()
    {
        var recorder = new Recorder(100);
        var code = recorder.Input(ValueKind.Ref);
        var codeObject = new object();
        var promoted = recorder.Promote(code, TraceValue.Ref(codeObject), Here);
        Assert.Same(codeObject, promoted.AsRef);
        Assert.Same(promoted, recorder.Promote(promoted, TraceValue.Ref(codeObject), Here));
        Assert.Single(recorder.Operations);
        Assert.Equal(Opcode.GuardValue, recorder.Operations[0].Opcode);
    }

    [Fact]
    public void Readonly_fields_and_immutable_arrays_of_constants_fold()
    {
        var box = new Box(41);
        var recorder = new Recorder(100);
        var dynamicBox = recorder.Input(ValueKind.Ref);
        var value = Descriptors.Field(typeof(Box).GetField(nameof(Box.Value))!);
        var mutable = Descriptors.Field(typeof(Box).GetField(nameof(Box.Mutable))!);
        Assert.True(value.IsImmutable);
        Assert.False(mutable.IsImmutable);
        Assert.Equal(Constant.Long(41), recorder.GetField(Constant.Ref(box), value, TraceValue.Long(41)));
        Assert.IsType<Operation>(recorder.GetField(Constant.Ref(box), mutable, TraceValue.Long(41)));
        Assert.IsType<Operation>(recorder.GetField(dynamicBox, value, TraceValue.Long(41)));
        var table = Descriptors.Array(typeof(int[]), immutableElements: true);
        Assert.Equal(Constant.Int(20), recorder.GetArrayItem(Constant.Ref(box.Table), Constant.Int(1), table, TraceValue.Int(20)));
        Assert.Equal(Constant.Int(3), recorder.ArrayLength(Constant.Ref(box.Table), 3));
    }

    [Fact]
    public void Elidable_calls_on_constants_fold_and_other_calls_are_guarded()
    {
        var recorder = new Recorder(100);
        var x = recorder.Input(ValueKind.I64);
        var twice = Descriptors.Call(typeof(Ops).GetMethod(nameof(Ops.Twice))!);
        var log = Descriptors.Call(typeof(Ops).GetMethod(nameof(Ops.Log))!);
        Assert.True(twice.Effects.Elidable);
        Assert.Equal(Constant.Long(6), recorder.Call(twice, [Constant.Long(3)], TraceValue.Long(6), raised: false, Here));
        var pure = recorder.Call(twice, [x], TraceValue.Long(8), raised: false, Here);
        Assert.Null(recorder.Call(log, [pure!], default, raised: false, Here));
        var ops = recorder.Operations.Select(op => op.Info.Name);
        Assert.Equal(["call_pure", "guard_no_exception", "call_may_force", "guard_no_exception"], ops);
    }

    [Fact]
    public void A_trace_longer_than_the_limit_aborts()
    {
        var recorder = new Recorder(3);
        var x = recorder.Input(ValueKind.I32);
        for (var i = 0; i < 3; i++)
        {
            recorder.Pure(Opcode.IntNeg, x, TraceValue.Int(0));
        }
        var error = Assert.Throws<TraceAbortedException>(() => recorder.Pure(Opcode.IntNeg, x, TraceValue.Int(0)));
        Assert.Equal(AbortReason.TooLong, error.Reason);
    }

    [Fact]
    public void Clr_types_map_to_trace_kinds()
    {
        Assert.Equal(ValueKind.I32, Descriptors.KindOf(typeof(bool)));
        Assert.Equal(ValueKind.I32, Descriptors.KindOf(typeof(char)));
        Assert.Equal(ValueKind.I32, Descriptors.KindOf(typeof(DayOfWeek)));
        Assert.Equal(ValueKind.I64, Descriptors.KindOf(typeof(ulong)));
        Assert.Equal(ValueKind.F64, Descriptors.KindOf(typeof(double)));
        Assert.Equal(ValueKind.Ref, Descriptors.KindOf(typeof(string)));
        Assert.Equal(ValueKind.Void, Descriptors.KindOf(typeof(void)));
        Assert.Same(Descriptors.Class(typeof(string)), Descriptors.Class(typeof(string)));
    }
}
