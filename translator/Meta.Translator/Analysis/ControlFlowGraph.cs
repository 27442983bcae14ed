using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Meta.Translator.Analysis;

/// <summary>
/// Basic blocks of a method body and the edges between them. Exceptional control flow is
/// over-approximated the usual way: every block of a protected region may go to its handler
/// (and filter), and a finally's endfinally may go to every target the region is left for.
/// Block 0 is the entry.
/// </summary>
public sealed class ControlFlowGraph
{
    private readonly Dictionary<Instruction, BasicBlock> _blockOf = [];

    private ControlFlowGraph(MethodDefinition method) => Method = method;

    public MethodDefinition Method { get; }
    public List<BasicBlock> Blocks { get; } = [];

    public BasicBlock BlockOf(Instruction instruction) => _blockOf[instruction];

    public static ControlFlowGraph Build(MethodDefinition method)
    {
        var graph = new ControlFlowGraph(method);
        var body = method.Body;
        var instructions = body.Instructions;
        if (instructions.Count == 0)
        {
            return graph;
        }
        var leaders = new HashSet<Instruction> { instructions[0] };
        foreach (var instruction in instructions)
        {
            foreach (var target in BranchTargets(instruction))
            {
                leaders.Add(target);
            }
            if (EndsBlock(instruction) && instruction.Next is { } next)
            {
                leaders.Add(next);
            }
        }
        foreach (var handler in body.ExceptionHandlers)
        {
            leaders.Add(handler.TryStart);
            leaders.Add(handler.HandlerStart);
            if (handler.TryEnd is { } tryEnd)
            {
                leaders.Add(tryEnd);
            }
            if (handler.HandlerEnd is { } handlerEnd)
            {
                leaders.Add(handlerEnd);
            }
            if (handler.FilterStart is { } filter)
            {
                leaders.Add(filter);
            }
        }
        BasicBlock? current = null;
        foreach (var instruction in instructions)
        {
            if (current is null || leaders.Contains(instruction))
            {
                current = new BasicBlock(graph.Blocks.Count);
                graph.Blocks.Add(current);
            }
            current.Instructions.Add(instruction);
            graph._blockOf[instruction] = current;
        }
        foreach (var block in graph.Blocks)
        {
            var last = block.Last;
            foreach (var target in BranchTargets(last))
            {
                graph.AddEdge(block, graph._blockOf[target]);
            }
            if (!IsUnconditional(last) && last.Next is { } next)
            {
                graph.AddEdge(block, graph._blockOf[next]);
            }
        }
        foreach (var handler in body.ExceptionHandlers)
        {
            var entries = new List<BasicBlock> { graph._blockOf[handler.HandlerStart] };
            if (handler.FilterStart is { } filter)
            {
                entries.Add(graph._blockOf[filter]);
            }
            var tryBlocks = graph.BlocksIn(handler.TryStart, handler.TryEnd);
            foreach (var block in tryBlocks)
            {
                foreach (var entry in entries)
                {
                    graph.AddEdge(block, entry);
                }
            }
            if (handler.HandlerType is ExceptionHandlerType.Finally or ExceptionHandlerType.Fault)
            {
                // Where the region is left to, the finally goes after its endfinally.
                var exits = tryBlocks.Where(b => b.Last.OpCode.Code is Code.Leave or Code.Leave_S)
                    .Select(b => graph._blockOf[(Instruction)b.Last.Operand]).ToList();
                foreach (var block in graph.BlocksIn(handler.HandlerStart, handler.HandlerEnd))
                {
                    if (block.Last.OpCode.Code == Code.Endfinally)
                    {
                        foreach (var exit in exits)
                        {
                            graph.AddEdge(block, exit);
                        }
                    }
                }
            }
        }
        return graph;
    }

    private List<BasicBlock> BlocksIn(Instruction start, Instruction? end)
    {
        var endOffset = end?.Offset ?? int.MaxValue;
        return [.. Blocks.Where(b => b.First.Offset >= start.Offset && b.First.Offset < endOffset)];
    }

    private void AddEdge(BasicBlock from, BasicBlock to)
    {
        if (!from.Successors.Contains(to))
        {
            from.Successors.Add(to);
            to.Predecessors.Add(from);
        }
    }

    public static IEnumerable<Instruction> BranchTargets(Instruction instruction) => instruction.Operand switch
    {
        Instruction target when instruction.OpCode.OperandType is OperandType.InlineBrTarget or OperandType.ShortInlineBrTarget => [target],
        Instruction[] targets => targets,
        _ => [],
    };

    private static bool EndsBlock(Instruction instruction) =>
        instruction.OpCode.FlowControl is FlowControl.Branch or FlowControl.Cond_Branch or FlowControl.Return or FlowControl.Throw
        || instruction.OpCode.Code is Code.Endfinally or Code.Endfilter or Code.Leave or Code.Leave_S or Code.Jmp;

    private static bool IsUnconditional(Instruction instruction) =>
        instruction.OpCode.FlowControl is FlowControl.Branch or FlowControl.Return or FlowControl.Throw
        || instruction.OpCode.Code is Code.Endfinally or Code.Endfilter or Code.Leave or Code.Leave_S or Code.Jmp;
}
