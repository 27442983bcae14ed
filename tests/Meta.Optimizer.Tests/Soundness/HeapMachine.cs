using Meta.Tracing.Execution;
using Meta.Tracing.IR;

namespace Meta.Optimizer.Tests.Soundness;

/// <summary>An object or array of the <see cref="HeapMachine"/>'s heap.</summary>
public sealed class HeapObject(Descr type, int length = 0)
{
    public Descr Type { get; } = type;
    public Dictionary<FieldDescr, object?> Fields { get; } = [];
    public object?[] Items { get; } = new object?[length];
}

/// <summary>How a run ended: where, with which values (finish or jump arguments, or the resumed frame slots).</summary>
public sealed record RunOutcome(string Where, IReadOnlyList<object?> Values);

/// <summary>
/// Runs a trace on a small model heap, the way compiled code and the resumer together would: a
/// failing guard allocates the virtuals of its resume data, does its pending writes, and hands
/// over its frame slots. Calls run the C# bodies a test gives for their descriptors. It is the
/// oracle of the heap passes' soundness test: the trace before and after optimization must
/// leave equivalent heaps and values.
/// </summary>
public sealed class HeapMachine(IReadOnlyDictionary<string, Func<object?[], object?>> calls, int maxIterations)
{
    /// <summary>Marks a dead slot of a resumed frame.</summary>
    public static readonly object Dead = "dead";

    /// <summary>
    /// Runs the trace; static fields live in the fields of <paramref name="statics"/>. Stopped at
    /// a jump to a label, it materializes what the label's arguments stand for (a peeled loop's
    /// <paramref name="stateAtLabel"/>: the varying inputs and the registers' writes), so that
    /// values and memory are what the loop means there.
    /// </summary>
    public RunOutcome Run(Trace trace, IReadOnlyList<object?> inputs, HeapObject statics, ResumeData? stateAtLabel = null)
    {
        var env = new Dictionary<Value, object?>();
        for (var i = 0; i < inputs.Count; i++)
        {
            env[trace.Inputs[i]] = inputs[i];
        }
        object? Get(Value value) => value is Constant constant ? FromConstant(constant) : env[value];
        var iterations = 0;
        for (var position = 0; ; position++)
        {
            var op = trace.Operations[position];
            var args = op.Operands.Select(Get).ToArray();
            switch (op.Opcode)
            {
                case Opcode.Finish:
                    return new RunOutcome("finish", args);
                case Opcode.Jump when iterations++ >= maxIterations:
                    if (op.Descr is TargetToken stoppedAt && stateAtLabel is not null)
                    {
                        var label = trace.Operations.First(other => other.Opcode == Opcode.Label && ReferenceEquals(other.Descr, stoppedAt));
                        var atLabel = label.Operands.Select((operand, i) => (operand, i)).ToDictionary(pair => pair.operand, pair => args[pair.i]);
                        return new RunOutcome("jump", Resume(stateAtLabel, value => value is Constant constant ? FromConstant(constant) : atLabel[value]).Values);
                    }
                    return new RunOutcome("jump", args);
                case Opcode.Jump when op.Descr is TargetToken target:
                    // Into a label of this trace (a peeled loop): its arguments take the new values.
                    position = trace.Operations.ToList().FindIndex(other => other.Opcode == Opcode.Label && ReferenceEquals(other.Descr, target));
                    for (var i = 0; i < args.Length; i++)
                    {
                        env[trace.Operations[position].Operands[i]] = args[i];
                    }
                    continue;
                case Opcode.Jump:
                    for (var i = 0; i < args.Length; i++)
                    {
                        env[trace.Inputs[i]] = args[i];
                    }
                    position = -1;
                    continue;
                case Opcode.Label:
                    continue;
            }
            if (op.IsGuard)
            {
                if (!Holds(op, args))
                {
                    return Resume(op.Resume!, Get);
                }
                continue;
            }
            var result = Execute(op, args, statics);
            if (op.Kind != ValueKind.Void)
            {
                env[op] = result;
            }
        }
    }

    private object? Execute(Operation op, object?[] args, HeapObject statics)
    {
        switch (op.Opcode)
        {
            case Opcode.GetStatic:
                return Read(statics.Fields, (FieldDescr)op.Descr!);
            case Opcode.SetStatic:
                statics.Fields[(FieldDescr)op.Descr!] = args[0];
                return null;
            case Opcode.GetField:
                return Read(((HeapObject)args[0]!).Fields, (FieldDescr)op.Descr!);
            case Opcode.SetField:
                ((HeapObject)args[0]!).Fields[(FieldDescr)op.Descr!] = args[1];
                return null;
            case Opcode.GetArrayItem:
                return ((HeapObject)args[0]!).Items[(int)args[1]!] ?? Default(((ArrayDescr)op.Descr!).ElementKind);
            case Opcode.SetArrayItem:
                ((HeapObject)args[0]!).Items[(int)args[1]!] = args[2];
                return null;
            case Opcode.ArrayLen:
                return ((HeapObject)args[0]!).Items.Length;
            case Opcode.New:
                return new HeapObject(op.Descr!);
            case Opcode.NewArray:
                return new HeapObject(op.Descr!, (int)args[0]!);
            case Opcode.PtrEq:
                return ReferenceEquals(args[0], args[1]) ? 1 : 0;
            case Opcode.PtrNe:
                return ReferenceEquals(args[0], args[1]) ? 0 : 1;
            case Opcode.SameAs:
                return args[0];
            case Opcode.Call or Opcode.CallPure or Opcode.CallMayForce:
                return calls[op.Descr!.Name]([.. args, statics]);
            default:
                var folded = PureSemantics.Fold(op.Opcode, args.Select(ToConstant).ToList())
                    ?? throw new InvalidOperationException($"the heap machine cannot run {op.Info.Name}");
                return FromConstant(folded);
        }
    }

    private static bool Holds(Operation guard, object?[] args) => guard.Opcode switch
    {
        Opcode.GuardTrue => (int)args[0]! != 0,
        Opcode.GuardFalse => (int)args[0]! == 0,
        Opcode.GuardNonnull => args[0] is not null,
        Opcode.GuardIsnull => args[0] is null,
        Opcode.GuardClass => args[0] is HeapObject heapObject && heapObject.Type == guard.Descr,
        Opcode.GuardValue => Equals(args[0], args[1]),
        Opcode.GuardNotInvalidated or Opcode.GuardNoException => true,
        _ => throw new InvalidOperationException($"the heap machine cannot run {guard.Info.Name}"),
    };

    /// <summary>What the resumer does: allocate the virtuals, fill them, do the pending writes, read the slots.</summary>
    private static RunOutcome Resume(ResumeData resume, Func<Value, object?> get)
    {
        var objects = resume.Virtuals.ToDictionary(v => v, v => new HeapObject(v.Descr, v.Items.Count));
        object? Resolve(Value value) => value is VirtualObject v ? objects[v] : get(value);
        foreach (var (v, heapObject) in objects)
        {
            foreach (var (field, value) in v.Fields)
            {
                heapObject.Fields[field] = Resolve(value);
            }
            for (var i = 0; i < v.Items.Count; i++)
            {
                heapObject.Items[i] = v.Items[i] is { } item ? Resolve(item) : null;
            }
        }
        foreach (var write in resume.PendingWrites)
        {
            var target = (HeapObject)Resolve(write.Target)!;
            if (write.Index is null)
            {
                target.Fields[(FieldDescr)write.Descr] = Resolve(write.Value);
            }
            else
            {
                target.Items[(int)Resolve(write.Index)!] = Resolve(write.Value);
            }
        }
        var frames = resume.Frames.Select(frame => $"{frame.Method}@{frame.ILOffset}");
        var slots = resume.Frames.SelectMany(frame => frame.Locals.Concat(frame.Stack)).Select(slot => slot is null ? Dead : Resolve(slot));
        return new RunOutcome("guard " + string.Join("; ", frames), slots.ToList());
    }

    public static object? Read(Dictionary<FieldDescr, object?> fields, FieldDescr field) =>
        fields.TryGetValue(field, out var value) ? value : Default(field.Kind);

    public static object? Default(ValueKind kind) => kind switch
    {
        ValueKind.I32 => 0,
        ValueKind.I64 => 0L,
        ValueKind.F64 => 0.0,
        _ => null,
    };

    private static object? FromConstant(Constant constant) => constant.Kind switch
    {
        ValueKind.I32 => constant.AsInt,
        ValueKind.I64 => constant.AsLong,
        ValueKind.F64 => constant.AsFloat,
        _ => constant.AsRef,
    };

    private static Constant ToConstant(object? value) => value switch
    {
        int i => Constant.Int(i),
        long l => Constant.Long(l),
        double d => Constant.Float(d),
        _ => throw new InvalidOperationException("pure operations on references are run directly"),
    };
}
