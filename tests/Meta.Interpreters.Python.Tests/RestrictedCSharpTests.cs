using Meta.Translator;
using Meta.Translator.Diagnostics;
using Meta.Translator.Loading;

namespace Meta.Interpreters.Python.Tests;

/// <summary>
/// The Python interpreter is restricted C# wherever the JIT looks inside it (docs/translator.md):
/// the translator's checker runs over the built assembly and must report no error, so a lambda,
/// LINQ call, delegate invocation or exception filter on a traced path fails here, with the
/// checker's file:line message, before it reaches a translated build. The build translates the
/// interpreter (MetaTranslate=true) and keeps the assembly as compiled beside it, which the
/// checker reads.
/// </summary>
public sealed class RestrictedCSharpTests
{
    [Fact]
    public void The_interpreter_assembly_passes_the_RC_sharp_checker_without_errors()
    {
        using var assembly = InterpreterAssembly.Load(Untranslated(), [AppContext.BaseDirectory]);
        var result = RcsChecker.Check(assembly);
        var errors = result.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.ToString()).ToList();
        Assert.Empty(errors);
        // The check saw the real portal: the dispatch loop's merge point was found.
        Assert.NotEmpty(result.Plan.MergePoints);
    }

    /// <summary>The interpreter as compiled (its build keeps it in obj/, for this test's configuration).</summary>
    private static string Untranslated()
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var (framework, configuration) = (output.Name, output.Parent!.Name);
        var directory = output;
        while (!Directory.Exists(Path.Combine(directory.FullName, "interpreters", "python")))
        {
            directory = directory.Parent ?? throw new DirectoryNotFoundException("interpreters/python above the test's folder");
        }
        return Path.Combine(directory.FullName, "interpreters", "python", "Meta.Interpreters.Python", "obj", configuration, framework,
            "Meta.Interpreters.Python.untranslated.dll");
    }

    [Fact]
    public void The_build_translated_the_interpreter_and_its_portal_has_a_tracing_twin()
    {
        var interp = typeof(Interpreter.Interp);
        var methods = interp.GetMethods(System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static).Select(m => m.Name).ToList();
        Assert.Contains("Loop$trace", methods);
        Assert.Contains("Loop$resume", methods);
    }
}
