using Meta.Translator;
using Meta.Translator.Diagnostics;
using Meta.Translator.Loading;

namespace Meta.Interpreters.Python.Tests;

/// <summary>
/// The Python interpreter is restricted C# wherever the JIT looks inside it (docs/translator.md):
/// the translator's checker runs over the built assembly and must report no error, so a lambda,
/// LINQ call, delegate invocation or exception filter on a traced path fails here, with the
/// checker's file:line message, before it reaches a translated build.
/// </summary>
public sealed class RestrictedCSharpTests
{
    [Fact]
    public void The_interpreter_assembly_passes_the_RC_sharp_checker_without_errors()
    {
        var path = typeof(Runner).Assembly.Location;
        using var assembly = InterpreterAssembly.Load(path);
        var result = RcsChecker.Check(assembly);
        var errors = result.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.ToString()).ToList();
        Assert.Empty(errors);
        // The check saw the real portal: the dispatch loop's merge point was found.
        Assert.NotEmpty(result.Plan.MergePoints);
    }
}
