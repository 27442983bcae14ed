namespace Meta.Translator.Analysis;

/// <summary>
/// Immediate dominators of a control flow graph's blocks, by the iterative algorithm of Cooper,
/// Harvey and Kennedy ("A Simple, Fast Dominance Algorithm", 2001) over reverse postorder.
/// Blocks unreachable from the entry have no dominator and dominate nothing.
/// </summary>
public sealed class Dominators
{
    private readonly int[] _idom;
    private readonly int[] _order;

    public Dominators(ControlFlowGraph graph)
    {
        var count = graph.Blocks.Count;
        _idom = Enumerable.Repeat(-1, count).ToArray();
        _order = Enumerable.Repeat(-1, count).ToArray();
        if (count == 0)
        {
            return;
        }
        var postorder = Postorder(graph);
        for (var i = 0; i < postorder.Count; i++)
        {
            _order[postorder[i].Index] = i;
        }
        _idom[0] = 0;
        var changed = true;
        while (changed)
        {
            changed = false;
            for (var i = postorder.Count - 1; i >= 0; i--)
            {
                var block = postorder[i];
                if (block.Index == 0)
                {
                    continue;
                }
                var newIdom = -1;
                foreach (var predecessor in block.Predecessors)
                {
                    if (_idom[predecessor.Index] < 0)
                    {
                        continue;
                    }
                    newIdom = newIdom < 0 ? predecessor.Index : Intersect(predecessor.Index, newIdom);
                }
                if (newIdom >= 0 && _idom[block.Index] != newIdom)
                {
                    _idom[block.Index] = newIdom;
                    changed = true;
                }
            }
        }
    }

    private int Intersect(int a, int b)
    {
        while (a != b)
        {
            while (_order[a] < _order[b])
            {
                a = _idom[a];
            }
            while (_order[b] < _order[a])
            {
                b = _idom[b];
            }
        }
        return a;
    }

    /// <summary>Whether every path from the entry to <paramref name="block"/> passes <paramref name="dominator"/>.</summary>
    public bool Dominates(BasicBlock dominator, BasicBlock block)
    {
        var current = block.Index;
        if (_idom[current] < 0)
        {
            return false;
        }
        while (true)
        {
            if (current == dominator.Index)
            {
                return true;
            }
            if (current == 0)
            {
                return false;
            }
            current = _idom[current];
        }
    }

    public static List<BasicBlock> Postorder(ControlFlowGraph graph)
    {
        var result = new List<BasicBlock>();
        var visited = new bool[graph.Blocks.Count];
        var stack = new Stack<(BasicBlock Block, int Next)>();
        stack.Push((graph.Blocks[0], 0));
        visited[0] = true;
        while (stack.Count > 0)
        {
            var (block, next) = stack.Pop();
            if (next < block.Successors.Count)
            {
                stack.Push((block, next + 1));
                var successor = block.Successors[next];
                if (!visited[successor.Index])
                {
                    visited[successor.Index] = true;
                    stack.Push((successor, 0));
                }
            }
            else
            {
                result.Add(block);
            }
        }
        return result;
    }
}
