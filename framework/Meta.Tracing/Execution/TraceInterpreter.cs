using System.Reflection;
using System.Runtime.CompilerServices;
using Meta.Tracing.IR;

namespace Meta.Tracing.Execution;

/// <summary>
/// Runs a trace directly, operation by operation, on concrete values with real heap effects
/// through the descriptors' CLR members. It is slow and obviously right: the oracle the backends
/// are tested against (RPython tests its backends against its llgraph backend in the same way).
/// </summary>
/// <remarks>
/// Operations whose preconditions the recorder guards (division by zero, a null receiver, an index
/// out of range) throw the CLR's exception out of <see cref="Run(IReadOnlyList{TraceValue}, TraceRunOptions?)"/>;
/// only calls that can raise turn an exception into trace state, for guard_no_exception and
/// guard_exception.
/// </remarks>
public sealed class TraceInterpreter
{
    private readonly TraceLayout _root;
    private readonly Dictionary<Trace, TraceLayout> _layouts = [];

    public TraceInterpreter(Trace trace)
    {
        _root = Layout(trace);
    }

    public static ExitResult Run(Trace trace, IReadOnlyList<TraceValue> inputs, TraceRunOptions? options = null) =>
        new TraceInterpreter(trace).Run(inputs, options);

    private TraceLayout Layout(Trace trace)
    {
        if (!_layouts.TryGetValue(trace, out var layout))
        {
            layout = new TraceLayout(trace);
            _layouts.Add(trace, layout);
        }
        return layout;
    }

    public ExitResult Run(IReadOnlyList<TraceValue> inputs, TraceRunOptions? options = null)
    {
        options ??= TraceRunOptions.Default;
        CheckInputs(_root.Trace, inputs, "the trace");
        var state = new RunState(_root);
        state.Bind(_root.Trace.Inputs, inputs);
        long jumps = 0;
        var position = 0;
        while (true)
        {
            var op = state.Layout.Trace.Operations[position];
            switch (op.Opcode)
            {
                case Opcode.Label:
                    break;
                case Opcode.Finish:
                    return new ExitResult(ExitKind.Finish, -1, null, Operands(state, op), state.Pending);
                case Opcode.Jump:
                    var args = Operands(state, op);
                    if (jumps >= options.MaxIterations)
                    {
                        return new ExitResult(ExitKind.IterationLimit, -1, null, args, state.Pending);
                    }
                    jumps++;
                    position = Enter(state, op, args, options);
                    continue;
                default:
                    if (op.IsGuard)
                    {
                        if (!GuardHolds(state, op, options) || (op.Opcode != Opcode.GuardException && options.ForceFailure?.Invoke(op) == true))
                        {
                            var live = op.Resume!.LiveValues.Select(value => Get(state, value)).ToArray();
                            if (options.Bridges?.GetValueOrDefault(op) is { } bridge)
                            {
                                // The bridge starts with the guard's live values as inputs and
                                // the exception still pending, as the backend's exit block hands them over.
                                CheckInputs(bridge, live, "the bridge");
                                state.Switch(Layout(bridge));
                                state.Bind(bridge.Inputs, live);
                                position = 0;
                                continue;
                            }
                            return new ExitResult(ExitKind.Guard, state.Layout.GuardIndex(op), op, live, state.Pending);
                        }
                    }
                    else
                    {
                        Execute(state, op);
                    }
                    break;
            }
            position++;
        }
    }

    private static void CheckInputs(Trace trace, IReadOnlyList<TraceValue> inputs, string what)
    {
        if (inputs.Count != trace.Inputs.Count)
        {
            throw new ArgumentException($"{what} takes {trace.Inputs.Count} inputs, {inputs.Count} given", nameof(inputs));
        }
        for (var i = 0; i < inputs.Count; i++)
        {
            if (inputs[i].Kind != trace.Inputs[i].Kind)
            {
                throw new ArgumentException($"input {i} of {what} is {trace.Inputs[i].Kind.TextName()}, given {inputs[i].Kind.TextName()}", nameof(inputs));
            }
        }
    }

    /// <summary>
    /// Binds a jump's arguments to the inputs or to the label's arguments and returns the position
    /// to continue at; a label of another trace of the tree (a bridge jumping back into its loop)
    /// switches to that trace.
    /// </summary>
    private int Enter(RunState state, Operation jump, TraceValue[] args, TraceRunOptions options)
    {
        if (jump.Descr is not TargetToken token)
        {
            state.Bind(state.Layout.Trace.Inputs, args);
            return 0;
        }
        var label = state.Layout.LabelPosition(token);
        if (label < 0)
        {
            var owner = new[] { _root.Trace }.Concat(options.Bridges?.Values ?? [])
                .Select(Layout).FirstOrDefault(layout => layout.LabelPosition(token) >= 0)
                ?? throw new NotSupportedException($"jump to {token.Name}, a label of no trace of this tree");
            state.Switch(owner);
            label = owner.LabelPosition(token);
        }
        state.Bind(state.Layout.Trace.Operations[label].Operands, args);
        return label + 1;
    }

    private static TraceValue Get(RunState state, Value value) =>
        value is Constant constant ? TraceValue.FromConstant(constant) : state.Values[state.Layout.Slot(value)];

    private TraceValue[] Operands(RunState state, Operation op)
    {
        var values = new TraceValue[op.Operands.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = Get(state, op.Operands[i]);
        }
        return values;
    }

    private void Execute(RunState state, Operation op)
    {
        var args = Operands(state, op);
        TraceValue result;
        if (op.Info.IsOverflow)
        {
            result = OpSemantics.EvaluateOverflow(op.Opcode, args[0], args[1], out state.Overflowed);
        }
        else if (OpSemantics.IsComputed(op.Opcode))
        {
            result = OpSemantics.Evaluate(op.Opcode, args);
        }
        else
        {
            result = op.Opcode switch
            {
                Opcode.GetField or Opcode.GetStatic => GetField(op, args),
                Opcode.SetField or Opcode.SetStatic => SetField(op, args),
                Opcode.GetArrayItem => GetArrayItem(op, args),
                Opcode.SetArrayItem => SetArrayItem(op, args),
                Opcode.New => TraceValue.Ref(RuntimeHelpers.GetUninitializedObject(ClassType(op))),
                Opcode.NewArray => TraceValue.Ref(Array.CreateInstance(ElementType(op), args[0].AsInt)),
                Opcode.Call or Opcode.CallPure or Opcode.CallMayForce => Call(state, op, args),
                _ => throw new NotSupportedException($"the IR interpreter does not run {op.Info.Name}"),
            };
        }
        if (op.Kind != ValueKind.Void)
        {
            state.Values[state.Layout.Slot(op)] = result;
        }
    }

    private bool GuardHolds(RunState state, Operation op, TraceRunOptions options)
    {
        switch (op.Opcode)
        {
            case Opcode.GuardTrue:
                return Get(state, op.Operands[0]).AsInt != 0;
            case Opcode.GuardFalse:
                return Get(state, op.Operands[0]).AsInt == 0;
            case Opcode.GuardValue:
                var (actual, expected) = (Get(state, op.Operands[0]), Get(state, op.Operands[1]));
                // Floats compare by their bits, so that guard_value can promote -0.0 and NaN.
                return actual.Kind == ValueKind.Ref ? ReferenceEquals(actual.AsRef, expected.AsRef) : actual.Bits == expected.Bits;
            case Opcode.GuardClass:
                // The exact class, as RPython's guard_class compares vtables; a null never matches.
                return Get(state, op.Operands[0]).AsRef?.GetType() == ClassType(op);
            case Opcode.GuardNonnull:
                return Get(state, op.Operands[0]).AsRef is not null;
            case Opcode.GuardIsnull:
                return Get(state, op.Operands[0]).AsRef is null;
            case Opcode.GuardNoException:
                return state.Pending is null;
            case Opcode.GuardException:
                if (state.Pending?.GetType() != ClassType(op))
                {
                    return false;
                }
                state.Values[state.Layout.Slot(op)] = TraceValue.Ref(state.Pending);
                state.Pending = null;
                return true;
            case Opcode.GuardNoOverflow:
                return !state.Overflowed;
            case Opcode.GuardOverflow:
                return state.Overflowed;
            case Opcode.GuardNotInvalidated:
                return !options.Invalidated;
            default:
                throw new NotSupportedException($"the IR interpreter does not run {op.Info.Name}");
        }
    }

    private static TraceValue GetField(Operation op, TraceValue[] args)
    {
        var field = Field(op);
        var target = field.IsStatic ? null : Receiver(args[0], field.DeclaringType!, op);
        return ClrValues.FromClr(field.GetValue(target), field.FieldType);
    }

    private static TraceValue SetField(Operation op, TraceValue[] args)
    {
        var field = Field(op);
        var target = field.IsStatic ? null : Receiver(args[0], field.DeclaringType!, op);
        field.SetValue(target, Cast(ClrValues.ToClr(args[^1], field.FieldType), field.FieldType));
        return default;
    }

    private static TraceValue GetArrayItem(Operation op, TraceValue[] args)
    {
        var array = (Array)Receiver(args[0], ElementType(op).MakeArrayType(), op);
        return ClrValues.FromClr(array.GetValue(args[1].AsInt), ElementType(op));
    }

    private static TraceValue SetArrayItem(Operation op, TraceValue[] args)
    {
        var array = (Array)Receiver(args[0], ElementType(op).MakeArrayType(), op);
        var element = ClrValues.ToClr(args[2], ElementType(op));
        // stelem's covariance check: a string[] seen as object[] takes strings only.
        if (element is not null && !array.GetType().GetElementType()!.IsInstanceOfType(element))
        {
            throw new ArrayTypeMismatchException($"{op.Info.Name}: a {element.GetType().Name} into a {array.GetType().Name}");
        }
        array.SetValue(element, args[1].AsInt);
        return default;
    }

    private static TraceValue Call(RunState state, Operation op, TraceValue[] args)
    {
        var method = Method(op);
        var parameters = method.GetParameters();
        var receiverCount = method.IsStatic ? 0 : 1;
        var clrArgs = new object?[parameters.Length];
        for (var i = 0; i < parameters.Length; i++)
        {
            clrArgs[i] = Cast(ClrValues.ToClr(args[i + receiverCount], parameters[i].ParameterType), parameters[i].ParameterType);
        }
        var receiver = method.IsStatic ? null : Receiver(args[0], method.DeclaringType!, op);
        object? returned;
        if ((op.Flags & OpFlags.CanRaise) == 0)
        {
            returned = method.Invoke(receiver, BindingFlags.DoNotWrapExceptions, null, clrArgs, null);
        }
        else
        {
            try
            {
                returned = method.Invoke(receiver, BindingFlags.DoNotWrapExceptions, null, clrArgs, null);
                state.Pending = null;
            }
            catch (Exception raised)
            {
                // The call's exception becomes trace state that guard_no_exception or
                // guard_exception looks at next; it is not lost (ExitResult.PendingException).
                state.Pending = raised;
                return op.Kind == ValueKind.Void ? default : Zero(op.Kind);
            }
        }
        return op.Kind == ValueKind.Void ? default : ClrValues.FromClr(returned, method.ReturnType);
    }

    /// <summary>
    /// A reference used as an object of the type, as the backend's castclass then ldfld/ldelem/
    /// callvirt use it: a wrong type is an InvalidCastException and null a NullReferenceException,
    /// so that even a wrong trace fails alike on both.
    /// </summary>
    private static object Receiver(TraceValue value, Type type, Operation op) =>
        Cast(value.AsRef, type) ?? throw new NullReferenceException($"{op.Info.Name} on null");

    /// <summary>castclass: null or an instance of the type, else InvalidCastException.</summary>
    private static object? Cast(object? value, Type type) =>
        value is null || type.IsValueType || type.IsInstanceOfType(value)
            ? value
            : throw new InvalidCastException($"a {value.GetType().Name} used as a {type.Name}");

    /// <summary>The result of a call that raised: the default of its kind, as the backend's local holds.</summary>
    private static TraceValue Zero(ValueKind kind) => kind switch
    {
        ValueKind.I32 => TraceValue.Int(0),
        ValueKind.I64 => TraceValue.Long(0),
        ValueKind.F64 => TraceValue.Float(0),
        _ => TraceValue.Ref(null),
    };

    // The CLR members behind the descriptors, checked against the kinds the descriptors declare
    // by the same rule (ClrValues.CheckKind) the backends apply, so both reject the same traces.
    private static FieldInfo Field(Operation op)
    {
        var descr = (FieldDescr)op.Descr!;
        var field = descr.Field ?? throw new NotSupportedException($"{op.Info.Name}: descriptor {descr.Name} has no CLR field");
        ClrValues.CheckKind(field.FieldType, descr.Kind, descr.Name);
        return field;
    }

    private static Type ElementType(Operation op)
    {
        var descr = (ArrayDescr)op.Descr!;
        var type = descr.ElementType ?? throw new NotSupportedException($"{op.Info.Name}: descriptor {descr.Name} has no CLR element type");
        ClrValues.CheckKind(type, descr.ElementKind, descr.Name);
        return type;
    }

    private static Type ClassType(Operation op) =>
        (op.Descr as ClassDescr)?.Type ?? throw new NotSupportedException($"{op.Info.Name}: descriptor {op.Descr} has no CLR type");

    private static MethodInfo Method(Operation op)
    {
        var call = (CallDescr)op.Descr!;
        var method = call.Method ?? throw new NotSupportedException($"{op.Info.Name}: descriptor {call.Name} has no CLR method");
        ClrValues.CheckKind(method.ReturnType, call.Result, call.Name + " result");
        return method;
    }

    /// <summary>The mutable state of one run: the trace being run and the values of its slots.</summary>
    private sealed class RunState(TraceLayout layout)
    {
        public TraceLayout Layout { get; private set; } = layout;
        public TraceValue[] Values { get; private set; } = new TraceValue[layout.SlotCount];
        public Exception? Pending { get; set; }
        public bool Overflowed;

        /// <summary>Continues in another trace of the tree: none of the old values are visible there.</summary>
        public void Switch(TraceLayout layout)
        {
            Layout = layout;
            Values = new TraceValue[layout.SlotCount];
            Overflowed = false;
        }

        public void Bind(IReadOnlyList<Value> targets, IReadOnlyList<TraceValue> values)
        {
            for (var i = 0; i < values.Count; i++)
            {
                Values[Layout.Slot(targets[i])] = values[i];
            }
        }
    }
}
