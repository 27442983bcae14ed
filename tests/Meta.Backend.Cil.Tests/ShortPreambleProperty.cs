using FsCheck;
using FsCheck.Fluent;
using Meta.Optimizer;
using Meta.Tracing.Execution;
using Meta.Tracing.IR;
using Meta.Tracing.Text;
using Xunit.Abstractions;

namespace Meta.Backend.Cil.Tests;

/// <summary>
/// Random loops entered through their short preamble, as a bridge enters them: the peeled loop
/// gets a first guard that always fails, whose bridge is the short preamble, and each guard of
/// the short preamble gets a bridge back to the loop's start (as the runtime attaches them).
/// From the same inputs this tree must run alike on the IR interpreter and the backend, and when
/// the recorded loop runs until its counter is exhausted (its first guard, at offset 0, fails),
/// leave the interpreter in the same state. (When another guard fails, an optimized trace may
/// legitimately resume earlier: a strengthened guard keeps the resume data of the guard it
/// replaced.) The short preamble's guards never fail here: the preamble checked the same facts
/// on the same inputs.
/// </summary>
public class ShortPreambleProperty(ITestOutputHelper log)
{
    private const int Cases = 3000;
    private const long MaxIterations = 200;

    [Fact]
    public void Entering_random_loops_through_their_short_preamble_leaves_the_same_state()
    {
        var config = RandomChoices.Config(Cases, 20261121UL);
        var choices = RandomChoices.Arrays();
        var (peeledLoops, compared, withGuards) = (0, 0, 0);
        Check.One(config, Prop.ForAll(choices, (int[] drawn) =>
        {
            var (trace, inputs) = RandomTraceBuilder.Build(drawn);
            var peeled = LoopPeeling.Peel(trace, Pipeline.Default);
            if (peeled.ShortPreamble is not { } shortPreamble)
            {
                return;
            }
            peeledLoops++;
            var (tree, bridges) = EnteredThroughShortPreamble(peeled.Trace, shortPreamble);
            withGuards += bridges.Count > 1 ? 1 : 0;
            var describe = $"--- recorded ---\n{TracePrinter.Print(trace)}--- peeled ---\n{TracePrinter.Print(peeled.Trace)}--- short preamble ---\n{TracePrinter.Print(shortPreamble)}";
            if (State(trace, inputs, null) is not { } expected || State(tree, inputs, bridges) is not { } actual)
            {
                return;
            }
            Assert.DoesNotContain("LoopEntry@", actual);
            Differential.Run(tree, inputs, MaxIterations, bridges: bridges);
            if (expected.Contains("Run@0 ", StringComparison.Ordinal))
            {
                Assert.True(expected == actual, $"recorded:\n{expected}\nthrough the short preamble:\n{actual}\n{describe}");
                compared++;
            }
        }));
        var counts = $"{peeledLoops} peeled loops, {compared} states compared, {withGuards} short preambles with guards";
        log.WriteLine(counts);
        Assert.True(peeledLoops > Cases / 5 && compared > Cases / 10 && withGuards > Cases / 20, counts);
    }

    /// <summary>The peeled loop after a guard that always fails into the short preamble, and the bridges.</summary>
    private static (Trace Tree, Dictionary<Operation, Trace> Bridges) EnteredThroughShortPreamble(Trace peeled, Trace shortPreamble)
    {
        var entry = new TargetToken("Entry", peeled.Inputs.Select(input => input.Kind).ToList());
        var intoShortPreamble = new Operation(Opcode.GuardTrue, [Constant.Int(0)], null,
            new ResumeData([ResumeFrame.AtLoopEntry(peeled.Inputs)]));
        var tree = new Trace(peeled.Inputs, [intoShortPreamble, new Operation(Opcode.Label, peeled.Inputs, entry), .. peeled.Operations]);
        var bridges = new Dictionary<Operation, Trace> { [intoShortPreamble] = shortPreamble };
        foreach (var guard in shortPreamble.Operations.Where(op => op.IsGuard))
        {
            var resume = guard.Resume!;
            var live = resume.LiveValues.ToList();
            var fallbackInputs = live.Select(value => new Input(value.Kind)).ToList();
            Value Input(Value? local) => local is Constant constant ? constant : fallbackInputs[live.IndexOf(local!)];
            bridges[guard] = new Trace(fallbackInputs, [new Operation(Opcode.Jump, resume.Frames[0].Locals.Select(Input).ToList(), entry)]);
        }
        return (tree.Verified(), bridges);
    }

    /// <summary>The interpreter state the run leaves, or null when it hit the iteration limit or divided by zero.</summary>
    private static string? State(Trace trace, Func<TraceValue[]> inputs, IReadOnlyDictionary<Operation, Trace>? bridges)
    {
        var fresh = inputs();
        Box.Counter = 0;
        try
        {
            var exit = TraceInterpreter.Run(trace, fresh, new TraceRunOptions { MaxIterations = MaxIterations, Bridges = bridges });
            return exit.Kind == ExitKind.IterationLimit ? null : HeapShape.OfInterpreterState(exit, fresh);
        }
        catch (ArithmeticException)
        {
            return null;
        }
    }
}
