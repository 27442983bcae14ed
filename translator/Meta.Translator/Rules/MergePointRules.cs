using Mono.Cecil;
using Mono.Cecil.Cil;
using Meta.Translator.Analysis;
using Meta.Translator.Diagnostics;
using Meta.Translator.Hints;
using Meta.Translator.Plan;

namespace Meta.Translator.Rules;

/// <summary>
/// Rules on MergePoint and CanEnterJit calls (RPython's rlib/jit.py JitDriver, whose
/// _check_arguments wants exactly the declared variables): the arguments are the driver's greens
/// then reds, by variable name;
/// a merge point is the first thing of its loop's body, every variable live after it is a green
/// or a red, and a driver has exactly one.
/// </summary>
public static class MergePointRules
{
    public static void Check(ModuleDefinition module, TranslationPlan plan, IReadOnlyList<DriverProblem> unreadable, bool namesKnown, DiagnosticBag bag)
    {
        var unreadableFields = unreadable.Select(p => p.Field).ToHashSet();
        foreach (var method in module.GetTypes().SelectMany(t => t.Methods).Where(m => m.HasBody))
        {
            var calls = method.Body.Instructions.Where(i => i.OpCode.Code is Code.Call or Code.Callvirt
                && i.Operand is MethodReference callee && (KnownNames.IsMergePoint(callee) || KnownNames.IsCanEnterJit(callee))).ToList();
            if (calls.Count == 0)
            {
                continue;
            }
            var graph = ControlFlowGraph.Build(method);
            var dominators = new Dominators(graph);
            var loops = LoopFinder.Find(graph, dominators);
            var liveness = new Liveness(graph);
            foreach (var call in calls)
            {
                var callee = (MethodReference)call.Operand;
                var arguments = CallArguments.Find(call, method, graph);
                var producers = arguments.Producers;
                var driver = Driver(method, call, producers[0], plan, unreadableFields, bag);
                // Without local names (no PDB, reported once as META0021) only the count can be checked.
                if (driver is not null)
                {
                    CheckArguments(method, call, callee.Name, producers, driver, namesKnown, bag);
                }
                if (KnownNames.IsMergePoint(callee))
                {
                    CheckPosition(method, call, arguments.Start, graph, dominators, loops, bag);
                    CheckLiveness(method, call, producers, liveness, driver, bag);
                }
            }
        }
        foreach (var group in plan.MergePoints.Where(s => s.Driver is not null).GroupBy(s => s.Driver!))
        {
            var sites = group.OrderBy(s => s.Method.FullName, StringComparer.Ordinal).ThenBy(s => s.Call.Offset).ToList();
            foreach (var extra in sites.Skip(1))
            {
                bag.Report(RuleIds.DuplicateMergePoint, extra.Method, extra.Call.Offset,
                    $"second merge point for driver '{group.Key.Name}' (the first is in {MethodNames.Short(sites[0].Method)}): a driver has one merge point, at the top of its dispatch loop");
            }
        }
    }

    private static DriverDeclaration? Driver(MethodDefinition method, Instruction call, Instruction? receiver, TranslationPlan plan, HashSet<FieldDefinition> unreadable, DiagnosticBag bag)
    {
        if (receiver is { OpCode.Code: Code.Ldsfld, Operand: FieldReference field } && field.Resolve() is { } definition)
        {
            if (plan.Drivers.TryGetValue(definition, out var driver))
            {
                return driver;
            }
            if (unreadable.Contains(definition))
            {
                return null; // its declaration is reported where it is made
            }
        }
        bag.Report(RuleIds.UnreadableDriver, method, call.Offset,
            "the driver must be a static readonly field initialized with new JitDriver(\"name\", [greens], [reds]) in its declaration, and read from that field here");
        return null;
    }

    private static void CheckArguments(MethodDefinition method, Instruction call, string hint, Instruction?[] producers, DriverDeclaration driver, bool namesKnown, DiagnosticBag bag)
    {
        var expected = driver.Arguments;
        var count = producers.Length - 1;
        if (count != expected.Count)
        {
            bag.Report(RuleIds.DriverArguments, method, call.Offset,
                $"{hint} passes {count} values but the {driver.Describe()}: pass ({string.Join(", ", expected)})");
            return;
        }
        var problems = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var producer = producers[i + 1];
            var variable = producer is null ? null : VariableAccess.Read(producer, method);
            if (producer is null || variable is null || producer.OpCode.Code is Code.Ldloca or Code.Ldloca_S or Code.Ldarga or Code.Ldarga_S)
            {
                problems.Add($"argument {i + 1} must be the variable '{expected[i]}' itself, not an expression");
                continue;
            }
            var name = VariableAccess.Name(variable.Value, method);
            if (namesKnown && name != expected[i])
            {
                problems.Add($"argument {i + 1} is '{name}' where '{expected[i]}' is expected");
            }
        }
        if (problems.Count > 0)
        {
            bag.Report(RuleIds.DriverArguments, method, call.Offset,
                $"{hint}: {string.Join("; ", problems)} (the {driver.Describe()}, passed greens first, in order)");
        }
    }

    private static void CheckPosition(MethodDefinition method, Instruction call, Instruction? sequenceStart, ControlFlowGraph graph, Dominators dominators, IReadOnlyList<NaturalLoop> loops, DiagnosticBag bag)
    {
        var start = sequenceStart ?? call;
        var block = graph.BlockOf(call);
        var loop = loops.Where(l => l.Body.Contains(block)).OrderBy(l => l.Body.Count).FirstOrDefault();
        if (loop is null)
        {
            bag.Report(RuleIds.MergePointPosition, method, call.Offset, "the merge point is not inside a loop: it must be the first statement of the dispatch loop's body");
            return;
        }
        var firstInBlock = block.Instructions.First(i => i.OpCode.Code != Code.Nop);
        // The body of `while (cond)` is entered from the condition, its header; `while (true)` and
        // do-while bodies are the header themselves.
        var entersBody = block == loop.Header || block.Predecessors.All(p => p == loop.Header);
        var reachedEveryIteration = loop.Latches.All(l => dominators.Dominates(block, l));
        if (firstInBlock != start || !entersBody || graph.BlockOf(start) != block)
        {
            bag.Report(RuleIds.MergePointPosition, method, call.Offset, "the merge point must be the first statement of the loop's body: move the code before it to the end of the previous iteration or after it");
        }
        else if (!reachedEveryIteration)
        {
            bag.Report(RuleIds.MergePointPosition, method, call.Offset, "the merge point is skipped on some iterations (it is inside a condition or a path continues the loop without passing it): put it unconditionally at the top of the loop");
        }
    }

    private static void CheckLiveness(MethodDefinition method, Instruction call, Instruction?[] producers, Liveness liveness, DriverDeclaration? driver, DiagnosticBag bag)
    {
        var passed = producers.Skip(1).Where(p => p is not null).Select(p => VariableAccess.Read(p!, method)).OfType<Variable>().ToHashSet();
        var extra = liveness.LiveAfter(call).Where(v => !passed.Contains(v)).Select(v => VariableAccess.Name(v, method)).Order(StringComparer.Ordinal).ToList();
        if (extra.Count > 0)
        {
            var declared = driver is null ? "" : $" (the {driver.Describe()})";
            bag.Report(RuleIds.LiveVariable, method, call.Offset,
                $"{string.Join(", ", extra.Select(n => $"'{n}'"))} {(extra.Count == 1 ? "is" : "are")} live at the merge point but neither green nor red{declared}: add {(extra.Count == 1 ? "it" : "them")} to the driver's reds (or greens), or do not read {(extra.Count == 1 ? "it" : "them")} after the merge point before writing");
        }
    }
}
