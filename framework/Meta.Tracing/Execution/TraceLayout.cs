using Meta.Tracing.IR;

namespace Meta.Tracing.Execution;

/// <summary>
/// What the IR interpreter precomputes about one trace: a slot for every value (inputs first, in
/// order), the index of every guard among the trace's guards, and where each label is.
/// </summary>
internal sealed class TraceLayout
{
    private readonly Dictionary<Value, int> _slots = [];
    private readonly Dictionary<Operation, int> _guardIndexes = [];
    private readonly Dictionary<TargetToken, int> _labelPositions = [];

    public TraceLayout(Trace trace)
    {
        Trace = trace;
        foreach (var input in trace.Inputs)
        {
            _slots.Add(input, _slots.Count);
        }
        for (var index = 0; index < trace.Operations.Count; index++)
        {
            var op = trace.Operations[index];
            if (op.Kind != ValueKind.Void)
            {
                _slots.Add(op, _slots.Count);
            }
            if (op.IsGuard)
            {
                _guardIndexes.Add(op, _guardIndexes.Count);
            }
            if (op is { Opcode: Opcode.Label, Descr: TargetToken token })
            {
                _labelPositions.Add(token, index);
            }
        }
    }

    public Trace Trace { get; }

    public int SlotCount => _slots.Count;

    public int Slot(Value value) => _slots[value];

    public int GuardIndex(Operation guard) => _guardIndexes[guard];

    /// <summary>The position of the label that defines the target, or -1 when this trace does not.</summary>
    public int LabelPosition(TargetToken token) => _labelPositions.GetValueOrDefault(token, -1);
}
