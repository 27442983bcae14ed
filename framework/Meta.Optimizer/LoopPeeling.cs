using Meta.Optimizer.Passes;
using Meta.Tracing.IR;
using Meta.Tracing.Runtime;

namespace Meta.Optimizer;

/// <summary>
/// Loop peeling (RPython's optimizeopt/unroll.py, after "Loop-Aware Optimizations in PyPy's
/// Tracing JIT", Ardö, Bolz, Fijałkowski, DLS 2012): a loop trace is optimized twice in one run of
/// the passes, first as a preamble that runs once, then as the loop body, with what the passes
/// learned in the preamble. Pure operations on loop-invariant values are then found again in the
/// body and disappear from it (loop-invariant code motion falls out of CSE), and so do guards on
/// invariant values. The result is <c>preamble; label(...); body; jump(..., descr=label)</c>.
/// </summary>
/// <remarks>
/// A value is invariant when it is an input the loop passes back to itself unchanged, or the
/// result of a pure operation (or of a read of immutable memory) on invariant values. Facts about
/// anything else hold in the first iteration only, so the passes drop them before the body
/// (<see cref="OptimizationPass.EnterLoopBody"/>). The values that vary get fresh names in the
/// body (a same_as before the label) so that no fact of the preamble's values applies to them.
/// The passes first see the loop header as a label of the varying values, where they do what
/// they delayed (writes, allocations of virtuals that flow into the loop) and forget what held
/// of those values.
/// Bridges re-enter the loop body through its short preamble (<see cref="ShortPreambleBuilder"/>).
/// </remarks>
public static class LoopPeeling
{
    /// <summary>Optimizes a trace, peeling it when it is a loop that jumps back to its own start.</summary>
    public static Trace Optimize(Trace trace, IReadOnlyList<Func<OptimizationPass>> pipeline) => Peel(trace, pipeline).Trace;

    /// <summary>
    /// Optimizes a trace, peeling it when it is a loop that jumps back to its own start; a
    /// peeled loop comes with its short preamble.
    /// </summary>
    /// <remarks>
    /// When virtuals cross the label, the short preamble jumps to a target registered in
    /// <paramref name="labelShapes"/> (without one there is none: bridges enter at the start).
    /// </remarks>
    public static OptimizedLoop Peel(Trace trace, IReadOnlyList<Func<OptimizationPass>> pipeline, LabelShapes? labelShapes = null)
    {
        var last = trace.Operations[^1];
        if (last.Opcode != Opcode.Jump || last.Descr is not null || trace.Operations.Any(op => op.Opcode == Opcode.Label))
        {
            return new OptimizedLoop(Optimizer.Optimize(trace, pipeline), null);
        }
        try
        {
            return Peel(trace, pipeline, labelShapes, carryVirtuals: true);
        }
        catch (VirtualStateMismatchException)
        {
            return Peel(trace, pipeline, labelShapes, carryVirtuals: false);
        }
    }

    private static OptimizedLoop Peel(Trace trace, IReadOnlyList<Func<OptimizationPass>> pipeline, LabelShapes? labelShapes, bool carryVirtuals)
    {
        var last = trace.Operations[^1];
        var optimizer = new Optimizer(pipeline.Select(create => create()).ToList()) { CarriesVirtualsAcrossLoops = carryVirtuals };
        var body = trace.Operations.Take(trace.Operations.Count - 1).ToList();
        foreach (var op in body)
        {
            optimizer.Feed(op);
        }
        var output = optimizer.OutputList;
        var preambleEnd = output.Count;
        var isInvariantInput = trace.Inputs.Select((input, i) => ReferenceEquals(last.Operands[i], input)).ToArray();
        var varyingPositions = Enumerable.Range(0, trace.Inputs.Count).Where(i => !isInvariantInput[i]).ToList();

        var invariant = InvariantValues(trace, isInvariantInput, output.Take(preambleEnd), optimizer);
        bool IsInvariant(Value value) => value is Constant || invariant.Contains(value) || invariant.Contains(optimizer.Get(value));

        // The loop header as the passes see it: what they delayed is done and what flows into the
        // loop is allocated (as at a jump), and what they knew of the values that vary is dropped.
        // A pass may add values it carries into the loop (the virtualizable frame's registers).
        optimizer.FeedLoopHeader(new Operation(Opcode.Label, varyingPositions.Select(i => last.Operands[i]).ToList(),
            new TargetToken("Header", varyingPositions.Select(i => trace.Inputs[i].Kind).ToList())), IsInvariant);
        var header = output[^1];
        output.RemoveAt(output.Count - 1);

        // What crosses the header gets fresh names for the body; the passes turn them into the
        // body's values of the varying inputs (virtuals among them built again over their fields).
        var freshNames = new List<Value>();
        foreach (var operand in header.Operands)
        {
            var fresh = new Operation(Opcode.SameAs, [operand]);
            output.Add(fresh);
            freshNames.Add(fresh);
        }
        var labelIndex = output.Count;
        var carriedReads = optimizer.CarriedReads;
        optimizer.EnterLoopBody(IsInvariant);
        var factsAtHeader = optimizer.FactsOf(IsInvariant);
        var bodyValues = optimizer.NameHeaderOperands(freshNames);
        if (bodyValues.Count != varyingPositions.Count)
        {
            throw new InvalidOperationException("the passes did not give the loop body one value per varying input");
        }
        var bodyNames = new Dictionary<Value, Value>();
        foreach (var (i, index) in varyingPositions.Select((i, index) => (i, index)))
        {
            bodyNames[trace.Inputs[i]] = bodyValues[index];
        }
        for (var i = 0; i < trace.Inputs.Count; i++)
        {
            if (isInvariantInput[i])
            {
                bodyNames[trace.Inputs[i]] = trace.Inputs[i];
            }
        }
        var stateAtLabel = optimizer.StateAtLabel(ResumeFrame.AtLoopEntry(bodyValues));

        foreach (var op in body)
        {
            var copy = Rename(op, bodyNames);
            bodyNames[op] = copy;
            optimizer.Feed(copy);
        }
        optimizer.Feed(new Operation(Opcode.Jump, varyingPositions.Select(i => Rename(last.Operands[i], bodyNames)).ToList()));

        // Everything the body uses from before the label must pass through the label.
        var beforeLabel = new HashSet<Value>(output.Take(labelIndex).Where(op => !freshNames.Contains(op)));
        beforeLabel.UnionWith(trace.Inputs);
        var carried = output.Skip(labelIndex).SelectMany(UsedValues).Where(beforeLabel.Contains).Distinct().ToList();
        var leaked = carried.FirstOrDefault(value => !IsInvariant(value));
        if (leaked is not null)
        {
            // Its first-iteration value would be used in every iteration: a pass kept a fact it must drop.
            throw new InvalidOperationException($"the loop body uses {leaked}, a value of the preamble that is not loop-invariant");
        }
        // The heap locations whose registers cross the label: their objects and indexes must be
        // label arguments too, for the label's state to be told over its arguments.
        carried.AddRange(carriedReads.SelectMany(read => read.Operands).Where(value => value is not Constant && !carried.Contains(value)).Distinct());
        var labelArguments = freshNames.Concat(carried).ToList();
        var token = new TargetToken("Loop", labelArguments.Select(value => value.Kind).ToList());
        var finalJump = output[^1];
        output[^1] = new Operation(Opcode.Jump, [.. finalJump.Operands, .. carried], token);
        var shortPreamble = ShortPreamble(trace, output.Take(preambleEnd).ToList(), IsInvariant, varyingPositions, carriedReads, carried,
            factsAtHeader, token, optimizer.HeaderShape, pipeline, labelShapes);
        output.Insert(labelIndex, new Operation(Opcode.Label, labelArguments, token));
        return new OptimizedLoop(new Trace(trace.Inputs, output), shortPreamble, stateAtLabel);
    }

    /// <summary>
    /// The short preamble, optimized on its own (a check of a fact goes where a repeated guard
    /// implies it). When virtuals cross the label (<paramref name="shape"/>), it brings the values
    /// as they are before the label flattens them, to a target registered in
    /// <paramref name="labelShapes"/>; without the table there is no short preamble.
    /// </summary>
    private static Trace? ShortPreamble(Trace trace, IReadOnlyList<Operation> preamble, Func<Value, bool> isInvariant,
        IReadOnlyList<int> varyingPositions, IReadOnlyList<Operation> carriedReads, IReadOnlyList<Value> carried,
        IReadOnlyDictionary<Value, ValueInfo> factsAtHeader, TargetToken label, VirtualState? shape,
        IReadOnlyList<Func<OptimizationPass>> pipeline, LabelShapes? labelShapes)
    {
        var target = label;
        if (shape is not null)
        {
            if (labelShapes is null)
            {
                return null;
            }
            var brought = varyingPositions.Select(i => trace.Inputs[i].Kind).Concat(carriedReads.Select(read => read.Kind)).Concat(carried.Select(value => value.Kind));
            target = new TargetToken("LoopShape", brought.ToList());
            var carriedFrom = varyingPositions.Count + carriedReads.Count;
            var locations = carriedReads.Select(read => new CarriedLocation(read.Descr!, carriedFrom + carried.ToList().IndexOf(read.Operands[0]),
                read.Operands.Count > 1 ? read.Operands[1] as Constant : null,
                read.Operands.Count > 1 && read.Operands[1] is not Constant ? carriedFrom + carried.ToList().IndexOf(read.Operands[1]) : -1)).ToList();
            labelShapes.Add(target, new LabelShape(label, shape, locations));
        }
        return Optimizer.Optimize(ShortPreambleBuilder.Build(trace.Inputs, preamble, isInvariant, varyingPositions, carriedReads, carried,
            factsAtHeader, target), pipeline);
    }

    /// <summary>Inputs passed back unchanged, and what pure operations and immutable reads compute from them.</summary>
    private static HashSet<Value> InvariantValues(Trace trace, bool[] isInvariantInput, IEnumerable<Operation> preamble, Optimizer optimizer)
    {
        var invariant = new HashSet<Value>();
        for (var i = 0; i < trace.Inputs.Count; i++)
        {
            if (isInvariantInput[i])
            {
                invariant.Add(trace.Inputs[i]);
                invariant.Add(optimizer.Get(trace.Inputs[i]));
            }
        }
        foreach (var op in preamble)
        {
            if (IsInvariantComputation(op) && op.Operands.All(operand => operand is Constant || invariant.Contains(operand)))
            {
                invariant.Add(op);
            }
        }
        return invariant;
    }

    internal static bool IsInvariantComputation(Operation op) => op.Info.IsPure || op.Opcode switch
    {
        Opcode.GetField => op.Descr is FieldDescr { IsImmutable: true },
        Opcode.GetArrayItem => op.Descr is ArrayDescr { ElementsImmutable: true },
        Opcode.Call => op.Descr is CallDescr { Effects.Elidable: true },
        _ => false,
    };

    private static Value Rename(Value value, Dictionary<Value, Value> names) =>
        value is Constant ? value : names.GetValueOrDefault(value, value);

    /// <summary>A copy of a recorded operation over other values.</summary>
    private static Operation Rename(Operation op, Dictionary<Value, Value> names) => ValueMapping.Map(op, value => Rename(value, names));

    private static IEnumerable<Value> UsedValues(Operation op) =>
        op.Resume is null ? op.Operands : op.Operands.Concat(op.Resume.LiveValues);
}
