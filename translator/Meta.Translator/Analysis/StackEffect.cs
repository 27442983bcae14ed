using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Meta.Translator.Analysis;

/// <summary>How many values an IL instruction pops and pushes (ECMA-335 III.1.2, per opcode's stack behaviour).</summary>
public static class StackEffect
{
    public static int Pops(Instruction instruction, MethodDefinition method)
    {
        var op = instruction.OpCode;
        if (op.StackBehaviourPop == StackBehaviour.Varpop)
        {
            if (op.Code == Code.Ret)
            {
                return method.ReturnType.MetadataType == MetadataType.Void ? 0 : 1;
            }
            var callee = instruction.Operand switch
            {
                MethodReference m => (IMethodSignature)m,
                CallSite site => site,
                _ => throw new InvalidOperationException($"variable pop without a signature at {instruction}"),
            };
            var count = callee.Parameters.Count;
            if (callee.HasThis && op.Code != Code.Newobj)
            {
                count++;
            }
            if (op.Code == Code.Calli)
            {
                count++; // the function pointer
            }
            return count;
        }
        return op.StackBehaviourPop switch
        {
            StackBehaviour.Pop0 => 0,
            StackBehaviour.Pop1 or StackBehaviour.Popi or StackBehaviour.Popref => 1,
            StackBehaviour.Pop1_pop1 or StackBehaviour.Popi_pop1 or StackBehaviour.Popi_popi or StackBehaviour.Popi_popi8
                or StackBehaviour.Popi_popr4 or StackBehaviour.Popi_popr8 or StackBehaviour.Popref_pop1 or StackBehaviour.Popref_popi => 2,
            StackBehaviour.Popi_popi_popi or StackBehaviour.Popref_popi_popi or StackBehaviour.Popref_popi_popi8
                or StackBehaviour.Popref_popi_popr4 or StackBehaviour.Popref_popi_popr8 or StackBehaviour.Popref_popi_popref => 3,
            // leave and endfinally empty the stack; nothing is left on it that a caller of this helper tracks.
            StackBehaviour.PopAll => 0,
            _ => throw new InvalidOperationException($"unknown pop behaviour {op.StackBehaviourPop} of {op}"),
        };
    }

    public static int Pushes(Instruction instruction)
    {
        var op = instruction.OpCode;
        if (op.StackBehaviourPush == StackBehaviour.Varpush)
        {
            if (op.Code == Code.Newobj)
            {
                return 1;
            }
            var callee = instruction.Operand switch
            {
                MethodReference m => (IMethodSignature)m,
                CallSite site => site,
                _ => throw new InvalidOperationException($"variable push without a signature at {instruction}"),
            };
            return callee.ReturnType.MetadataType == MetadataType.Void ? 0 : 1;
        }
        return op.StackBehaviourPush switch
        {
            StackBehaviour.Push0 => 0,
            StackBehaviour.Push1 or StackBehaviour.Pushi or StackBehaviour.Pushi8 or StackBehaviour.Pushr4
                or StackBehaviour.Pushr8 or StackBehaviour.Pushref => 1,
            StackBehaviour.Push1_push1 => 2,
            _ => throw new InvalidOperationException($"unknown push behaviour {op.StackBehaviourPush} of {op}"),
        };
    }
}
