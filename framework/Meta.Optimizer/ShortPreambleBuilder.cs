using Meta.Tracing.IR;

namespace Meta.Optimizer;

/// <summary>
/// Builds the short preamble of a peeled loop (RPython's optimizeopt/shortpreamble.py; Ardö,
/// Bolz, Fijałkowski, DLS 2012, §5): what a bridge must run to jump into the loop body instead
/// of to the loop's start. The body takes values from the preamble (the invariant values it
/// uses, carried through its label) and relies on what the preamble checked of them. Over the
/// loop's inputs, the short preamble recomputes the carried values (pure operations, immutable
/// reads, elidable calls of the preamble), repeats the preamble's guards on invariant values,
/// and checks what the passes knew of each carried value at the loop header (class, non-null,
/// integer bounds: these may come from guards on values that vary, which it cannot repeat),
/// then jumps to the body's label. Its guards fail to the loop's start
/// (<see cref="ResumeFrame.AtLoopEntry"/>); in a bridge the optimizer removes those it can prove.
/// </summary>
internal static class ShortPreambleBuilder
{
    public static Trace Build(IReadOnlyList<Input> loopInputs, IReadOnlyList<Operation> preamble, Func<Value, bool> isInvariant,
        IReadOnlyList<int> varyingPositions, IReadOnlyList<Operation> carriedReads, IReadOnlyList<Value> carried,
        IReadOnlyDictionary<Value, ValueInfo> factsAtHeader, TargetToken body)
    {
        var inputs = loopInputs.Select(input => new Input(input.Kind)).ToList();
        var names = new Dictionary<Value, Value>();
        for (var i = 0; i < inputs.Count; i++)
        {
            names[loopInputs[i]] = inputs[i];
        }
        var resume = new ResumeData([ResumeFrame.AtLoopEntry(inputs)]);
        Value Name(Value value) => value is Constant ? value
            : names.TryGetValue(value, out var name) ? name
            : throw new InvalidOperationException($"the short preamble needs {value}, which the preamble does not compute from invariant values");

        var operations = new List<Operation>();
        foreach (var op in Needed(preamble, isInvariant, [.. carried, .. carriedReads.SelectMany(read => read.Operands)]))
        {
            var copy = new Operation(op.Opcode, op.Operands.Select(Name).ToList(), op.Descr, op.IsGuard ? resume : null);
            names[op] = copy;
            operations.Add(copy);
        }
        var reads = carriedReads.Select(read => new Operation(read.Opcode, read.Operands.Select(Name).ToList(), read.Descr)).ToList();
        operations.AddRange(reads);
        foreach (var value in carried)
        {
            if (factsAtHeader.TryGetValue(value, out var facts))
            {
                operations.AddRange(Checks(Name(value), facts, resume));
            }
        }
        var arguments = varyingPositions.Select(i => (Value)inputs[i]).Concat(reads).Concat(carried.Select(Name)).ToList();
        operations.Add(new Operation(Opcode.Jump, arguments, body));
        return new Trace(inputs, operations).Verified();
    }

    /// <summary>
    /// The preamble's operations the short preamble repeats, in order: guards whose operands are
    /// all invariant (and a guard_no_exception after a repeated call), guard_not_invalidated, and
    /// the invariant computations the carried values and those guards need.
    /// </summary>
    private static List<Operation> Needed(IReadOnlyList<Operation> preamble, Func<Value, bool> isInvariant, IReadOnlyList<Value> carried)
    {
        var kept = new bool[preamble.Count];
        for (var i = 0; i < preamble.Count; i++)
        {
            var op = preamble[i];
            kept[i] = op.Opcode == Opcode.GuardNotInvalidated
                || (op.IsGuard && op.Operands.Count > 0 && op.Operands.All(isInvariant));
        }
        var needed = new HashSet<Value>(carried);
        needed.UnionWith(preamble.Where((op, i) => kept[i]).SelectMany(op => op.Operands));
        for (var i = preamble.Count - 1; i >= 0; i--)
        {
            var op = preamble[i];
            if (!op.IsGuard && needed.Contains(op) && isInvariant(op) && LoopPeeling.IsInvariantComputation(op))
            {
                kept[i] = true;
                needed.UnionWith(op.Operands);
            }
        }
        for (var i = 1; i < preamble.Count; i++)
        {
            // A repeated call may raise as it did in the preamble.
            kept[i] |= preamble[i].Opcode == Opcode.GuardNoException && kept[i - 1] && preamble[i - 1].Descr is CallDescr;
        }
        return preamble.Where((op, i) => kept[i]).ToList();
    }

    /// <summary>Guards that establish what the body knows of a carried value.</summary>
    private static IEnumerable<Operation> Checks(Value value, ValueInfo facts, ResumeData resume)
    {
        switch (value.Kind)
        {
            case ValueKind.Ref when facts.KnownClass is { } known:
                yield return new Operation(Opcode.GuardClass, [value], known, resume);
                break;
            case ValueKind.Ref when facts.IsNonNull:
                yield return new Operation(Opcode.GuardNonnull, [value], null, resume);
                break;
            case ValueKind.I32 or ValueKind.I64:
                var isInt = value.Kind == ValueKind.I32;
                var all = IntBound.OfKind(value.Kind);
                var bound = facts.Bound.Intersect(all);
                if (bound.Lower > all.Lower)
                {
                    var atLeast = new Operation(isInt ? Opcode.IntGe : Opcode.LongGe, [value, Limit(value.Kind, bound.Lower)]);
                    yield return atLeast;
                    yield return new Operation(Opcode.GuardTrue, [atLeast], null, resume);
                }
                if (bound.Upper < all.Upper)
                {
                    var atMost = new Operation(isInt ? Opcode.IntLe : Opcode.LongLe, [value, Limit(value.Kind, bound.Upper)]);
                    yield return atMost;
                    yield return new Operation(Opcode.GuardTrue, [atMost], null, resume);
                }
                break;
        }
    }

    private static Constant Limit(ValueKind kind, long limit) => kind == ValueKind.I32 ? Constant.Int((int)limit) : Constant.Long(limit);
}
