using System.Reflection;
using System.Runtime.CompilerServices;

namespace Meta.Translator.Tests.Twins;

/// <summary>Every generated method is valid IL: the runtime's JIT compiles each one.</summary>
public sealed class TwinCompilationTests
{
    [Fact]
    public void Every_twin_is_compiled_by_the_jit()
    {
        var fixture = TranslatedFixture.Get("TwinOps");
        Assert.Empty(Compile(fixture.Assembly, fixture.Report.Twins.Count(t => !t.Twin.IsAbstract)));
    }

    [Fact]
    public void Twins_of_the_clean_checker_fixtures_are_compiled_by_the_jit()
    {
        // The checker's clean interpreters (virtualizable frames, virtual dispatch, unrolled
        // loops) are translated as a build would, loaded, and every twin JIT-compiled.
        var failures = new List<string>();
        var total = 0;
        foreach (var name in FixtureCompiler.Names.Where(n => n.StartsWith("Clean", StringComparison.Ordinal)))
        {
            using var assembly = Loading.InterpreterAssembly.Load(FixtureCompiler.Compile(name, Microsoft.CodeAnalysis.OptimizationLevel.Release));
            var (_, twins) = Translation.Translate(assembly);
            Assert.NotNull(twins);
            var image = new MemoryStream();
            Translation.Write(assembly, image, null);
            image.Position = 0;
            var loaded = new System.Runtime.Loader.AssemblyLoadContext("twins-clean-" + name).LoadFromStream(image);
            var count = twins.Twins.Count(t => !t.Twin.IsAbstract);
            total += count;
            failures.AddRange(Compile(loaded, count).Select(f => $"{name}: {f}"));
        }
        Assert.Empty(failures);
        Assert.True(total > 0, "no twins in the clean fixtures");
    }

    private static List<string> Compile(Assembly assembly, int expected)
    {
        // Twins ($trace), the helpers of their residual calls ($guard, $new, $init, Type$Method),
        // resume entries ($resume), tracing entries ($retrace) and their dispatchers.
        var twins = assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(m => (m.Name.Contains('$', StringComparison.Ordinal) || m.DeclaringType!.Name == "<MetaResume>") && !m.IsAbstract)
            .ToList();
        Assert.Equal(expected, twins.Count(m => m.Name.EndsWith("$trace", StringComparison.Ordinal)));
        var failures = new List<string>();
        foreach (var twin in twins)
        {
            try
            {
                RuntimeHelpers.PrepareMethod(twin.MethodHandle);
            }
            catch (InvalidProgramException e)
            {
                // Collected rather than thrown, so one run names every twin the JIT rejects.
                failures.Add($"{twin.DeclaringType!.Name}.{twin.Name}: {e.Message}");
            }
        }
        return failures;
    }
}
