using Meta.Translator.Diagnostics;
using Meta.Translator.Hints;
using Meta.Translator.Loading;
using Meta.Translator.Plan;
using Meta.Translator.Rules;

namespace Meta.Translator;

/// <summary>
/// The first stage of translation (DESIGN.md §2): read the drivers, decide the traceable set,
/// and check the restricted-C# rules over it. Code generation runs only on a result without errors.
/// </summary>
public static class RcsChecker
{
    public static CheckResult Check(InterpreterAssembly assembly)
    {
        var module = assembly.Module;
        var bag = new DiagnosticBag(assembly.Path);
        if (!assembly.HasSymbols)
        {
            bag.ReportAssembly(RuleIds.NoSymbols,
                "no PDB next to the assembly or embedded in it (or one from another build): merge point arguments cannot be matched to the driver's greens and reds by name, and diagnostics have no source lines; build with debug symbols (portable or embedded)");
        }
        var drivers = DriverReader.Read(module);
        foreach (var problem in drivers.Problems)
        {
            bag.Report(RuleIds.UnreadableDriver, problem.Constructor, problem.Store.Offset, problem.Problem);
        }
        var plan = TraceablePolicy.Build(module, drivers.Drivers);
        if (plan.MergePoints.Count == 0)
        {
            bag.ReportAssembly(RuleIds.NoMergePoint,
                "no JitDriver.MergePoint call in this assembly: there is no portal and nothing is traced");
        }
        foreach (var entry in plan.Entries)
        {
            if (entry.Definition is not { } method)
            {
                continue;
            }
            if (entry.IsTraced)
            {
                MethodRules.Check(method, bag);
                ConstructRules.Check(method, bag);
                KnownResultRule.Check(method, bag);
            }
            if (entry.Treatment == MethodTreatment.LookInsideIf)
            {
                LookInsideIfRule.Check(method, bag);
            }
            if (entry.Treatment == MethodTreatment.ResidualLoop && TraceablePolicy.LoopBranch(method) is { } loop)
            {
                bag.Report(RuleIds.ResidualLoop, method, loop.Offset,
                    $"'{method.Name}' has a loop and no [UnrollSafe]: traces call it instead of inlining it; mark it [UnrollSafe] if the loop is short and fixed in a trace, or [DontLookInside] to say this is meant");
            }
        }
        DeclarationRules.Check(module, plan, bag);
        MergePointRules.Check(module, plan, drivers.Problems, assembly.HasSymbols, bag);
        return new CheckResult(plan, bag.Sorted());
    }
}
