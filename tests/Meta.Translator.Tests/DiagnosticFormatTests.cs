using System.Text.RegularExpressions;
using Meta.Translator.Diagnostics;
using Meta.Translator.Rules;
using Mono.Cecil.Cil;

namespace Meta.Translator.Tests;

/// <summary>Diagnostics print as compiler diagnostics; the rule table and the docs agree.</summary>
public sealed class DiagnosticFormatTests
{
    [Fact]
    public void A_diagnostic_prints_in_the_canonical_compiler_form()
    {
        var diagnostic = Assert.Single(CheckedFixture.Check("Linq").Diagnostics);
        var source = FixtureCompiler.SourcePath("Linq");
        Assert.Matches(new Regex($@"^{Regex.Escape(source)}\(28,9\): error META0004: LINQ call 'Enumerable.Max': .* \[Fixtures.Interpreter.Step\(Int32, Int32\), IL_[0-9a-f]{{4}}\]$"), diagnostic.ToString());
    }

    [Fact]
    public void Warnings_print_as_warnings()
    {
        var diagnostic = Assert.Single(CheckedFixture.Check("CleanLoopsAndResidual").Diagnostics);
        Assert.Contains(": warning META0100: 'SumTo' has a loop and no [UnrollSafe]", diagnostic.ToString());
    }

    [Fact]
    public void Rule_ids_are_unique_and_every_rule_is_documented()
    {
        Assert.Equal(RuleIds.All.Count, RuleIds.All.Select(r => r.Id).Distinct().Count());
        var docs = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "translator.md"));
        foreach (var rule in RuleIds.All)
        {
            Assert.Contains($"| {rule.Id} |", docs);
        }
    }

    [Fact]
    public void Opcode_table_leaves_out_what_the_tracer_cannot_handle()
    {
        Assert.True(OpcodeTable.IsSupported(Code.Add_Ovf));
        Assert.True(OpcodeTable.IsSupported(Code.Switch));
        Assert.True(OpcodeTable.IsSupported(Code.Callvirt));
        foreach (var code in new[] { Code.Localloc, Code.Calli, Code.Ldftn, Code.Endfilter, Code.Arglist, Code.Mkrefany, Code.Jmp, Code.Cpblk, Code.Tail, Code.Volatile })
        {
            Assert.False(OpcodeTable.IsSupported(code), code.ToString());
        }
    }

    public static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Meta.sln")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException($"no Meta.sln above {AppContext.BaseDirectory}");
    }
}
