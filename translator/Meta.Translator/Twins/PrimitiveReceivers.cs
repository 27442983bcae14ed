using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Meta.Translator.Twins;

/// <summary>
/// The one use of addresses twins accept: C# calls a method of a primitive struct (long,
/// char, double, ...) on the address of a local, argument or field (<c>x.Value.CompareTo(y)</c>,
/// <c>c.ToString()</c>). Those methods do not write through the address, so the twin passes the
/// value instead, and the trace calls a helper taking it by value (ResidualCalls.ValueReceiver).
/// Any other use of an address (by-ref arguments, structs, writes through it) has no twin.
/// </summary>
public static class PrimitiveReceivers
{
    /// <summary>The call whose receiver the address <paramref name="load"/> pushes; throws when the address has another use.</summary>
    public static MethodReference ConsumingCall(MethodDefinition method, Instruction load)
    {
        var depth = 1;
        for (var next = load.Next; next is not null; next = next.Next)
        {
            if (method.Body.Instructions.Any(i => i.Operand == next || (i.Operand is Instruction[] targets && targets.Contains(next))))
            {
                break; // a join: the address's use is not in straight-line code
            }
            var pops = Analysis.StackEffect.Pops(next, method);
            if (pops >= depth)
            {
                if (next.OpCode.Code == Code.Call && next.Operand is MethodReference callee && callee.HasThis && pops == depth && IsPrimitive(callee.DeclaringType)
                    && callee.Parameters.Count + 1 == pops)
                {
                    return callee;
                }
                break;
            }
            if (next.OpCode.FlowControl is not (FlowControl.Next or FlowControl.Call))
            {
                break;
            }
            depth += Analysis.StackEffect.Pushes(next) - pops;
        }
        throw new TwinUnsupportedException($"the address taken by {load.OpCode.Name} at IL_{load.Offset:x4} is not the receiver of a call of a primitive struct's method");
    }

    /// <summary>The kind of the value the address points to.</summary>
    public static ShadowKind KindOf(MethodDefinition method, Instruction load) => ShadowKinds.Of(ConsumingCall(method, load).DeclaringType);

    public static bool IsPrimitive(TypeReference type) => type.MetadataType is MetadataType.Boolean or MetadataType.Char or MetadataType.SByte
        or MetadataType.Byte or MetadataType.Int16 or MetadataType.UInt16 or MetadataType.Int32 or MetadataType.UInt32
        or MetadataType.Int64 or MetadataType.UInt64 or MetadataType.Double;
}
