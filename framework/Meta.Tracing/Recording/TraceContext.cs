using Meta.Tracing.Execution;
using Meta.Tracing.IR;

namespace Meta.Tracing.Recording;

/// <summary>
/// What a tracing twin (the translator's <c>M$trace</c>, docs/translator.md "Tracing code")
/// carries besides the concrete arguments: the recorder, and the slot in which a twin leaves the
/// shadow of its result for its caller. The helpers here are the few steps of tracing code that
/// are clearer as C# than as generated IL: overflow-checked arithmetic (the concrete operation
/// would throw before the recorder saw the overflow) and the resume frames the twins build.
/// SPUR (Bebenita et al., OOPSLA 2010) kept tracing variants of CIL methods the same way.
/// </summary>
public sealed partial class TraceContext(Recorder recorder)
{
    public Recorder Recorder { get; } = recorder;

    /// <summary>The shadow of the value the last twin returned; null after a void twin.</summary>
    public Value? ReturnShadow { get; set; }

    /// <summary>The frame of a method at an IL offset: its arguments then locals, and its evaluation stack.</summary>
    public static ResumeFrame Frame(string method, int ilOffset, Value?[] locals, Value?[] stack) =>
        new(method, ilOffset, locals, stack);

    /// <summary>add.ovf on int32: the wrapped sum is recorded with its overflow guard, then the overflow thrown as the original does.</summary>
    public int AddOvf(int a, int b, Value sa, Value sb, ResumeFrame here, out Value shadow)
    {
        var result = unchecked(a + b);
        return OverflowChecked(Opcode.IntAddOvf, ((a ^ result) & (b ^ result)) < 0, result, sa, sb, here, out shadow);
    }

    public int SubOvf(int a, int b, Value sa, Value sb, ResumeFrame here, out Value shadow)
    {
        var result = unchecked(a - b);
        return OverflowChecked(Opcode.IntSubOvf, ((a ^ b) & (a ^ result)) < 0, result, sa, sb, here, out shadow);
    }

    public int MulOvf(int a, int b, Value sa, Value sb, ResumeFrame here, out Value shadow)
    {
        var wide = (long)a * b;
        return OverflowChecked(Opcode.IntMulOvf, wide != (int)wide, unchecked((int)wide), sa, sb, here, out shadow);
    }

    public long AddOvf(long a, long b, Value sa, Value sb, ResumeFrame here, out Value shadow)
    {
        var result = unchecked(a + b);
        return OverflowChecked(Opcode.LongAddOvf, ((a ^ result) & (b ^ result)) < 0, result, sa, sb, here, out shadow);
    }

    public long SubOvf(long a, long b, Value sa, Value sb, ResumeFrame here, out Value shadow)
    {
        var result = unchecked(a - b);
        return OverflowChecked(Opcode.LongSubOvf, ((a ^ b) & (a ^ result)) < 0, result, sa, sb, here, out shadow);
    }

    public long MulOvf(long a, long b, Value sa, Value sb, ResumeFrame here, out Value shadow)
    {
        var high = Math.BigMul(a, b, out var low);
        return OverflowChecked(Opcode.LongMulOvf, high != low >> 63, low, sa, sb, here, out shadow);
    }

    private int OverflowChecked(Opcode opcode, bool overflowed, int result, Value sa, Value sb, ResumeFrame here, out Value shadow)
    {
        shadow = Recorder.Overflow(opcode, sa, sb, TraceValue.Int(result), overflowed, here);
        return overflowed ? throw Overflowed() : result;
    }

    private long OverflowChecked(Opcode opcode, bool overflowed, long result, Value sa, Value sb, ResumeFrame here, out Value shadow)
    {
        shadow = Recorder.Overflow(opcode, sa, sb, TraceValue.Long(result), overflowed, here);
        return overflowed ? throw Overflowed() : result;
    }

    /// <summary>
    /// An int64 made a native-int array index (conv.i, conv.ovf.i): indices of traces are int32,
    /// so the value is narrowed behind a guard that narrowing keeps it (long_to_int, int_to_long,
    /// long_eq, guard_true). An index that does not fit fails the array access that follows: not
    /// a path traces take, so tracing aborts.
    /// </summary>
    public Value Index(Value value, long concrete, ResumeFrame here)
    {
        if (concrete is < int.MinValue or > int.MaxValue)
        {
            Recorder.Abort(AbortReason.Unsupported, $"index {concrete} out of the int32 range at {here.Method}@{here.ILOffset}");
            return new Input(ValueKind.I32); // stands for the index in a recording that has stopped
        }
        if (value is Constant)
        {
            return Constant.Int((int)concrete);
        }
        var narrow = Recorder.Record(Opcode.LongToInt, [value]);
        var same = Recorder.Record(Opcode.LongEq, [Recorder.Record(Opcode.IntToLong, [narrow]), value]);
        Recorder.Branch(same, taken: true, here);
        return narrow;
    }

    /// <summary>
    /// Hints.AssertGreen while tracing: the value must be a constant of the trace, else tracing
    /// stops (RPython's assert_green raises AssertGreenFailed, which aborts the trace).
    /// </summary>
    public void AssertGreen(Value shadow, string where)
    {
        if (shadow is not Constant)
        {
            Recorder.Abort(AbortReason.Unsupported, $"AssertGreen at {where}: the value is not a constant of the trace");
        }
    }

    /// <summary>
    /// A guard whose resume frame the interpreter could not be resumed in (inside an exception
    /// handler, which can only be entered by an exception): tracing stops rather than record it.
    /// </summary>
    public ResumeFrame Unresumable(string where)
    {
        Recorder.Abort(AbortReason.Unsupported, $"a guard at {where}, inside an exception handler, where deoptimization cannot resume");
        return new ResumeFrame(where, 0, [], []);
    }

    /// <summary>A static field read: a constant when the field is readonly (initialized once by the class constructor).</summary>
    public Value GetStatic(FieldDescr field, TraceValue result) =>
        field.IsImmutable ? result.ToConstant() : Recorder.Record(Opcode.GetStatic, [], field);

    public void SetStatic(FieldDescr field, Value value) => Recorder.Record(Opcode.SetStatic, [value], field);

    /// <summary>An allocation of an array of <paramref name="length"/> items.</summary>
    public Value NewArray(ArrayDescr array, Value length) => Recorder.Record(Opcode.NewArray, [length], array);

    /// <summary>An allocation of an object whose constructor the twin runs (its field writes are recorded by the constructor's twin).</summary>
    public Value New(Type type) => Recorder.Record(Opcode.New, [], Descriptors.Class(type));
}
