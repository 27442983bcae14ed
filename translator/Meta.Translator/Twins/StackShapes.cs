using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Meta.Translator.Twins;

/// <summary>
/// The evaluation stack before every instruction of a method: its depth and the kind of each
/// slot. Both are static in verifiable IL (ECMA-335 III.1.7.5), so a twin can keep the shadow
/// of stack slot k in local k. Computed by one forward pass over the control flow; a join with
/// a different shape is an error of the input, not of the twin.
/// </summary>
public sealed class StackShapes
{
    private readonly Dictionary<Instruction, StackSlot[]> _before = [];

    private StackShapes(MethodDefinition method)
    {
        var work = new Stack<(Instruction, StackSlot[])>();
        work.Push((method.Body.Instructions[0], []));
        foreach (var handler in method.Body.ExceptionHandlers)
        {
            // A catch handler starts with the exception on the stack, a finally with nothing
            // (ECMA-335 III.1.7.5); filters and fault handlers are META0011 errors of the checker.
            switch (handler.HandlerType)
            {
                case ExceptionHandlerType.Catch:
                    work.Push((handler.HandlerStart, [StackSlot.Of(handler.CatchType)]));
                    break;
                case ExceptionHandlerType.Finally:
                    work.Push((handler.HandlerStart, []));
                    break;
                default:
                    throw new TwinUnsupportedException($"a {handler.HandlerType.ToString().ToLowerInvariant()} handler at IL_{handler.HandlerStart.Offset:x4}");
            }
        }
        while (work.Count > 0)
        {
            var (instruction, stack) = work.Pop();
            if (_before.TryGetValue(instruction, out var known))
            {
                if (known.Length != stack.Length || known.Where((slot, i) => slot.Kind != stack[i].Kind).Any())
                {
                    throw new TwinUnsupportedException($"the stack at IL_{instruction.Offset:x4} has two shapes");
                }
                continue;
            }
            _before[instruction] = stack;
            MaxDepth = Math.Max(MaxDepth, stack.Length);
            var after = After(method, instruction, stack);
            MaxDepth = Math.Max(MaxDepth, after.Length);
            foreach (var next in Successors(instruction))
            {
                work.Push((next, after));
            }
        }
    }

    public int MaxDepth { get; }

    public static StackShapes Of(MethodDefinition method) => new(method);

    /// <summary>The stack before <paramref name="instruction"/>, bottom first; null when it is unreachable.</summary>
    public StackSlot[]? Before(Instruction instruction) => _before.GetValueOrDefault(instruction);

    private static IEnumerable<Instruction> Successors(Instruction instruction)
    {
        switch (instruction.Operand)
        {
            case Instruction target:
                yield return target;
                break;
            case Instruction[] targets:
                foreach (var target in targets)
                {
                    yield return target;
                }
                break;
        }
        var flow = instruction.OpCode.FlowControl;
        if (flow is not (FlowControl.Branch or FlowControl.Return or FlowControl.Throw) && instruction.Next is { } next)
        {
            yield return next;
        }
    }

    private static StackSlot[] After(MethodDefinition method, Instruction instruction, StackSlot[] stack)
    {
        if (!TwinOpcodeTable.Handles(instruction.OpCode.Code))
        {
            throw new TwinUnsupportedException($"the opcode {instruction.OpCode.Name} at IL_{instruction.Offset:x4} is not handled by the twin generator yet");
        }
        if (instruction.OpCode.Code is Code.Leave or Code.Leave_S or Code.Endfinally)
        {
            return []; // both empty the stack
        }
        var pops = Analysis.StackEffect.Pops(instruction, method);
        if (pops > stack.Length)
        {
            throw new TwinUnsupportedException($"IL_{instruction.Offset:x4} pops {pops} values from a stack of {stack.Length}");
        }
        var rest = stack[..^pops];
        var pushed = Pushed(method, instruction, stack);
        return pushed is null ? rest : [.. rest, .. pushed];
    }

    private static StackSlot I32 => new(ShadowKind.I32, null);

    /// <summary>What an instruction pushes; null when nothing. Throws for what twins do not handle.</summary>
    private static StackSlot[]? Pushed(MethodDefinition method, Instruction instruction, StackSlot[] stack)
    {
        var code = instruction.OpCode.Code;
        switch (code)
        {
            case Code.Ldc_I4_M1 or Code.Ldc_I4_0 or Code.Ldc_I4_1 or Code.Ldc_I4_2 or Code.Ldc_I4_3 or Code.Ldc_I4_4 or Code.Ldc_I4_5
                or Code.Ldc_I4_6 or Code.Ldc_I4_7 or Code.Ldc_I4_8 or Code.Ldc_I4_S or Code.Ldc_I4:
                return [I32];
            case Code.Ldc_I8:
                return [new(ShadowKind.I64, null)];
            case Code.Ldc_R8:
                return [new(ShadowKind.F64, null)];
            case Code.Ldnull:
                return [new(ShadowKind.Ref, null)];
            case Code.Ldstr:
                return [StackSlot.Of(method.Module.TypeSystem.String)];
            case Code.Ldloc_0 or Code.Ldloc_1 or Code.Ldloc_2 or Code.Ldloc_3 or Code.Ldloc_S or Code.Ldloc:
                return [StackSlot.Of(IlOperands.Local(method, instruction).VariableType)];
            case Code.Ldarg_0 or Code.Ldarg_1 or Code.Ldarg_2 or Code.Ldarg_3 or Code.Ldarg_S or Code.Ldarg:
                return [StackSlot.Of(IlOperands.ArgumentType(method, IlOperands.ArgumentIndex(method, instruction)))];
            case Code.Ldloca or Code.Ldloca_S or Code.Ldarga or Code.Ldarga_S or Code.Ldflda:
                return [StackSlot.Address(PrimitiveReceivers.KindOf(method, instruction), PrimitiveReceivers.ConsumingCall(method, instruction).DeclaringType)];
            case Code.Dup:
                return [stack[^1], stack[^1]];
            case Code.Add or Code.Sub or Code.Mul or Code.Div or Code.Rem or Code.Div_Un or Code.Rem_Un or Code.And or Code.Or or Code.Xor or Code.Shl or Code.Shr
                or Code.Shr_Un or Code.Add_Ovf or Code.Sub_Ovf or Code.Mul_Ovf:
                return [new(stack[^2].Kind, null)];
            case Code.Neg or Code.Not:
                return [new(stack[^1].Kind, null)];
            case Code.Ceq or Code.Cgt or Code.Cgt_Un or Code.Clt or Code.Clt_Un:
                return [I32];
            case Code.Conv_I1 or Code.Conv_U1 or Code.Conv_I2 or Code.Conv_U2 or Code.Conv_I4 or Code.Conv_U4:
                return [I32];
            case Code.Conv_I or Code.Conv_Ovf_I:
                // A native int, which C# makes only of array indices here: an int32 in traces.
                return [I32];
            case Code.Conv_I8 or Code.Conv_U8:
                return [new(ShadowKind.I64, null)];
            case Code.Conv_R8:
                return [new(ShadowKind.F64, null)];
            case Code.Ldfld:
            case Code.Ldsfld:
                return [StackSlot.Of(((FieldReference)instruction.Operand).FieldType)];
            case Code.Ldlen:
                return [I32]; // the twin follows ldlen with conv.i4: array lengths are int32 in traces
            case Code.Newarr:
                return [StackSlot.Of(new ArrayType((TypeReference)instruction.Operand))];
            case Code.Ldelem_I1 or Code.Ldelem_U1 or Code.Ldelem_I2 or Code.Ldelem_U2 or Code.Ldelem_I4 or Code.Ldelem_U4:
                return [I32];
            case Code.Ldelem_I8:
                return [new(ShadowKind.I64, null)];
            case Code.Ldelem_R8:
                return [new(ShadowKind.F64, null)];
            case Code.Ldelem_Ref:
                return [stack[^2].Type is ArrayType array ? StackSlot.Of(array.ElementType) : new(ShadowKind.Ref, null)];
            case Code.Ldelem_Any:
                return [StackSlot.Of((TypeReference)instruction.Operand)];
            case Code.Castclass or Code.Isinst:
                return [StackSlot.Of((TypeReference)instruction.Operand)];
            case Code.Newobj:
                return [StackSlot.Of(((MethodReference)instruction.Operand).DeclaringType)];
            case Code.Call or Code.Callvirt:
                var callee = (MethodReference)instruction.Operand;
                if (callee.ReturnType.MetadataType == MetadataType.Void)
                {
                    return null;
                }
                return [StackSlot.Of(GenericArguments.ReturnType(callee))];
            case Code.Nop or Code.Pop or Code.Ret or Code.Br or Code.Br_S or Code.Brtrue or Code.Brtrue_S or Code.Brfalse or Code.Brfalse_S
                or Code.Beq or Code.Beq_S or Code.Bne_Un or Code.Bne_Un_S or Code.Blt or Code.Blt_S or Code.Ble or Code.Ble_S
                or Code.Bgt or Code.Bgt_S or Code.Bge or Code.Bge_S or Code.Blt_Un or Code.Blt_Un_S or Code.Ble_Un or Code.Ble_Un_S
                or Code.Bgt_Un or Code.Bgt_Un_S or Code.Bge_Un or Code.Bge_Un_S or Code.Switch
                or Code.Stloc_0 or Code.Stloc_1 or Code.Stloc_2 or Code.Stloc_3 or Code.Stloc_S or Code.Stloc
                or Code.Starg or Code.Starg_S or Code.Stfld or Code.Stsfld or Code.Throw or Code.Rethrow
                or Code.Stelem_I1 or Code.Stelem_I2 or Code.Stelem_I4 or Code.Stelem_I8 or Code.Stelem_R8 or Code.Stelem_Ref or Code.Stelem_Any:
                return null;
            default:
                throw new TwinUnsupportedException($"the opcode {instruction.OpCode.Name} at IL_{instruction.Offset:x4} is not handled by the twin generator yet");
        }
    }
}
