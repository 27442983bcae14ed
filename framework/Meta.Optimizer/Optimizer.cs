using Meta.Optimizer.Passes;
using Meta.Tracing.IR;

namespace Meta.Optimizer;

/// <summary>
/// One run of the optimizer over one trace: feeds the operations, with forwarded operands,
/// through the chain of passes and collects what comes out. Holds the state passes share:
/// which value stands for which (forwarding) and what is known of each value.
/// </summary>
public sealed class Optimizer
{
    private readonly Dictionary<Value, Value> _forwarded = [];
    private readonly Dictionary<Value, ValueInfo> _infos = [];
    private readonly List<Operation> _output = [];
    private readonly IReadOnlyList<OptimizationPass> _passes;
    private IReadOnlyList<Value>? _labelOperands;
    private Descr? _loopHeader;

    public Optimizer(IReadOnlyList<OptimizationPass> passes)
    {
        if (passes.Count == 0)
        {
            throw new ArgumentException("an optimizer needs at least one pass", nameof(passes));
        }
        _passes = passes;
        for (var i = 0; i < passes.Count; i++)
        {
            passes[i].Attach(this, i + 1 < passes.Count ? passes[i + 1] : null);
        }
    }

    /// <summary>
    /// Optimizes a trace with the passes of <paramref name="pipeline"/>, fresh for this run; a jump
    /// to a short preamble's target in <paramref name="labelShapes"/> enters its loop's label.
    /// </summary>
    public static Trace Optimize(Trace trace, IReadOnlyList<Func<OptimizationPass>> pipeline, LabelShapes? labelShapes = null) =>
        new Optimizer(pipeline.Select(create => create()).ToList()) { LabelShapes = labelShapes }.Run(trace);

    /// <summary>The operations emitted so far.</summary>
    public IReadOnlyList<Operation> Output => _output;

    public Trace Run(Trace trace)
    {
        foreach (var op in trace.Operations)
        {
            Feed(op);
        }
        return new Trace(trace.Inputs, _output);
    }

    /// <summary>Sends one operation of the input through the passes, its operands forwarded.</summary>
    public void Feed(Operation op)
    {
        if (op.Opcode == Opcode.Label)
        {
            _labelOperands = op.Operands;
        }
        FeedForwarded(op);
    }

    /// <summary>
    /// Loop peeling's loop header: the passes see it as a label, but it never reaches the trace
    /// (the peeler gives the varying values fresh names itself), so its arguments are left alone.
    /// </summary>
    internal void FeedLoopHeader(Operation label, Func<Value, bool> isInvariant)
    {
        _labelOperands = null;
        _loopHeader = label.Descr;
        LoopInvariance = isInvariant;
        FeedForwarded(label);
    }

    /// <summary>After loop peeling fed the loop header: which values are loop-invariant (null before).</summary>
    public Func<Value, bool>? LoopInvariance { get; private set; }

    /// <summary>What the passes added to the loop header, as reads from the loop's inputs (see <see cref="OptimizationPass.CarriedReads"/>).</summary>
    internal IReadOnlyList<Operation> CarriedReads => _passes.SelectMany(pass => pass.CarriedReads).ToList();

    /// <summary>
    /// Tells the passes the body's names of the loop header's operands as the last pass emitted
    /// them; returns the body's values for the operands loop peeling fed (see <see cref="OptimizationPass.NameHeaderOperands"/>).
    /// </summary>
    internal IReadOnlyList<Value> NameHeaderOperands(IReadOnlyList<Value> freshNames)
    {
        var names = freshNames;
        for (var i = _passes.Count - 1; i >= 0; i--)
        {
            names = _passes[i].NameHeaderOperands(names);
        }
        return names;
    }

    /// <summary>Whether virtuals reaching a loop header cross it as their fields (else they are allocated there).</summary>
    internal bool CarriesVirtualsAcrossLoops { get; set; } = true;

    /// <summary>The shape of the virtuals that crossed the loop header as their fields; null when none did.</summary>
    internal VirtualState? HeaderShape => _passes.Select(pass => pass.HeaderShape).FirstOrDefault(shape => shape is { HasVirtuals: true });

    /// <summary>The loop labels virtuals cross, for jumps to them from bridges (see <see cref="Meta.Optimizer.LabelShapes"/>).</summary>
    public LabelShapes? LabelShapes { get; init; }

    /// <summary>The state at the start of the loop body: the given frame, the registers the passes hold as pending writes, virtuals described.</summary>
    internal ResumeData StateAtLabel(ResumeFrame frame)
    {
        var resume = new ResumeData([frame], _passes.SelectMany(pass => pass.WritesAtLabel).ToList());
        foreach (var pass in _passes)
        {
            resume = pass.DescribeAtLabel(resume);
        }
        return resume;
    }

    /// <summary>
    /// Whether a label is loop peeling's loop header rather than a label of the trace: after the
    /// header, invariant values stay visible (the peeler carries those the body uses), so
    /// what was computed from them may be kept (see <see cref="OptimizationPass.EnterLoopBody"/>).
    /// </summary>
    public bool IsLoopHeader(Operation label) => label.Descr is not null && ReferenceEquals(label.Descr, _loopHeader);

    private void FeedForwarded(Operation op)
    {
        var forwarded = WithForwardedOperands(op);
        if (!ReferenceEquals(forwarded, op))
        {
            Replace(op, forwarded);
        }
        _passes[0].Propagate(forwarded);
    }

    /// <summary>The value that stands for <paramref name="value"/> now (itself when not replaced).</summary>
    public Value Get(Value value)
    {
        while (_forwarded.TryGetValue(value, out var next))
        {
            value = next;
        }
        return value;
    }

    /// <summary>From now on every use of <paramref name="old"/> means <paramref name="replacement"/>.</summary>
    public void Replace(Value old, Value replacement)
    {
        if (old.Kind != replacement.Kind)
        {
            throw new ArgumentException($"a {old.Kind.TextName()} replaced by a {replacement.Kind.TextName()}", nameof(replacement));
        }
        if (!ReferenceEquals(Get(replacement), old))
        {
            _forwarded[old] = replacement;
        }
    }

    /// <summary>The constant a value stands for, or null.</summary>
    public Constant? ConstantOf(Value value) => Get(value) as Constant;

    /// <summary>The facts known of a value (created empty on first use; constants come pre-filled).</summary>
    public ValueInfo Info(Value value)
    {
        value = Get(value);
        if (!_infos.TryGetValue(value, out var info))
        {
            info = new ValueInfo();
            if (value is Constant constant)
            {
                FillFromConstant(info, constant);
            }
            _infos.Add(value, info);
        }
        return info;
    }

    private static void FillFromConstant(ValueInfo info, Constant constant)
    {
        switch (constant.Kind)
        {
            case ValueKind.I32:
                info.Bound = IntBound.Exactly(constant.AsInt);
                break;
            case ValueKind.I64:
                info.Bound = IntBound.Exactly(constant.AsLong);
                break;
            case ValueKind.Ref:
                info.IsNonNull = constant.AsRef is not null;
                break;
        }
    }

    /// <summary>The operation as the passes should see it: operands and resume values forwarded.</summary>
    public Operation WithForwardedOperands(Operation op)
    {
        var changed = false;
        var operands = new Value[op.Operands.Count];
        for (var i = 0; i < operands.Length; i++)
        {
            operands[i] = Get(op.Operands[i]);
            changed |= !ReferenceEquals(operands[i], op.Operands[i]);
        }
        var resume = op.Resume is null ? null : ValueMapping.Map(op.Resume, Get);
        changed |= !ReferenceEquals(resume, op.Resume);
        return changed ? new Operation(op.Opcode, operands, op.Descr, resume) : op;
    }

    /// <summary>
    /// Puts <paramref name="replacement"/> in the place of <paramref name="emitted"/>, an operation
    /// already in the output: a later guard strengthens an earlier one at the earlier place, with
    /// the earlier resume data (RPython's optimizer.replace_guard). False when the output does not
    /// hold that very operation (a later pass changed it, dropped it, or still holds it back).
    /// </summary>
    public bool ReplaceEmitted(Operation emitted, Operation replacement)
    {
        var index = _output.FindLastIndex(op => ReferenceEquals(op, emitted));
        if (index < 0)
        {
            return false;
        }
        _output[index] = replacement;
        return true;
    }

    /// <summary>Called by the last pass: the operation is part of the optimized trace.</summary>
    internal void EmitToOutput(Operation op) =>
        _output.Add(op.Opcode == Opcode.Label && _labelOperands is { } original ? WithDistinctArguments(op, original) : op);

    /// <summary>
    /// A label's arguments are rebound by every jump to it, so they must be distinct values of
    /// the trace. Where forwarding made one a constant or the same value as another, it gets a
    /// copy of its own (a same_as before the label), which its uses after the label then see.
    /// </summary>
    private Operation WithDistinctArguments(Operation label, IReadOnlyList<Value> original)
    {
        var seen = new HashSet<Value>();
        var arguments = label.Operands.ToArray();
        for (var i = 0; i < arguments.Length; i++)
        {
            if (arguments[i] is not Constant && seen.Add(arguments[i]))
            {
                continue;
            }
            var copy = new Operation(Opcode.SameAs, [arguments[i]]);
            _output.Add(copy);
            if (original.Count == arguments.Length && original[i] is not Constant)
            {
                _forwarded[original[i]] = copy;
            }
            arguments[i] = copy;
            seen.Add(copy);
        }
        return arguments.SequenceEqual(label.Operands) ? label : new Operation(Opcode.Label, arguments, label.Descr);
    }

    /// <summary>The output, for loop peeling, which places the label and rewrites the final jump.</summary>
    internal List<Operation> OutputList => _output;

    /// <summary>Copies of the facts known now of the values <paramref name="selected"/> picks.</summary>
    internal IReadOnlyDictionary<Value, ValueInfo> FactsOf(Func<Value, bool> selected) =>
        _infos.Where(entry => selected(entry.Key))
            .ToDictionary(entry => entry.Key, entry => new ValueInfo { KnownClass = entry.Value.KnownClass, IsNonNull = entry.Value.IsNonNull, Bound = entry.Value.Bound });

    /// <summary>Before the peeled loop body: facts of values that are not invariant go, and each pass keeps what holds.</summary>
    internal void EnterLoopBody(Func<Value, bool> isInvariant)
    {
        foreach (var value in _infos.Keys.Where(value => value is not Constant && !isInvariant(value)).ToList())
        {
            _infos.Remove(value);
        }
        foreach (var pass in _passes)
        {
            pass.EnterLoopBody(isInvariant);
        }
    }
}
