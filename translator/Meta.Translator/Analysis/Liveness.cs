using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Meta.Translator.Analysis;

/// <summary>
/// Backward liveness of locals and arguments over a control flow graph: a variable is live at a
/// point when some path from there reads it before writing it. The merge point rule uses the
/// variables live just after the merge point, which must all be greens or reds: in RPython the
/// reds are by definition everything else live at jit_merge_point (rlib/jit.py JitDriver).
/// </summary>
public sealed class Liveness
{
    private readonly ControlFlowGraph _graph;
    private readonly Dictionary<BasicBlock, HashSet<Variable>> _liveOut = [];
    private readonly HashSet<Instruction> _initializingAddresses = [];

    public Liveness(ControlFlowGraph graph)
    {
        _graph = graph;
        var method = graph.Method;
        FindInitializingAddresses(graph);
        var liveIn = graph.Blocks.ToDictionary(b => b, _ => new HashSet<Variable>());
        foreach (var block in graph.Blocks)
        {
            _liveOut[block] = [];
        }
        var changed = true;
        while (changed)
        {
            changed = false;
            for (var i = graph.Blocks.Count - 1; i >= 0; i--)
            {
                var block = graph.Blocks[i];
                var live = _liveOut[block];
                foreach (var successor in block.Successors)
                {
                    live.UnionWith(liveIn[successor]);
                }
                var entry = Transfer(block.Instructions.Count - 1, block, new HashSet<Variable>(live), method);
                if (!entry.SetEquals(liveIn[block]))
                {
                    liveIn[block] = entry;
                    changed = true;
                }
            }
        }
    }

    /// <summary>
    /// A struct variable's address taken to initialize the whole struct (<c>ldloca; initobj</c>
    /// for <c>new S { ... }</c> and <c>default</c>, or the receiver of a struct constructor call)
    /// writes the variable and does not read it.
    /// </summary>
    private void FindInitializingAddresses(ControlFlowGraph graph)
    {
        foreach (var instruction in graph.Method.Body.Instructions)
        {
            if (instruction.OpCode.Code is Code.Ldloca or Code.Ldloca_S && instruction.Next?.OpCode.Code == Code.Initobj)
            {
                _initializingAddresses.Add(instruction);
            }
            else if (instruction.OpCode.Code == Code.Call && instruction.Operand is MethodReference { Name: ".ctor", HasThis: true }
                     && CallArguments.Find(instruction, graph.Method, graph).Producers[0] is { OpCode.Code: Code.Ldloca or Code.Ldloca_S } address)
            {
                _initializingAddresses.Add(address);
            }
        }
    }

    /// <summary>Variables live just after <paramref name="instruction"/> executes.</summary>
    public IReadOnlySet<Variable> LiveAfter(Instruction instruction)
    {
        var block = _graph.BlockOf(instruction);
        var index = block.Instructions.IndexOf(instruction);
        var live = new HashSet<Variable>(_liveOut[block]);
        return Transfer(block.Instructions.Count - 1, block, live, _graph.Method, stopAfter: index);
    }

    /// <summary>Variables live just before <paramref name="instruction"/> executes (it included): what a frame resumed there reads.</summary>
    public IReadOnlySet<Variable> LiveBefore(Instruction instruction)
    {
        var block = _graph.BlockOf(instruction);
        var index = block.Instructions.IndexOf(instruction);
        var live = new HashSet<Variable>(_liveOut[block]);
        return Transfer(block.Instructions.Count - 1, block, live, _graph.Method, stopAfter: index - 1);
    }

    private HashSet<Variable> Transfer(int from, BasicBlock block, HashSet<Variable> live, MethodDefinition method, int stopAfter = -1)
    {
        for (var i = from; i > stopAfter; i--)
        {
            var instruction = block.Instructions[i];
            if (_initializingAddresses.Contains(instruction))
            {
                live.Remove(VariableAccess.Read(instruction, method)!.Value);
                continue;
            }
            if (VariableAccess.Written(instruction, method) is { } written)
            {
                live.Remove(written);
            }
            if (VariableAccess.Read(instruction, method) is { } read)
            {
                live.Add(read);
            }
        }
        return live;
    }
}
