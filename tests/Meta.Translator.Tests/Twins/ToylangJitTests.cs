using Meta.Backend.Cil;
using Meta.Interpreters.Toy.Hosting;
using Meta.Interpreters.Toy.Interpreter;
using Meta.Jit;
using Meta.Optimizer;
using Meta.Tracing.Execution;
using Meta.Tracing.Runtime;

namespace Meta.Translator.Tests.Twins;

/// <summary>
/// toylang as its build translates it, run with its JIT: every example program prints what the plain
/// interpreter prints and stops with the same error, with a low threshold, with every guard
/// made to fail once, and with the optimizer and the CIL backend.
/// </summary>
public sealed class ToylangJitTests
{
    private static string Examples
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (!Directory.Exists(Path.Combine(directory.FullName, "examples", "toylang")))
            {
                directory = directory.Parent ?? throw new DirectoryNotFoundException("examples/toylang above the test's folder");
            }
            return Path.Combine(directory.FullName, "examples", "toylang");
        }
    }

    // The benchmarks run millions of iterations: too long for traces run in the IR interpreter.
    public static TheoryData<string> Programs =>
    [
        .. Directory.GetFiles(Examples, "*.toy")
            .Where(path => !File.ReadLines(path).First().StartsWith("// Benchmark", StringComparison.Ordinal))
            .Select(path => Path.GetFileName(path))
            .Order(StringComparer.Ordinal),
    ];

    private static string Run(string program, JitRuntime? runtime) => RunSource(File.ReadAllText(Path.Combine(Examples, program)), program, runtime);

    /// <summary>Runs a program on the toylang the build translated (MetaTranslate=true), with <paramref name="runtime"/> behind its driver.</summary>
    private static string RunSource(string source, string file, JitRuntime? runtime)
    {
        var driver = PortalDriver.Of(DispatchLoop.JitDriver);
        driver.Runtime = runtime;
        try
        {
            var output = new StringWriter();
            var error = new ToySession(output, 200).Run(source, file);
            return output + (error is { } e ? "error: " + e.Message : "");
        }
        finally
        {
            driver.Runtime = null;
        }
    }

    [Theory]
    [MemberData(nameof(Programs))]
    public void A_program_does_the_same_with_the_jit(string program)
    {
        var plain = Run(program, null);
        Assert.Equal(plain, Run(program, new JitRuntime(new JitParameters().With("threshold=3"), trace => trace, new InterpretingCompiler())));
        Assert.Equal(plain, Run(program, new JitRuntime(new JitParameters().With("threshold=2,fail_guards_once=1"), trace => trace, new InterpretingCompiler())));
        Assert.Equal(plain, Run(program, new JitRuntime(new JitParameters().With("threshold=3"), TraceOptimizer.CreateDefault(), new CilTraceCompiler())));
    }

    [Theory]
    [MemberData(nameof(Programs))]
    public void A_program_does_the_same_with_bridges(string program)
    {
        // trace_eagerness=1 with every guard failing once: a bridge is traced from every guard's frames.
        var plain = Run(program, null);
        Assert.Equal(plain, Run(program, new JitRuntime(new JitParameters().With("threshold=2,trace_eagerness=1,fail_guards_once=1"), trace => trace, new InterpretingCompiler())));
        Assert.Equal(plain, Run(program, new JitRuntime(new JitParameters().With("threshold=3,trace_eagerness=2"), TraceOptimizer.CreateDefault(), new CilTraceCompiler())));
    }

    [Fact]
    public void A_hot_toylang_loop_is_traced_compiled_and_entered()
    {
        var runtime = new JitRuntime(new JitParameters().With("threshold=3"), TraceOptimizer.CreateDefault(), new CilTraceCompiler());
        const string Sum = "var total = 0; var i = 0; while i < 3000 { total = total + (i * i) % 7; i = i + 1; } print(total);";
        var plain = RunSource(Sum, "sum", null);
        Assert.Equal("5999\n", plain);
        Assert.Equal(plain, RunSource(Sum, "sum", runtime));
        Assert.True(runtime.Statistics.Loops >= 1, runtime.Statistics.ToString());
        Assert.True(runtime.Statistics.GuardFailures >= 1, runtime.Statistics.ToString());
    }
}
