using Meta.Translator.Analysis;
using Meta.Translator.Diagnostics;
using Meta.Translator.Loading;
using Meta.Translator.Plan;
using Meta.Translator.Rules;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Meta.Translator.Tests;

/// <summary>
/// The IL analyses and rules run on every method of real compiled assemblies (Mono.Cecil, and
/// System.Linq with its iterators, generics and exception handlers) without failing, and their
/// results are consistent: every block is dominated by the entry, loop headers dominate their
/// latches, and nothing is live before a method's first instruction except arguments.
/// </summary>
public sealed class AnalysisRobustnessTests
{
    public static TheoryData<string> Assemblies() =>
    [
        typeof(ModuleDefinition).Assembly.Location,
        typeof(Enumerable).Assembly.Location,
    ];

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void Analyses_and_rules_run_on_every_method(string path)
    {
        using var assembly = InterpreterAssembly.Load(path);
        var bag = new DiagnosticBag(path);
        var methods = 0;
        foreach (var method in assembly.Module.GetTypes().SelectMany(t => t.Methods).Where(m => m.HasBody))
        {
            methods++;
            var graph = ControlFlowGraph.Build(method);
            var dominators = new Dominators(graph);
            var reachable = Dominators.Postorder(graph).ToHashSet();
            foreach (var block in reachable)
            {
                Assert.True(dominators.Dominates(graph.Blocks[0], block), $"{method.FullName}: entry does not dominate {block}");
            }
            foreach (var loop in LoopFinder.Find(graph, dominators))
            {
                Assert.All(loop.Latches, latch => Assert.True(dominators.Dominates(loop.Header, latch)));
            }
            var liveness = new Liveness(graph);
            foreach (var call in method.Body.Instructions.Where(i => i.OpCode.Code is Code.Call or Code.Callvirt))
            {
                Assert.All(liveness.LiveAfter(call), v => Assert.InRange(v.Index, 0, v.IsArgument ? method.Parameters.Count : method.Body.Variables.Count - 1));
                var arguments = CallArguments.Find(call, method, graph);
                Assert.Equal(((MethodReference)call.Operand).Parameters.Count + (((MethodReference)call.Operand).HasThis ? 1 : 0), arguments.Producers.Length);
            }
            _ = TraceablePolicy.Classify(method, "robustness test");
            MethodRules.Check(method, bag);
            ConstructRules.Check(method, bag);
        }
        Assert.True(methods > 1000, $"{methods} methods");
        Assert.Contains(bag.Items, d => d.Rule == RuleIds.DelegateCreation || d.Rule == RuleIds.Closure);
    }
}
