using System.Reflection.Emit;
using Meta.Tracing.IR;
using static Meta.Tracing.Execution.TraceValue;

namespace Meta.Backend.Cil.Tests;

/// <summary>Long traces: locals shared by liveness, and traces long enough that RyuJIT stops optimizing.</summary>
public class LongTraceTests
{
    private static Trace Chain(int adds)
    {
        var text = new System.Text.StringBuilder("[i0, i1]\n");
        var last = "i1";
        for (var k = 0; k < adds; k++)
        {
            text.Append($"i{k + 2} = int_add({last}, i0)\n");
            last = $"i{k + 2}";
        }
        return TestWorld.Parse(text.Append($"guard_false(i0) [F@0 locals(i1, {last})]\nfinish({last})\n").ToString());
    }

    [Fact]
    public void A_chain_of_values_shares_a_few_locals()
    {
        var trace = Chain(1000);
        var locals = new Dictionary<Value, LocalBuilder>();
        var il = new DynamicMethod("probe", typeof(void), []).GetILGenerator();
        LocalAllocator.Allocate(trace, il, locals, kind => kind == ValueKind.I32 ? typeof(int) : typeof(object));
        Assert.Equal(1002, locals.Count);
        Assert.True(locals.Values.Distinct().Count() <= 4, $"{locals.Values.Distinct().Count()} locals");
    }

    [Fact]
    public void A_value_kept_alive_by_resume_data_keeps_its_local()
    {
        var exit = Differential.Run(Chain(3000), () => [Int(1), Int(5)]);
        Assert.Equal([Int(5), Int(3005)], exit.Values);
    }

    [Fact]
    public void Long_random_traces_run_alike()
    {
        var random = new Random(2026);
        var (operations, deepest) = (0, 0);
        for (var i = 0; i < 25; i++)
        {
            var choices = Enumerable.Range(0, 4000).Select(_ => random.Next()).ToArray();
            var (trace, inputs) = RandomTraceBuilder.Build(choices, maxBodyOps: 800);
            trace = Deepen(trace, inputs);
            var exit = Differential.Run(trace, inputs, maxIterations: 50, checkedOverflow: i % 2 == 1);
            operations += trace.Operations.Count;
            deepest = Math.Max(deepest, exit.Guard is null ? trace.Operations.Count : trace.Operations.ToList().IndexOf(exit.Guard));
        }
        Assert.True(operations > 25 * 300, $"{operations} operations");
        Assert.True(deepest > 500, $"the deepest exit was at op {deepest}");
    }

    /// <summary>
    /// Random guards fail early, which would leave most of a long trace unrun: flip each guard
    /// that fails (guard_true and guard_false, guard_overflow and guard_no_overflow,
    /// guard_nonnull and guard_isnull), drop other failing guards without a result, and run
    /// again, until a guard_exception fails or the run gets past all of them.
    /// </summary>
    private static Trace Deepen(Trace trace, Func<Meta.Tracing.Execution.TraceValue[]> inputs)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            Box.Counter = 0;
            var exit = Meta.Tracing.Execution.TraceInterpreter.Run(trace, inputs(), new Meta.Tracing.Execution.TraceRunOptions { MaxIterations = 50 });
            var guard = exit.Guard;
            // The loop's exit, guard_true(int_gt(counter, 0)), stays.
            var counter = trace.Operations.FirstOrDefault(op => op.Opcode == Opcode.Label)?.Operands[0] ?? trace.Inputs[0];
            var loopExit = guard is { Opcode: Opcode.GuardTrue } && guard.Operands[0] is Operation { Opcode: Opcode.IntGt } test && test.Operands[0] == counter;
            if (guard is null || guard.Kind != ValueKind.Void || loopExit)
            {
                return trace;
            }
            Opcode? flipped = guard.Opcode switch
            {
                Opcode.GuardTrue => Opcode.GuardFalse,
                Opcode.GuardFalse => Opcode.GuardTrue,
                Opcode.GuardOverflow => Opcode.GuardNoOverflow,
                Opcode.GuardNoOverflow => Opcode.GuardOverflow,
                Opcode.GuardNonnull => Opcode.GuardIsnull,
                Opcode.GuardIsnull => Opcode.GuardNonnull,
                _ => null,
            };
            var ops = trace.Operations
                .Where(op => op != guard || flipped is not null)
                .Select(op => op == guard ? new Operation(flipped!.Value, op.Operands, op.Descr, op.Resume) : op)
                .ToList();
            trace = new Trace(trace.Inputs, ops).Verified();
        }
        return trace;
    }
}
