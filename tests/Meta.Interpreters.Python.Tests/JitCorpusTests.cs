using Meta.Backend.Cil;
using Meta.Jit;
using Meta.Optimizer;
using Meta.Tracing.Execution;
using Meta.Tracing.Runtime;

namespace Meta.Interpreters.Python.Tests;

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class JitCollection
{
    public const string Name = "metapy with the JIT";
}

/// <summary>
/// The JIT-off interpreter is the oracle for the JIT: every corpus program prints what python3
/// printed (its recorded NAME.expected) with Meta's JIT behind the translated dispatch loop, at
/// a low threshold with the optimizer and the CIL backend (loops traced, compiled, entered, left,
/// bridged), and with every guard made to fail once and a bridge traced from each failure
/// (traces run by the IR interpreter).
/// </summary>
[Collection(JitCollection.Name)]
public sealed class JitCorpusTests
{
    public static TheoryData<string> Programs() => ProgramCorpusTests.Programs();

    [Theory]
    [MemberData(nameof(Programs))]
    public void Program_matches_python3_with_the_jit(string name)
    {
        var compiled = new JitRuntime(new JitParameters().With("threshold=3,trace_eagerness=2"), TraceOptimizer.CreateDefault(), new CilTraceCompiler());
        Matches(name, compiled);
    }

    [Theory]
    [MemberData(nameof(Programs))]
    public void Program_matches_python3_with_every_guard_failing_once_into_a_bridge(string name)
    {
        var failing = new JitRuntime(new JitParameters().With("threshold=3,trace_eagerness=1,fail_guards_once=1"), trace => trace, new InterpretingCompiler());
        Matches(name, failing);
    }

    [Fact]
    public void A_hot_python_loop_is_traced_compiled_entered_and_bridged()
    {
        var jit = new JitRuntime(new JitParameters().With("threshold=3,trace_eagerness=2"), TraceOptimizer.CreateDefault(), new CilTraceCompiler());
        const string Program = "t = 0\nfor i in range(3000):\n    if i % 3 == 0:\n        t += i\n    else:\n        t -= 1\nprint(t)\n";
        var (code, stdout, _) = MetapyRun.Run(["-c", Program], jit);
        Assert.Equal((0, "1496500\n"), (code, stdout));
        Assert.True(jit.Statistics.Loops >= 1 && jit.Statistics.Bridges >= 1, jit.Statistics.ToString());
    }

    private static void Matches(string name, JitRuntime jit)
    {
        var (code, lastErrorLine, stdout) = Expected(name);
        var actual = Outcome(name, jit);
        Assert.Equal(stdout, actual.Stdout);
        Assert.Equal(lastErrorLine, actual.LastErrorLine);
        Assert.Equal(code, actual.Code);
    }

    private static (int Code, string LastErrorLine, string Stdout) Expected(string name)
    {
        var expected = File.ReadAllText(Path.Combine(ProgramCorpusTests.ProgramsDirectory, name + ".expected")).Split('\n', 3);
        return (int.Parse(expected[0], System.Globalization.CultureInfo.InvariantCulture), expected[1], expected[2]);
    }

    private static (int Code, string LastErrorLine, string Stdout) Outcome(string name, JitRuntime jit)
    {
        var (code, stdout, stderr) = MetapyRun.Run([Path.Combine(ProgramCorpusTests.ProgramsDirectory, name + ".py")], jit);
        return (code, stderr.Trim().Split('\n')[^1].TrimEnd('\r'), stdout);
    }
}
