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
        var twins = fixture.Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(m => m.Name.EndsWith("$trace", StringComparison.Ordinal) && !m.IsAbstract)
            .ToList();
        Assert.Equal(fixture.Report.Twins.Count(t => !t.Twin.IsAbstract), twins.Count);
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
        Assert.Empty(failures);
    }
}
