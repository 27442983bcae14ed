using Meta.Translator.Loading;
using Meta.Translator.Plan;
using Microsoft.CodeAnalysis;

namespace Meta.Translator.Tests;

/// <summary>The traceable set: which methods the JIT looks inside, and the treatment of the others.</summary>
public sealed class PlanTests
{
    private static Dictionary<string, MethodTreatment> Treatments(string fixture)
    {
        var result = CheckedFixture.Check(fixture);
        return result.Plan.Entries.ToDictionary(e => $"{e.Method.DeclaringType.Name}.{e.Method.Name}", e => e.Treatment);
    }

    [Fact]
    public void Stack_interpreter_plan_follows_the_policy()
    {
        var treatments = Treatments("CleanStackInterpreter");
        Assert.Equal(MethodTreatment.Portal, treatments["Interpreter.Run"]);
        Assert.Equal(MethodTreatment.LookInside, treatments["Interpreter.Top"]);
        Assert.Equal(MethodTreatment.Dispatch, treatments["Op.Execute"]);
        Assert.Equal(MethodTreatment.LookInside, treatments["Push.Execute"]);
        Assert.Equal(MethodTreatment.LookInside, treatments["Add.Execute"]);
        Assert.Equal(MethodTreatment.LookInsideUnrolled, treatments["Interpreter.ClearAbove"]);
        Assert.Equal(MethodTreatment.ResidualPure, treatments["Code.Length"]);
        Assert.Equal(MethodTreatment.ResidualOpaque, treatments["Interpreter.Report"]);
        Assert.Equal(MethodTreatment.Hint, treatments["JitDriver.MergePoint"]);
        Assert.Equal(MethodTreatment.Hint, treatments["JitDriver.CanEnterJit"]);
        // Residual methods are not followed: what Report calls is not in the plan, nor is unreachable code.
        Assert.DoesNotContain("Console.WriteLine", treatments.Keys);
        Assert.DoesNotContain("Enumerable.Sum", treatments.Keys);
        Assert.DoesNotContain("Interpreter.Unreachable", treatments.Keys);
    }

    [Fact]
    public void A_method_with_a_loop_is_residual_and_the_bcl_is_external()
    {
        var treatments = Treatments("CleanLoopsAndResidual");
        Assert.Equal(MethodTreatment.ResidualLoop, treatments["Summer.SumTo"]);
        var instance = Treatments("CleanInstancePortal");
        Assert.Equal(MethodTreatment.ResidualExternal, instance["String.get_Chars"]);
        Assert.Equal(MethodTreatment.Hint, instance["Hints.Promote"]);
        Assert.Equal(MethodTreatment.LookInside, instance["Pair.Sum"]);
    }

    [Fact]
    public void The_compilers_string_hash_is_a_pure_residual_call()
    {
        var treatments = Treatments("CleanStringSwitch");
        Assert.Equal(MethodTreatment.ResidualPure, treatments["<PrivateImplementationDetails>.ComputeStringHash"]);
        Assert.Equal(MethodTreatment.ResidualExternal, treatments["StringBuilder.Append"]);
    }

    [Fact]
    public void Drivers_are_read_from_the_static_constructor()
    {
        var plan = CheckedFixture.Check("CleanInstancePortal").Plan;
        var driver = Assert.Single(plan.Drivers.Values);
        Assert.Equal("machine", driver.Name);
        Assert.Equal(["pc", "program"], driver.Greens);
        Assert.Equal(["this", "acc"], driver.Reds);
        Assert.Null(driver.Virtualizable);
        var site = Assert.Single(plan.MergePoints);
        Assert.Same(driver, site.Driver);
        Assert.Equal("Run", site.Method.Name);
        // pc and acc are locals, program is parameter 1 and this is argument 0 of the instance portal.
        Assert.Equal(["pc", "program", "this", "acc"], site.Arguments.Select(v => Analysis.VariableAccess.Name(v!.Value, site.Method)));
        Assert.Equal([false, true, true, false], site.Arguments.Select(v => v!.Value.IsArgument));
        Assert.Empty(plan.CanEnterJits);
    }

    [Fact]
    public void Can_enter_jit_sites_are_in_the_plan()
    {
        var plan = CheckedFixture.Check("CleanStackInterpreter").Plan;
        var site = Assert.Single(plan.CanEnterJits);
        Assert.False(site.IsMergePoint);
        Assert.Equal("stack", site.Driver!.Name);
        Assert.Equal(3, site.Arguments.Count);
        Assert.Contains("can_enter_jit of stack in Fixtures.Interpreter.Run(Code, Frame)", plan.Describe());
    }

    [Fact]
    public void Plan_text_lists_every_method_with_its_reason()
    {
        var text = CheckedFixture.Check("CleanStackInterpreter").Plan.Describe();
        Assert.Contains("driver stack (Fixtures.Interpreter.Driver): greens pc, code; reds frame, virtualizable frame", text);
        Assert.Contains("LookInsideUnrolled:", text);
        Assert.Contains("Fixtures.Interpreter.ClearAbove(Frame, Int32)  (loop, [UnrollSafe]; called from Fixtures.Interpreter.Run(Code, Frame))", text);
        Assert.Contains("may run for a virtual call to Fixtures.Op.Execute(Frame, Int32)", text);
    }

    [Fact]
    public void An_embedded_pdb_gives_source_lines()
    {
        var source = FixtureCompiler.SourcePath("Linq");
        var folder = Path.Combine(FixtureCompiler.Folder, "embedded");
        var dll = FixtureCompiler.EmitSource("Linq", source, File.ReadAllText(source), OptimizationLevel.Release, folder, [], Microsoft.CodeAnalysis.Emit.DebugInformationFormat.Embedded);
        Assert.False(File.Exists(Path.ChangeExtension(dll, ".pdb")));
        using var assembly = InterpreterAssembly.Load(dll);
        Assert.True(assembly.HasSymbols);
        var diagnostic = Assert.Single(RcsChecker.Check(assembly).Diagnostics);
        Assert.Equal(new Diagnostics.SourceLocation(source, 28, 9), diagnostic.Location);
    }

    [Fact]
    public void A_pdb_from_another_build_is_ignored_and_reported()
    {
        var compiled = FixtureCompiler.Compile("Lock", OptimizationLevel.Release);
        var folder = Path.Combine(FixtureCompiler.Folder, "stalepdb");
        Directory.CreateDirectory(folder);
        var copy = Path.Combine(folder, "Lock.dll");
        File.Copy(compiled, copy, overwrite: true);
        File.Copy(Path.ChangeExtension(FixtureCompiler.Compile("Linq", OptimizationLevel.Release), ".pdb"), Path.ChangeExtension(copy, ".pdb"), overwrite: true);
        using var assembly = InterpreterAssembly.Load(copy);
        Assert.False(assembly.HasSymbols);
        Assert.Equal(["META0010", "META0021"], RcsChecker.Check(assembly).Diagnostics.Select(d => d.Rule.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Without_a_pdb_diagnostics_name_the_assembly_and_say_that_names_are_unknown()
    {
        var compiled = FixtureCompiler.Compile("Linq", OptimizationLevel.Release);
        var folder = Path.Combine(FixtureCompiler.Folder, "nopdb");
        Directory.CreateDirectory(folder);
        var copy = Path.Combine(folder, "Linq.dll");
        File.Copy(compiled, copy, overwrite: true);
        using var assembly = InterpreterAssembly.Load(copy);
        Assert.False(assembly.HasSymbols);
        var diagnostics = RcsChecker.Check(assembly).Diagnostics;
        Assert.Equal(["META0004", "META0021"], diagnostics.Select(d => d.Rule.Id).Order(StringComparer.Ordinal));
        Assert.All(diagnostics, d => Assert.Null(d.Location));
        var diagnostic = diagnostics.Single(d => d.Rule.Id == "META0004");
        Assert.Null(diagnostic.Location);
        Assert.StartsWith($"{copy}: error META0004: ", diagnostic.ToString());
    }
}
