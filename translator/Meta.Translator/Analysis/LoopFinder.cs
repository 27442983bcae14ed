namespace Meta.Translator.Analysis;

/// <summary>
/// Finds loops the way RPython's translator/backendopt/support.py does (find_backedges, then
/// the loop body of each back edge): an edge to a block that dominates its source is a back
/// edge; its natural loop is the header plus every block that reaches the latch without passing
/// the header. Back edges to one header form one loop. C# compiles to reducible graphs, so every
/// cycle has such a back edge.
/// </summary>
public static class LoopFinder
{
    public static IReadOnlyList<NaturalLoop> Find(ControlFlowGraph graph, Dominators dominators)
    {
        var latchesByHeader = new Dictionary<BasicBlock, List<BasicBlock>>();
        foreach (var block in graph.Blocks)
        {
            foreach (var successor in block.Successors)
            {
                if (dominators.Dominates(successor, block))
                {
                    if (!latchesByHeader.TryGetValue(successor, out var latches))
                    {
                        latchesByHeader[successor] = latches = [];
                    }
                    latches.Add(block);
                }
            }
        }
        var loops = new List<NaturalLoop>();
        foreach (var (header, latches) in latchesByHeader)
        {
            var body = new HashSet<BasicBlock> { header };
            var work = new Stack<BasicBlock>(latches);
            while (work.Count > 0)
            {
                var block = work.Pop();
                if (body.Add(block))
                {
                    foreach (var predecessor in block.Predecessors)
                    {
                        work.Push(predecessor);
                    }
                }
            }
            loops.Add(new NaturalLoop(header, latches, body));
        }
        return loops;
    }
}
