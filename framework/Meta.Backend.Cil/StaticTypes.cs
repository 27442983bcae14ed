using Meta.Tracing.IR;

namespace Meta.Backend.Cil;

/// <summary>
/// The CLR type every reference value of a trace (tree) is known to have wherever it is used,
/// from what the CLR's own type safety guarantees: `new T` makes a T, a field or array element
/// declared T holds a T, a method declared to return T returns one. The emitter skips the
/// castclass before a field, array or call access whose type these already prove (measured: the
/// casts cost a third of a field-heavy loop; docs/backend-cil.md).
/// </summary>
/// <remarks>
/// Inputs and label arguments are unknown (object): jumps rebind them, and a bridge attached
/// later through the table may pass any reference of kind ref. The emitter still casts each of
/// them only once per straight-line stretch (TraceEmitter's proven types). A bridge's input has
/// the type of the live value it copies when the bridge is compiled into the loop's method.
/// </remarks>
internal static class StaticTypes
{
    public static Dictionary<Value, Type> Infer(IReadOnlyList<Trace> traces, IReadOnlyDictionary<Operation, Trace> bridges)
    {
        var types = new Dictionary<Value, Type>();
        var labelArgs = traces.SelectMany(trace => trace.Operations).Where(op => op.Opcode == Opcode.Label)
            .SelectMany(label => label.Operands).ToHashSet();
        foreach (var trace in traces)
        {
            foreach (var op in trace.Operations.Where(op => op.Kind == ValueKind.Ref && !labelArgs.Contains(op)))
            {
                types[op] = Defined(op, types);
            }
            // The traces come root first, so a bridge's guard is typed before the bridge is.
            foreach (var (guard, bridge) in bridges.Where(pair => trace.Operations.Contains(pair.Key)))
            {
                var live = guard.Resume!.LiveValues.ToArray();
                for (var i = 0; i < live.Length; i++)
                {
                    if (live[i].Kind == ValueKind.Ref && !labelArgs.Contains(bridge.Inputs[i]))
                    {
                        types[bridge.Inputs[i]] = TypeOf(live[i], types);
                    }
                }
            }
        }
        return types;
    }

    /// <summary>The type a reference value is known to have; object when nothing is known.</summary>
    public static Type TypeOf(Value value, IReadOnlyDictionary<Value, Type> types) => value switch
    {
        { Kind: not ValueKind.Ref } => throw new ArgumentException($"a {value.Kind.TextName()} value has no CLR reference type", nameof(value)),
        Constant { AsRef: { } reference } => reference.GetType(),
        Constant => typeof(object),
        _ => types.GetValueOrDefault(value, typeof(object)),
    };

    private static Type Defined(Operation op, Dictionary<Value, Type> types) => op.Opcode switch
    {
        Opcode.New => (op.Descr as ClassDescr)?.Type ?? typeof(object),
        Opcode.NewArray => (op.Descr as ArrayDescr)?.ElementType?.MakeArrayType() ?? typeof(object),
        Opcode.GetField or Opcode.GetStatic => (op.Descr as FieldDescr)?.Field?.FieldType ?? typeof(object),
        Opcode.GetArrayItem => (op.Descr as ArrayDescr)?.ElementType ?? typeof(object),
        Opcode.Call or Opcode.CallPure or Opcode.CallMayForce => (op.Descr as CallDescr)?.Method?.ReturnType ?? typeof(object),
        Opcode.GuardException => (op.Descr as ClassDescr)?.Type ?? typeof(object),
        Opcode.SameAs => TypeOf(op.Operands[0], types),
        _ => typeof(object),
    };
}
