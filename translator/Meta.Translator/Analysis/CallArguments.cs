using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Meta.Translator.Analysis;

/// <summary>
/// Which instructions computed a call's arguments, found by walking back from the call in its
/// block while counting stack values. An argument that is a single load (a variable, a static
/// field, a constant) gets that load as its producer; an argument computed by an expression gets
/// null. Hint calls need exactly this: their arguments must be plain variables, and anything else
/// is reported. <see cref="Starts"/> holds the first instruction of each argument's expression
/// (for <c>typeof(T)</c>: its ldtoken). <see cref="Start"/> is the first instruction of the whole
/// sequence (receiver and arguments), or null when the walk had to stop (a dup, a store, or the
/// start of the block); arguments the walk did not reach have null producers and starts.
/// </summary>
public sealed record CallArguments(Instruction?[] Producers, Instruction?[] Starts, Instruction? Start)
{
    public static CallArguments Find(Instruction call, MethodDefinition method, ControlFlowGraph graph)
    {
        var callee = (MethodReference)call.Operand;
        var count = callee.Parameters.Count + (callee.HasThis && call.OpCode.Code != Code.Newobj ? 1 : 0);
        var producers = new Instruction?[count];
        var starts = new Instruction?[count];
        var block = graph.BlockOf(call);
        var slot = count - 1;
        var owed = 0; // values still to be produced for the argument expression being walked
        Instruction? start = count == 0 ? call : null;
        for (var current = call.Previous; current is not null && graph.BlockOf(current) == block && (slot >= 0 || owed > 0); current = current.Previous)
        {
            if (current.OpCode.Code == Code.Nop)
            {
                continue;
            }
            var pops = StackEffect.Pops(current, method);
            if (StackEffect.Pushes(current) != 1 || current.OpCode.Code == Code.Dup)
            {
                break;
            }
            if (owed == 0)
            {
                producers[slot] = pops == 0 ? current : null;
                starts[slot] = current;
                slot--;
            }
            else
            {
                owed--;
                starts[slot + 1] = current;
            }
            owed += pops;
            if (slot < 0 && owed == 0)
            {
                start = current;
            }
        }
        return new CallArguments(producers, starts, start);
    }
}
