using Meta.Tracing.IR;

namespace Meta.Optimizer.Passes;

/// <summary>
/// The shape of the values at a peeled loop's label, after RPython's virtualstate.py: which are
/// virtuals (their class or array type, which fields hold what) and which are plain values. The
/// label passes the plain values and the virtuals' fields ("leaves"), so that a virtual flowing
/// around the loop is never allocated; the body starts with virtuals rebuilt over the leaves, and
/// its jump back must bring values of the same shape (same classes, same fields set, the same
/// sharing), or the loop cannot keep them virtual.
/// </summary>
internal sealed class VirtualState
{
    private abstract class Shape;

    /// <summary>A plain value: the label argument at <see cref="Index"/>.</summary>
    private sealed class Leaf(int index) : Shape
    {
        public int Index { get; } = index;
    }

    /// <summary>A virtual: its type, and the shapes of its non-default fields and items.</summary>
    private sealed class Node(Descr descr, int length) : Shape
    {
        public Descr Descr { get; } = descr;
        public int Length { get; } = length;
        public List<(FieldDescr Field, Shape Shape)> Fields { get; } = [];
        public List<(int Index, Shape Shape)> Items { get; } = [];
    }

    private readonly Shape[] _positions;

    private VirtualState(Shape[] positions, int leafCount)
    {
        _positions = positions;
        LeafCount = leafCount;
    }

    /// <summary>How many values it is the shape of.</summary>
    public int Count => _positions.Length;

    /// <summary>How many label arguments the values become.</summary>
    public int LeafCount { get; }

    /// <summary>Whether some value is a virtual (else the label passes the values as they are).</summary>
    public bool HasVirtuals => _positions.Any(shape => shape is Node);

    /// <summary>The shape of <paramref name="values"/>; <paramref name="leaves"/> receives the label arguments.</summary>
    public static VirtualState Of(IReadOnlyList<Value> values, Func<Value, VirtualInfo?> virtualOf, List<Value> leaves)
    {
        var nodes = new Dictionary<VirtualInfo, Node>();
        Shape Flatten(Value value)
        {
            if (virtualOf(value) is not { } info)
            {
                leaves.Add(value);
                return new Leaf(leaves.Count - 1);
            }
            if (nodes.TryGetValue(info, out var known))
            {
                return known;
            }
            var node = new Node(info.Descr, info.Length);
            nodes.Add(info, node);
            foreach (var (field, fieldValue) in info.Fields.Where(entry => !VirtualInfo.IsDefault(entry.Value)))
            {
                node.Fields.Add((field, Flatten(fieldValue)));
            }
            for (var i = 0; i < info.Length; i++)
            {
                if (info.Items[i] is { } item && !VirtualInfo.IsDefault(item))
                {
                    node.Items.Add((i, Flatten(item)));
                }
            }
            return node;
        }
        var positions = values.Select(Flatten).ToArray();
        return new VirtualState(positions, leaves.Count);
    }

    /// <summary>
    /// The body's values over the label's arguments <paramref name="leafNames"/>: a virtual is
    /// built again (its allocation not emitted) and handed to <paramref name="allocate"/>.
    /// </summary>
    public IReadOnlyList<Value> Rebuild(IReadOnlyList<Value> leafNames, Action<Operation, VirtualInfo> allocate)
    {
        var built = new Dictionary<Node, Operation>();
        Value Build(Shape shape)
        {
            if (shape is Leaf leaf)
            {
                return leafNames[leaf.Index];
            }
            var node = (Node)shape;
            if (built.TryGetValue(node, out var known))
            {
                return known;
            }
            Operation allocation;
            VirtualInfo info;
            if (node.Descr is ArrayDescr array)
            {
                allocation = new Operation(Opcode.NewArray, [Constant.Int(node.Length)], array);
                info = new VirtualInfo(allocation, array, node.Length);
            }
            else
            {
                allocation = new Operation(Opcode.New, [], node.Descr);
                info = new VirtualInfo(allocation, (ClassDescr)node.Descr);
            }
            built.Add(node, allocation);
            allocate(allocation, info);
            foreach (var (field, fieldShape) in node.Fields)
            {
                info.SetField(field, Build(fieldShape));
            }
            foreach (var (index, itemShape) in node.Items)
            {
                info.SetItem(index, Build(itemShape));
            }
            return allocation;
        }
        return _positions.Select(Build).ToList();
    }

    /// <summary>
    /// The label arguments for <paramref name="values"/> at a jump back to the label, or null
    /// when they do not have this shape. Leaves may still be virtuals (the caller forces them),
    /// but none that a node stands for, nor one holding such a virtual.
    /// </summary>
    public List<Value>? Match(IReadOnlyList<Value> values, Func<Value, VirtualInfo?> virtualOf)
    {
        var leaves = new Value?[LeafCount];
        var matched = new Dictionary<Node, VirtualInfo>();
        var matchedInfos = new HashSet<VirtualInfo>();
        bool Fits(Shape shape, Value value)
        {
            if (shape is Leaf leaf)
            {
                leaves[leaf.Index] = value;
                return true;
            }
            var node = (Node)shape;
            if (virtualOf(value) is not { } info || info.Descr != node.Descr || info.Length != node.Length)
            {
                return false;
            }
            if (matched.TryGetValue(node, out var earlier))
            {
                return ReferenceEquals(earlier, info);
            }
            if (!matchedInfos.Add(info))
            {
                return false;
            }
            matched.Add(node, info);
            var fieldsSet = info.Fields.Where(entry => !VirtualInfo.IsDefault(entry.Value)).Select(entry => entry.Field);
            var itemsSet = Enumerable.Range(0, info.Length).Where(i => info.Items[i] is { } item && !VirtualInfo.IsDefault(item));
            return fieldsSet.All(field => node.Fields.Any(entry => entry.Field == field))
                && itemsSet.All(index => node.Items.Any(entry => entry.Index == index))
                && node.Fields.All(entry => Fits(entry.Shape, info.GetField(entry.Field)))
                && node.Items.All(entry => Fits(entry.Shape, info.GetItem(entry.Index)));
        }
        for (var i = 0; i < _positions.Length; i++)
        {
            if (!Fits(_positions[i], values[i]))
            {
                return null;
            }
        }
        var reachableFromLeaves = new HashSet<VirtualInfo>();
        void Reach(Value value)
        {
            if (virtualOf(value) is { } info && reachableFromLeaves.Add(info))
            {
                foreach (var (_, fieldValue) in info.Fields)
                {
                    Reach(fieldValue);
                }
                foreach (var item in info.Items)
                {
                    if (item is not null)
                    {
                        Reach(item);
                    }
                }
            }
        }
        foreach (var leaf in leaves)
        {
            Reach(leaf!);
        }
        return reachableFromLeaves.Overlaps(matchedInfos) ? null : leaves.Select(leaf => leaf!).ToList();
    }
}

/// <summary>The values at a peeled loop's jump do not have the shape its label was given: peel again without carrying virtuals.</summary>
internal sealed class VirtualStateMismatchException() : Exception("the loop's jump does not bring its virtuals in the shape of its label");
