using Meta.Tracing.IR;
using Meta.Tracing.Recording;

namespace Meta.Tracing.Runtime;

/// <summary>
/// How a bridge goes back into its loop: through the loop's short preamble into the loop body
/// when the loop has one, else to the loop's start (RPython's compile.py, compile_trace, and
/// unroll.py, jump_to_existing_trace).
/// </summary>
internal static class LoopReentry
{
    /// <summary>
    /// The recorded bridge with its final jump to the loop's start replaced by the loop's short
    /// preamble over the jump's arguments; unchanged when the loop has none.
    /// </summary>
    public static Trace ThroughShortPreamble(Trace bridge, CompiledPiece loop)
    {
        var jump = bridge.Operations[^1];
        if (loop.ShortPreamble is not { } shortPreamble || jump.Opcode != Opcode.Jump || !ReferenceEquals(jump.Descr, loop.Entry))
        {
            return bridge;
        }
        var names = new Dictionary<Value, Value>();
        for (var i = 0; i < shortPreamble.Inputs.Count; i++)
        {
            names[shortPreamble.Inputs[i]] = jump.Operands[i];
        }
        Value Rename(Value value) => names.GetValueOrDefault(value, value);
        var operations = bridge.Operations.Take(bridge.Operations.Count - 1).ToList();
        foreach (var op in shortPreamble.Operations)
        {
            var copy = ValueMapping.Map(op, Rename);
            names[op] = copy;
            operations.Add(copy);
        }
        return new Trace(bridge.Inputs, operations).Verified();
    }

    /// <summary>
    /// For each guard of an optimized bridge that resumes at the loop's start (a guard of the
    /// short preamble the optimizer could not remove): a bridge that does what resuming would
    /// (allocates the guard's virtuals, does its delayed writes) and enters the loop at its start.
    /// </summary>
    public static IEnumerable<(Operation Guard, Trace Fallback)> Fallbacks(Trace bridge, CompiledPiece loop, int traceLimit)
    {
        foreach (var guard in bridge.Operations.Where(op => op.IsGuard && op.Resume!.Frames is [{ IsLoopEntry: true }]))
        {
            var recorder = new Recorder(traceLimit);
            var resume = guard.Resume!;
            var inputs = resume.LiveValues.Select(value => recorder.Input(value.Kind)).ToList();
            var frame = JitRuntime.RecordResumeSteps(recorder, resume, inputs)[0];
            yield return (guard, recorder.JumpTo(loop.Entry!, frame.Locals.Select(local => local!).ToList()));
        }
    }
}
