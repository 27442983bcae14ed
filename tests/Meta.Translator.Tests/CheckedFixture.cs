using Meta.Translator.Loading;
using Microsoft.CodeAnalysis;

namespace Meta.Translator.Tests;

/// <summary>Compiles a fixture and runs the checker on it.</summary>
public static class CheckedFixture
{
    public static CheckResult Check(string name, OptimizationLevel optimization = OptimizationLevel.Release)
    {
        using var assembly = InterpreterAssembly.Load(FixtureCompiler.Compile(name, optimization));
        return RcsChecker.Check(assembly);
    }
}
