using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Meta.Translator.Analysis;

/// <summary>
/// The instructions that pushed a call's arguments, when each argument is a single load (a
/// variable, a static field, a constant) right before the call in the same block; an argument
/// computed by an expression comes back as null. Hint calls need exactly this: their arguments
/// must be plain variables, and anything else is reported, so no general stack analysis is needed.
/// </summary>
public static class CallArguments
{
    /// <summary>Producers of the receiver (if any) and the arguments, in push order.</summary>
    public static Instruction?[] Producers(Instruction call, MethodDefinition method, ControlFlowGraph graph)
    {
        var callee = (MethodReference)call.Operand;
        var count = callee.Parameters.Count + (callee.HasThis && call.OpCode.Code != Code.Newobj ? 1 : 0);
        var producers = new Instruction?[count];
        var block = graph.BlockOf(call);
        var slot = count - 1;
        for (var current = call.Previous; slot >= 0 && current is not null && graph.BlockOf(current) == block; current = current.Previous)
        {
            if (current.OpCode.Code == Code.Nop)
            {
                continue;
            }
            if (StackEffect.Pops(current, method) != 0 || StackEffect.Pushes(current) != 1)
            {
                break;
            }
            producers[slot--] = current;
        }
        return producers;
    }
}
