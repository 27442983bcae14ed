using Mono.Cecil;
using Mono.Cecil.Cil;
using Meta.Translator.Analysis;
using Meta.Translator.Diagnostics;
using Meta.Translator.Hints;

namespace Meta.Translator.Plan;

/// <summary>
/// Decides which methods the JIT may look inside, as RPython's codewriter/policy.py
/// (JitPolicy.look_inside_graph) does: starting from the portals (methods holding a
/// MergePoint), follow every call, callvirt and newobj into this assembly. A method is looked
/// inside unless it is [DontLookInside], [Elidable] (pure calls are always opaque: policy.py
/// _reject_function), has a loop without [UnrollSafe] (policy.py's unsafe_loopy_graphs), has no
/// body here, or lives in another assembly. Residual methods are listed but not followed: their
/// bodies run natively.
/// </summary>
public static class TraceablePolicy
{
    public static TranslationPlan Build(ModuleDefinition module, IReadOnlyDictionary<FieldDefinition, DriverDeclaration> drivers)
    {
        var overrides = new OverrideIndex(module);
        var entries = new List<PlanEntry>();
        var known = new Dictionary<string, PlanEntry>(StringComparer.Ordinal);
        var work = new Queue<MethodDefinition>();
        var mergePoints = new List<DriverCallSite>();
        var canEnterJits = new List<DriverCallSite>();

        foreach (var method in module.GetTypes().SelectMany(t => t.Methods).Where(m => m.HasBody))
        {
            var calls = method.Body.Instructions.Where(i => i.OpCode.Code is Code.Call or Code.Callvirt
                && i.Operand is MethodReference callee && (KnownNames.IsMergePoint(callee) || KnownNames.IsCanEnterJit(callee))).ToList();
            if (calls.Count == 0)
            {
                continue;
            }
            var graph = ControlFlowGraph.Build(method);
            foreach (var call in calls)
            {
                var site = Site(method, call, graph, drivers);
                (site.IsMergePoint ? mergePoints : canEnterJits).Add(site);
            }
            if (calls.Any(c => KnownNames.IsMergePoint((MethodReference)c.Operand)))
            {
                Add(new PlanEntry(method, method, MethodTreatment.Portal, "holds a merge point"));
            }
        }

        while (work.Count > 0)
        {
            var method = work.Dequeue();
            foreach (var instruction in method.Body.Instructions)
            {
                if (instruction.OpCode.Code is not (Code.Call or Code.Callvirt or Code.Newobj) || instruction.Operand is not MethodReference callee)
                {
                    continue;
                }
                var caller = MethodNames.Short(method);
                if (KnownNames.IsHintCall(callee))
                {
                    // One entry per hint, not per instantiation; its definition (from Meta.Jit) names the type parameters.
                    var hint = callee.GetElementMethod();
                    Add(new PlanEntry(hint.Resolve() ?? hint, null, MethodTreatment.Hint, "Meta.Jit hint"));
                    continue;
                }
                if (callee.DeclaringType.GetElementType().Scope is not ModuleDefinition || callee.Resolve() is not { } definition || definition.Module != module)
                {
                    Add(new PlanEntry(callee, null, MethodTreatment.ResidualExternal, $"other assembly, called from {caller}"));
                    continue;
                }
                Add(Classify(definition, $"called from {caller}"));
                if (instruction.OpCode.Code == Code.Callvirt && definition.IsVirtual)
                {
                    foreach (var implementation in overrides.ImplementationsOf(definition))
                    {
                        Add(Classify(implementation, $"may run for a virtual call to {MethodNames.Short(definition)} from {caller}"));
                    }
                }
            }
        }
        return new TranslationPlan(drivers, mergePoints, canEnterJits, entries);

        void Add(PlanEntry entry)
        {
            // One entry per definition: calls of a generic method with different type arguments share it.
            var key = entry.Definition?.FullName ?? entry.Method.FullName;
            if (known.ContainsKey(key))
            {
                return;
            }
            known[key] = entry;
            entries.Add(entry);
            if (entry.IsTraced && entry.Definition is { } definition)
            {
                work.Enqueue(definition);
            }
        }
    }

    private static DriverCallSite Site(MethodDefinition method, Instruction call, ControlFlowGraph graph, IReadOnlyDictionary<FieldDefinition, DriverDeclaration> drivers)
    {
        var producers = CallArguments.Find(call, method, graph).Producers;
        DriverDeclaration? driver = null;
        if (producers[0] is { OpCode.Code: Code.Ldsfld, Operand: FieldReference field } && field.Resolve() is { } definition)
        {
            drivers.TryGetValue(definition, out driver);
        }
        // Loads of a variable's address are not the variable's value: not a valid argument.
        var arguments = producers.Skip(1)
            .Select(p => p is null || p.OpCode.Code is Code.Ldloca or Code.Ldloca_S or Code.Ldarga or Code.Ldarga_S ? null : VariableAccess.Read(p, method))
            .ToList();
        return new DriverCallSite(method, call, driver, arguments);
    }

    /// <summary>The treatment of a method of the interpreter's own assembly, with the reason.</summary>
    public static PlanEntry Classify(MethodDefinition method, string reachedBy)
    {
        if (KnownNames.Has(method, KnownNames.DontLookInside))
        {
            return new PlanEntry(method, method, MethodTreatment.ResidualOpaque, $"[DontLookInside]; {reachedBy}");
        }
        if (KnownNames.Has(method, KnownNames.Elidable) || IsCompilerHash(method))
        {
            var why = IsCompilerHash(method) ? "compiler-generated string hash, pure" : "[Elidable]";
            return new PlanEntry(method, method, MethodTreatment.ResidualPure, $"{why}; {reachedBy}");
        }
        if (!method.HasBody)
        {
            return method.IsAbstract
                ? new PlanEntry(method, method, MethodTreatment.Dispatch, $"abstract: the override taken is traced; {reachedBy}")
                : new PlanEntry(method, method, MethodTreatment.ResidualNoBody, $"no IL body; {reachedBy}");
        }
        if (KnownNames.Has(method, KnownNames.LookInsideIf))
        {
            return new PlanEntry(method, method, MethodTreatment.LookInsideIf, $"[LookInsideIf]; {reachedBy}");
        }
        if (HasLoop(method))
        {
            return KnownNames.Has(method, KnownNames.UnrollSafe)
                ? new PlanEntry(method, method, MethodTreatment.LookInsideUnrolled, $"loop, [UnrollSafe]; {reachedBy}")
                : new PlanEntry(method, method, MethodTreatment.ResidualLoop, $"has a loop and no [UnrollSafe]; {reachedBy}");
        }
        return new PlanEntry(method, method, MethodTreatment.LookInside, reachedBy);
    }

    /// <summary>
    /// The string hash the C# compiler emits into the assembly for a switch on strings
    /// (&lt;PrivateImplementationDetails&gt;.ComputeStringHash): a pure function with a loop,
    /// which no [Elidable] can be put on.
    /// </summary>
    private static bool IsCompilerHash(MethodDefinition method) =>
        method.DeclaringType.Name.StartsWith("<PrivateImplementationDetails>", StringComparison.Ordinal)
        && method.Name.StartsWith("Compute", StringComparison.Ordinal) && method.Name.EndsWith("Hash", StringComparison.Ordinal);

    /// <summary>
    /// Where a method loops: the first branch that jumps backward in the IL, which C# emits at the
    /// loop's condition (the for/while line), or null without a loop. Loops are found on the
    /// control flow graph as RPython's support.find_backedges does; the backward branch only
    /// names the place to report.
    /// </summary>
    public static Instruction? LoopBranch(MethodDefinition method)
    {
        var graph = ControlFlowGraph.Build(method);
        if (graph.Blocks.Count == 0)
        {
            return null;
        }
        var loops = LoopFinder.Find(graph, new Dominators(graph));
        if (loops.Count == 0)
        {
            return null;
        }
        var backward = method.Body.Instructions.FirstOrDefault(i => ControlFlowGraph.BranchTargets(i).Any(t => t.Offset <= i.Offset));
        return backward ?? loops[0].Header.First;
    }

    public static bool HasLoop(MethodDefinition method) => LoopBranch(method) is not null;
}
