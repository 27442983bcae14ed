using Meta.Translator.Loading;
using Meta.Translator.Rules;
using Meta.Translator.Twins;
using Microsoft.CodeAnalysis;

namespace Meta.Translator.Tests.Twins;

/// <summary>The twin generator's opcode table against the checker's and against the opcodes the test interpreters use.</summary>
public sealed class TwinOpcodeTableTests
{
    [Fact]
    public void Every_handled_opcode_is_rcs()
    {
        Assert.DoesNotContain(TwinOpcodeTable.All, code => !OpcodeTable.IsSupported(code));
    }

    [Fact]
    public void Every_opcode_of_the_translated_interpreters_is_handled_or_its_method_is_reported()
    {
        var fixture = TranslatedFixture.Get("TwinOps");
        var source = Path.Combine(AppContext.BaseDirectory, "Twins", "Fixtures", "TwinOps.cs");
        var dll = FixtureCompiler.EmitSource("TwinOps", source, File.ReadAllText(source), OptimizationLevel.Release, Path.Combine(FixtureCompiler.Folder, "TwinsOpcodes"), []);
        using var assembly = InterpreterAssembly.Load(dll);
        var plan = RcsChecker.Check(assembly).Plan;
        var unhandled = plan.Traced
            .Where(e => e.Treatment != Plan.MethodTreatment.Portal && e.Definition is { HasBody: true })
            .SelectMany(e => e.Definition!.Body.Instructions.Select(i => (Method: $"{e.Definition.DeclaringType.Name}.{e.Definition.Name}", Opcode: i.OpCode)))
            .Where(x => !TwinOpcodeTable.Handles(x.Opcode.Code))
            .Select(x => $"{x.Method}: {x.Opcode.Name}")
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
        // Each is in a method left without a twin, for the reason the report gives.
        Assert.Equal(["Ops.Single: ldc.r4"], unhandled);
        var skipped = fixture.Report.Skipped.Select(s => $"{s.Method.DeclaringType.Name}.{s.Method.Name}").ToHashSet();
        Assert.All(unhandled, u => Assert.Contains(u[..u.IndexOf(':', StringComparison.Ordinal)], skipped));
    }

    [Fact]
    public void In_the_clean_checker_fixtures_every_unhandled_opcode_is_in_a_method_without_twin()
    {
        foreach (var name in FixtureCompiler.Names.Where(n => n.StartsWith("Clean", StringComparison.Ordinal)))
        {
            using var assembly = InterpreterAssembly.Load(FixtureCompiler.Compile(name, OptimizationLevel.Release));
            var (check, twins) = Translation.Translate(assembly);
            Assert.NotNull(twins);
            var twinned = twins.Twins.Select(t => t.Original).ToHashSet();
            var unhandledInTwins = check.Plan.Traced
                .Where(e => e.Treatment != Plan.MethodTreatment.Portal && e.Definition is { HasBody: true } && twinned.Contains(e.Definition))
                .SelectMany(e => e.Definition!.Body.Instructions.Where(i => !TwinOpcodeTable.Handles(i.OpCode.Code)).Select(i => $"{name}: {e.Definition.Name}: {i.OpCode.Name}"))
                .ToList();
            Assert.Empty(unhandledInTwins);
        }
    }
}
