using Meta.Optimizer.Passes;
using Meta.Tracing.IR;

namespace Meta.Optimizer;

/// <summary>
/// One pass of the optimizer. Passes form a chain (RPython's optimizeopt): every operation of the
/// trace, its operands already forwarded, flows through <see cref="Propagate"/> of each pass in
/// pipeline order; a pass emits it on (possibly rewritten), replaces its result by another value
/// with <see cref="Optimizer.Replace"/> and drops it, or emits other operations in its place.
/// </summary>
public abstract class OptimizationPass
{
    private OptimizationPass? _next;
    private Optimizer? _optimizer;

    /// <summary>The run this pass belongs to: forwarding, shared value facts, output.</summary>
    protected Optimizer Optimizer => _optimizer ?? throw new InvalidOperationException("the pass is not part of a run");

    internal void Attach(Optimizer optimizer, OptimizationPass? next)
    {
        _optimizer = optimizer;
        _next = next;
    }

    /// <summary>Sees one operation; the default passes it on unchanged.</summary>
    public virtual void Propagate(Operation op) => EmitNext(op);

    /// <summary>
    /// Loop peeling is about to feed the loop body again after the preamble (see
    /// <see cref="LoopPeeling"/>). What a pass knows of values for which
    /// <paramref name="isInvariant"/> holds stays true in every iteration; what it knows of
    /// other values held in the first iteration only and must go. Every pass says what it keeps:
    /// one that does not override this cannot be used with loop peeling.
    /// </summary>
    public virtual void EnterLoopBody(Func<Value, bool> isInvariant) =>
        throw new NotSupportedException($"{GetType().Name} does not say what it keeps across the loop header");

    /// <summary>
    /// Reads that compute, from the loop's inputs, the values this pass added to the loop header
    /// (in the order it added them), for the short preamble; see <see cref="Passes.Virtualizable"/>.
    /// </summary>
    public virtual IReadOnlyList<Operation> CarriedReads => [];

    /// <summary>
    /// Loop peeling named the loop header's operands for the body: <paramref name="emitted"/> holds,
    /// position by position, the body's value for each operand of the header as this pass emitted
    /// it; the result is the body's value for each operand as this pass received it. A pass that
    /// added operands takes them off (see <see cref="Passes.Virtualizable"/>); one that replaced
    /// virtuals by their fields builds the virtuals again (see <see cref="Passes.Virtuals"/>).
    /// Called in reverse pipeline order, after <see cref="EnterLoopBody"/>.
    /// </summary>
    public virtual IReadOnlyList<Value> NameHeaderOperands(IReadOnlyList<Value> emitted) => emitted;

    /// <summary>The shape of the virtuals this pass passed through the loop header as their fields, if it did.</summary>
    internal virtual VirtualState? HeaderShape => null;

    /// <summary>Heap locations whose values this pass holds in registers at the start of the loop body (see <see cref="Passes.Virtualizable"/>).</summary>
    public virtual IReadOnlyList<PendingWrite> WritesAtLabel => [];

    /// <summary>Resume data over the body's values as this pass would describe them at a guard (virtuals as virtual objects).</summary>
    public virtual ResumeData DescribeAtLabel(ResumeData resume) => resume;

    /// <summary>
    /// A copy of <paramref name="op"/> with other operands or resume data; when the operation
    /// has a result (guard_exception, a call), later uses of it now mean the copy.
    /// </summary>
    protected Operation Rewrite(Operation op, IReadOnlyList<Value> operands, ResumeData? resume)
    {
        var copy = new Operation(op.Opcode, operands, op.Descr, resume);
        if (op.Kind != ValueKind.Void)
        {
            Optimizer.Replace(op, copy);
        }
        return copy;
    }

    /// <summary>Hands an operation to the next pass, or to the output after the last pass.</summary>
    protected void EmitNext(Operation op)
    {
        if (_next is null)
        {
            Optimizer.EmitToOutput(op);
        }
        else
        {
            _next.Propagate(op);
        }
    }
}
