using FsCheck;
using FsCheck.Fluent;
using Meta.Tracing.Execution;
using Meta.Tracing.IR;

namespace Meta.Backend.Cil.Tests;

/// <summary>
/// The backend's main property: on random well-typed traces it ends exactly as the IR interpreter
/// does (exit, exit values, heap, pending exception). Deterministic: a fixed FsCheck seed.
/// </summary>
public class RandomTraceProperty
{
    private const int Cases = 2500;

    [Fact]
    public void Random_traces_run_alike_on_the_interpreter_and_the_backend()
    {
        var config = RandomChoices.Config(Cases, 20261121UL);
        var choices = RandomChoices.Arrays();
        var opsSeen = new HashSet<Opcode>();
        var exitsSeen = new HashSet<(ExitKind, Opcode?)>();
        var (runs, operations, loopsAtLeastFive, bridgeCount, bridgeExits) = (0, 0, 0, 0, 0);
        Check.One(config, Prop.ForAll(choices, (int[] drawn) =>
        {
            var (trace, bridges, inputs) = RandomTraceBuilder.BuildTree(drawn);
            // Alternate the two overflow strategies of the backend.
            var exit = Differential.Run(trace, inputs, maxIterations: 50, checkedOverflow: drawn.Length % 2 == 1, bridges: bridges);
            runs++;
            bridgeCount += bridges.Count;
            bridgeExits += exit.Guard is not null && !trace.Operations.Contains(exit.Guard) ? 1 : 0;
            operations += trace.Operations.Count;
            opsSeen.UnionWith(trace.Operations.Select(op => op.Opcode));
            exitsSeen.Add((exit.Kind, exit.Guard?.Opcode));
            if (exit.Kind == ExitKind.Guard && exit.GuardIndex == 0 && inputs()[0].AsInt >= 5)
            {
                loopsAtLeastFive++;
            }
        }));

        // The property is only as good as the traces: check that they cover the op table and
        // end in every way, so that a generator that degenerated would fail here.
        Assert.Equal(Cases, runs);
        var missing = OpInfo.All.Select(info => info.Code).Where(code => !opsSeen.Contains(code));
        Assert.Empty(missing);
        Assert.Contains((ExitKind.Finish, (Opcode?)null), exitsSeen);
        foreach (var guard in new[] { Opcode.GuardTrue, Opcode.GuardFalse, Opcode.GuardNoOverflow, Opcode.GuardOverflow, Opcode.GuardNoException, Opcode.GuardException, Opcode.GuardClass, Opcode.GuardValue })
        {
            Assert.Contains((ExitKind.Guard, (Opcode?)guard), exitsSeen);
        }
        Assert.True(loopsAtLeastFive > Cases / 50, $"only {loopsAtLeastFive} runs looped 5 times or more");
        Assert.True(operations > Cases * 15, $"only {operations} operations in {Cases} traces");
        Assert.True(bridgeCount > Cases / 2 && bridgeExits > 20, $"{bridgeCount} bridges, {bridgeExits} exits from bridges");
    }
}
