using Meta.Tracing.Execution;
using Meta.Tracing.IR;

namespace Meta.Tracing.Recording;

/// <summary>
/// Builds one trace while the interpreter's tracing code runs concretely beside it (DESIGN.md §2).
/// Every value of the interpreter has a <i>shadow</i>: the trace <see cref="Value"/> it came from.
/// Operations whose operands are all constants fold to constants instead of being recorded;
/// guards are recorded only on non-constant values, each with the resume data of the frames
/// inlined at that point; recording stops with <see cref="TraceAbortedException"/> past the limit.
/// </summary>
public sealed class Recorder
{
    private readonly List<Input> _inputs = [];
    private readonly List<Operation> _operations = [];
    private readonly List<ResumeFrame> _callers = [];
    private readonly List<(object Target, FieldDescr Field)> _quasiImmutableReads = [];
    private readonly int _limit;

    public Recorder(int traceLimit)
    {
        _limit = traceLimit > 0 ? traceLimit : throw new ArgumentOutOfRangeException(nameof(traceLimit));
    }

    public IReadOnlyList<Input> Inputs => _inputs;
    public IReadOnlyList<Operation> Operations => _operations;

    /// <summary>The quasi-immutable fields this trace read as constants: writing one invalidates the trace.</summary>
    public IReadOnlyList<(object Target, FieldDescr Field)> QuasiImmutableReads => _quasiImmutableReads;

    /// <summary>A new input of the trace: a red live where the trace starts.</summary>
    public Input Input(ValueKind kind)
    {
        var input = new Input(kind);
        _inputs.Add(input);
        return input;
    }

    /// <summary>
    /// Whether an abort lets the tracing code run on (the translated portal's tracing: the
    /// interpreter must finish its iteration concretely, as RPython's blackhole interpreter
    /// finishes it after SwitchToBlackhole): the reason is kept in <see cref="Aborted"/> and
    /// nothing more is recorded. Otherwise an abort throws <see cref="TraceAbortedException"/>.
    /// </summary>
    public bool ContinueAfterAbort { get; init; }

    /// <summary>Why tracing stopped, once it has (with <see cref="ContinueAfterAbort"/>).</summary>
    public TraceAbortedException? Aborted { get; private set; }

    /// <summary>Tracing cannot go on: throws, or with <see cref="ContinueAfterAbort"/> stops recording.</summary>
    public void Abort(AbortReason reason, string message)
    {
        var aborted = new TraceAbortedException(reason, message);
        if (!ContinueAfterAbort)
        {
            throw aborted;
        }
        Aborted ??= aborted;
    }

    /// <summary>Records an operation as it is, without folding.</summary>
    public Operation Record(Opcode opcode, IReadOnlyList<Value> operands, Descr? descr = null, ResumeData? resume = null)
    {
        var op = new Operation(opcode, operands, descr, resume);
        if (Aborted is null && _operations.Count >= _limit)
        {
            Abort(AbortReason.TooLong, $"the trace is longer than trace_limit={_limit}");
        }
        if (Aborted is null)
        {
            _operations.Add(op);
        }
        return op;
    }

    /// <summary>A pure operation whose concrete result the caller computed: a constant when every operand is one.</summary>
    public Value Pure(Opcode opcode, Value a, TraceValue result) =>
        a is Constant ? Checked(result, KindOfResult(opcode, a)) : Record(opcode, [a]);

    public Value Pure(Opcode opcode, Value a, Value b, TraceValue result) =>
        a is Constant && b is Constant ? Checked(result, KindOfResult(opcode, a)) : Record(opcode, [a, b]);

    /// <summary>The constant for a concrete value the tracing code computed, which must be of the kind the trace expects.</summary>
    private static Constant Checked(TraceValue concrete, ValueKind kind) =>
        concrete.Kind == kind ? concrete.ToConstant() : throw new ArgumentException($"a {concrete.Kind.TextName()} value where the trace has a {kind.TextName()}");

    private static ValueKind KindOfResult(Opcode opcode, Value first) =>
        OpInfo.Of(opcode).Result == KindSpec.Same ? first.Kind : OpInfo.FixedKind(OpInfo.Of(opcode).Result) ?? throw new ArgumentException($"{opcode} is not a pure operation", nameof(opcode));

    /// <summary>
    /// An _ovf operation and the guard that follows it: guard_no_overflow when the concrete
    /// operation did not overflow, guard_overflow when it did (the caller then takes the
    /// interpreter's overflow path, e.g. to big integers).
    /// </summary>
    public Value Overflow(Opcode opcode, Value a, Value b, TraceValue result, bool overflowed, ResumeFrame here)
    {
        if (a is Constant && b is Constant)
        {
            // Both known: no guard; on overflow the caller takes its overflow path with the wrapped value.
            return Checked(result, KindOfResult(opcode, a));
        }
        var op = Record(opcode, [a, b]);
        Record(overflowed ? Opcode.GuardOverflow : Opcode.GuardNoOverflow, [], null, ResumeAt(here));
        return op;
    }

    /// <summary>The branch the interpreter took on <paramref name="condition"/>: a guard unless it is a constant.</summary>
    public void Branch(Value condition, bool taken, ResumeFrame here)
    {
        if (condition is not Constant)
        {
            Record(taken ? Opcode.GuardTrue : Opcode.GuardFalse, [condition], null, ResumeAt(here));
        }
    }

    /// <summary>Promote: the value becomes a constant of the trace behind a guard_value.</summary>
    public Constant Promote(Value value, TraceValue concrete, ResumeFrame here)
    {
        var constant = Checked(concrete, value.Kind);
        if (value is Constant known)
        {
            return known;
        }
        Record(Opcode.GuardValue, [value, constant], null, ResumeAt(here));
        return constant;
    }

    /// <summary>The exact class of an object the trace goes on to use (at a virtual call, a type test).</summary>
    public void GuardClass(Value obj, Type concreteType, ResumeFrame here)
    {
        if (obj is not Constant)
        {
            Record(Opcode.GuardClass, [obj], Descriptors.Class(concreteType), ResumeAt(here));
        }
    }

    /// <summary>A null test: guard_isnull or guard_nonnull as the object was.</summary>
    public void GuardNull(Value obj, bool isNull, ResumeFrame here)
    {
        if (obj is not Constant)
        {
            Record(isNull ? Opcode.GuardIsnull : Opcode.GuardNonnull, [obj], null, ResumeAt(here));
        }
    }

    /// <summary>A field read; a readonly field of a constant object is itself a constant.</summary>
    public Value GetField(Value obj, FieldDescr field, TraceValue result)
    {
        if (obj is not Constant || !field.IsImmutable)
        {
            return Record(Opcode.GetField, [obj], field);
        }
        if (field.Kind == ValueKind.Ref)
        {
            Descriptors.ReadAsConstant(field, result.AsRef);
        }
        return Checked(result, field.Kind);
    }

    /// <summary>
    /// A read of a quasi-immutable field ([QuasiImmutable]): of a constant object it is a constant
    /// of the trace behind guard_not_invalidated, and the trace depends on the field from then on
    /// (RPython's quasiimmut.py); of another object it is an ordinary read.
    /// </summary>
    public Value GetQuasiImmutableField(Value obj, FieldDescr field, TraceValue result, ResumeFrame here)
    {
        if (obj is not Constant { AsRef: { } target })
        {
            return Record(Opcode.GetField, [obj], field);
        }
        Record(Opcode.GuardNotInvalidated, [], null, ResumeAt(here));
        _quasiImmutableReads.Add((target, field));
        return Checked(result, field.Kind);
    }

    public void SetField(Value obj, FieldDescr field, Value value) => Record(Opcode.SetField, [obj, value], field);

    /// <summary>
    /// An array read; an item of a constant array whose elements never change (its descriptor says
    /// so, or it was read from an [ImmutableElements] field) at a constant index is a constant.
    /// Items of a frame's virtualizable array, or of an [ImmutableElements] field's array, get
    /// the matching descriptor (<see cref="Descriptors.ItemsOf"/>).
    /// </summary>
    public Value GetArrayItem(Value array, Value index, ArrayDescr descr, TraceValue result) =>
        array is Constant constant && index is Constant && (descr.ElementsImmutable || Descriptors.HasImmutableItems(constant.AsRef))
            ? Checked(result, descr.ElementKind)
            : Record(Opcode.GetArrayItem, [array, index], Descriptors.ItemsOf(array, descr));

    public void SetArrayItem(Value array, Value index, ArrayDescr descr, Value value) =>
        Record(Opcode.SetArrayItem, [array, index, value], Descriptors.ItemsOf(array, descr));

    public Value ArrayLength(Value array, int concreteLength) =>
        array is Constant ? Constant.Int(concreteLength) : Record(Opcode.ArrayLen, [array]);

    /// <summary>
    /// A residual call: call_pure (folded when every argument is a constant) for elidable
    /// methods, call otherwise, followed by guard_no_exception when it may raise and did not.
    /// When it raised, the caller records <see cref="GuardException"/> instead.
    /// </summary>
    /// <remarks>
    /// With <paramref name="resultOnStack"/>, <paramref name="here"/> is after the call: the
    /// guard's frame gets the call's result on top of its stack, so that a resumed interpreter
    /// continues after the call with its result instead of calling again (RPython's resume data
    /// after a residual call holds the result box).
    /// </remarks>
    /// <returns>The shadow of the result; null for a void method.</returns>
    public Value? Call(CallDescr descr, IReadOnlyList<Value> arguments, TraceValue result, bool raised, ResumeFrame here, bool resultOnStack = false)
    {
        if (descr.Effects.Elidable && !raised && arguments.All(argument => argument is Constant))
        {
            return descr.Result == ValueKind.Void ? null : Checked(result, descr.Result);
        }
        var op = Record(descr.Effects.Elidable ? Opcode.CallPure : descr.Effects.ForcesVirtualizable ? Opcode.CallMayForce : Opcode.Call, arguments, descr);
        if (descr.Effects.CanRaise && !raised)
        {
            Record(Opcode.GuardNoException, [], null, ResumeAt(resultOnStack ? WithResult(here, op) : here));
        }
        return descr.Result == ValueKind.Void ? null : op;
    }

    /// <summary>The frame after a call, with the call's result (none for a void call) pushed.</summary>
    public static ResumeFrame WithResult(ResumeFrame afterCall, Operation call) =>
        call.Kind == ValueKind.Void ? afterCall : new ResumeFrame(afterCall.Method, afterCall.ILOffset, afterCall.Locals, [.. afterCall.Stack, call]);

    /// <summary>The exception the last call raised, of exactly this class: the trace's value for it.</summary>
    public Value GuardException(Type exceptionType, ResumeFrame here) =>
        Record(Opcode.GuardException, [], Descriptors.Class(exceptionType), ResumeAt(here));

    /// <summary>Tracing goes into a method called from the frame <paramref name="callerAfterCall"/> (where it continues on return).</summary>
    public void EnterInlined(ResumeFrame callerAfterCall) => _callers.Add(callerAfterCall);

    public void LeaveInlined() => _callers.RemoveAt(_callers.Count - 1);

    /// <summary>How many inlined methods tracing is inside (the callers' frames of the next guard).</summary>
    public int InlineDepth => _callers.Count;

    /// <summary>
    /// An exception unwound inlined methods without their LeaveInlined: a handler of the method
    /// at <paramref name="depth"/> drops the frames of the methods it unwound.
    /// </summary>
    public void UnwindTo(int depth)
    {
        if (depth < 0 || depth > _callers.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(depth), $"inline depth {depth} outside 0..{_callers.Count}");
        }
        _callers.RemoveRange(depth, _callers.Count - depth);
    }

    /// <summary>The resume data of a guard at <paramref name="here"/>, in the innermost inlined method.</summary>
    public ResumeData ResumeAt(ResumeFrame here, IReadOnlyList<PendingWrite>? writes = null) =>
        new([.. _callers, here], writes);

    /// <summary>Closes the loop: a jump back to the start with the reds of this iteration.</summary>
    public Trace CloseLoop(IReadOnlyList<Value> reds)
    {
        Record(Opcode.Jump, reds);
        return new Trace(_inputs, _operations).Verified();
    }

    /// <summary>Ends a trace that leaves the loop (the portal returned): finish with these values.</summary>
    public Trace Finish(IReadOnlyList<Value> results)
    {
        Record(Opcode.Finish, results);
        return new Trace(_inputs, _operations).Verified();
    }

    /// <summary>Ends a bridge with a jump to a compiled loop's target.</summary>
    public Trace JumpTo(TargetToken target, IReadOnlyList<Value> arguments)
    {
        Record(Opcode.Jump, arguments, target);
        return new Trace(_inputs, _operations).Verified();
    }
}
