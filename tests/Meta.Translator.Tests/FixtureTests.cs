using Microsoft.CodeAnalysis;

namespace Meta.Translator.Tests;

/// <summary>
/// Every fixture interpreter, compiled in Debug and in Release (the IL differs: nops, temporaries,
/// loop layout), gives exactly the diagnostics its "// expect:" comments name, on those lines,
/// and nothing else. Fixtures without comments are clean interpreters.
/// </summary>
public sealed class FixtureTests
{
    public static TheoryData<string, OptimizationLevel> Fixtures()
    {
        var data = new TheoryData<string, OptimizationLevel>();
        foreach (var name in FixtureCompiler.Names)
        {
            data.Add(name, OptimizationLevel.Release);
            data.Add(name, OptimizationLevel.Debug);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Fixture_reports_exactly_the_expected_rules_on_the_expected_lines(string name, OptimizationLevel optimization)
    {
        var result = CheckedFixture.Check(name, optimization);
        var source = FixtureCompiler.SourcePath(name);
        var expected = ExpectedDiagnostics.Read(source);
        var actual = result.Diagnostics
            .Select(d => d.Location is { } l && l.File == source ? $"{d.Rule.Id}@{l.Line}" : $"{d.Rule.Id}@elsewhere")
            .Order(StringComparer.Ordinal).ToList();
        Assert.True(expected.SequenceEqual(actual),
            $"{name} ({optimization}): expected [{string.Join(", ", expected)}] but got [{string.Join(", ", actual)}]:{Environment.NewLine}{string.Join(Environment.NewLine, result.Diagnostics)}");
    }

    [Fact]
    public void There_are_at_least_twenty_failing_fixtures_and_some_clean_ones()
    {
        var withErrors = FixtureCompiler.Names.Count(n => ExpectedDiagnostics.Read(FixtureCompiler.SourcePath(n)).Any(e => !e.StartsWith("META01", StringComparison.Ordinal)));
        var clean = FixtureCompiler.Names.Count(n => n.StartsWith("Clean", StringComparison.Ordinal));
        Assert.True(withErrors >= 20, $"{withErrors} fixtures with errors");
        Assert.True(clean >= 3, $"{clean} clean fixtures");
    }
}
