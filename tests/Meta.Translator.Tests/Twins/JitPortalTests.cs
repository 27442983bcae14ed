using System.Reflection;
using Meta.Backend.Cil;
using Meta.Jit;
using Meta.Optimizer;
using Meta.Tracing.Execution;
using Meta.Tracing.Runtime;

namespace Meta.Translator.Tests.Twins;

/// <summary>
/// The translated portal end to end (Twins/Fixtures/JitLoop.cs): with the JIT on, loops are
/// traced at the merge point by the portal's twin, compiled, entered, and left by failing
/// guards, whose frames are resumed by the generated resume entries; results and output must be
/// those of the plain interpreter, also when every guard is made to fail once.
/// </summary>
public sealed class JitPortalTests
{
    private static TranslatedFixture Fixture => TranslatedFixture.Get("JitLoop");

    private static JitDriver Driver => (JitDriver)Fixture.Type("JitLoop.Interp").GetField("Driver", BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;

    private const int AddImmediate = 0, Add = 1, JumpIfLess = 2, Print = 3, Halt = 4, Divide = 5, Collatz = 6, Saturate = 7, Fail = 8, Modulo = 9;

    // acc += i; seed = collatz(seed); acc += seed; acc += acc / (i % 3) (-1 when i % 3 == 0); print seed; i++ while i < n
    private static readonly int[] CollatzSum =
    [
        AddImmediate, 2, 60, AddImmediate, 3, 27,
        Add, 0, 0, 1, Collatz, 3, Add, 0, 0, 3, Modulo, 5, 1, 3, Divide, 4, 0, 5, Add, 0, 0, 4, Print, 3,
        AddImmediate, 1, 1, JumpIfLess, 1, 2, 6, Halt,
    ];

    // acc += 3 until acc > 100: the error leaves the loop through the portal's handler.
    private static readonly int[] FailsInLoop = [AddImmediate, 2, 1000, AddImmediate, 0, 3, Fail, 0, 100, AddImmediate, 1, 1, JumpIfLess, 1, 2, 3, Halt];

    // r0 saturates at long.MaxValue: the overflow is caught inside the trace.
    private static readonly int[] Saturates = [AddImmediate, 2, 40, AddImmediate, 3, 1, Saturate, 0, 3, AddImmediate, 1, 1, JumpIfLess, 1, 2, 6, Halt];

    private static (long Result, string Output) Run(int[] code, JitRuntime? runtime, long initialAcc = 0)
    {
        PortalDriver.Of(Driver).Runtime = runtime;
        try
        {
            var output = new StringWriter();
            var frame = Activator.CreateInstance(Fixture.Type("JitLoop.Frame"), 8, output)!;
            ((long[])frame.GetType().GetField("Regs")!.GetValue(frame)!)[0] = initialAcc;
            var result = (long)Fixture.Method("JitLoop.Interp", "Run").Invoke(null, [code, frame])!;
            return (result, output.ToString());
        }
        finally
        {
            PortalDriver.Of(Driver).Runtime = null;
        }
    }

    private static JitRuntime Interpreted(string parameters) =>
        new(new JitParameters().With(parameters), trace => trace, new InterpretingCompiler());

    private static JitRuntime Compiled(string parameters) =>
        new(new JitParameters().With(parameters), trace => LoopPeeling.Optimize(trace, Pipeline.Default), new CilTraceCompiler());

    public static TheoryData<string> Programs => ["CollatzSum", "FailsInLoop", "Saturates"];

    /// <summary>The programs whose bridges can be traced (FailsInLoop's only failure leaves the loop through a catch handler, where twins record no guards).</summary>
    public static TheoryData<string> BridgedPrograms => ["CollatzSum", "Saturates"];

    private static (int[] Code, long Acc) Program(string name) => name switch
    {
        "CollatzSum" => (CollatzSum, 0),
        "FailsInLoop" => (FailsInLoop, 0),
        _ => (Saturates, long.MaxValue - 20),
    };

    [Theory]
    [MemberData(nameof(Programs))]
    public void With_the_jit_the_program_does_what_it_does_without(string name)
    {
        var (code, acc) = Program(name);
        var plain = Run(code, null, acc);
        var runtime = Interpreted("threshold=3");
        Assert.Equal(plain, Run(code, runtime, acc));
        Assert.True(runtime.Statistics.Loops >= 1, runtime.Statistics.ToString());
        Assert.True(runtime.Statistics.GuardFailures >= 1, runtime.Statistics.ToString());
    }

    [Theory]
    [MemberData(nameof(Programs))]
    public void Every_guard_failing_once_resumes_exactly(string name)
    {
        var (code, acc) = Program(name);
        var plain = Run(code, null, acc);
        var runtime = Interpreted("threshold=2,fail_guards_once=1");
        Assert.Equal(plain, Run(code, runtime, acc));
        Assert.True(runtime.Statistics.GuardFailures >= 2, runtime.Statistics.ToString());
    }

    [Theory]
    [MemberData(nameof(Programs))]
    public void With_the_optimizer_and_the_cil_backend(string name)
    {
        var (code, acc) = Program(name);
        var plain = Run(code, null, acc);
        var runtime = Compiled("threshold=3");
        Assert.Equal(plain, Run(code, runtime, acc));
        Assert.True(runtime.Statistics.Loops >= 1, runtime.Statistics.ToString());
    }

    [Theory]
    [MemberData(nameof(BridgedPrograms))]
    public void Bridges_are_traced_from_failing_guards_by_the_tracing_entries(string name)
    {
        var (code, acc) = Program(name);
        var plain = Run(code, null, acc);
        var runtime = Interpreted("threshold=3,trace_eagerness=1");
        Assert.Equal(plain, Run(code, runtime, acc));
        Assert.True(runtime.Statistics.Bridges >= 1, runtime.Statistics.ToString());
        Assert.Equal(0, runtime.Statistics.GivenUp);
    }

    [Theory]
    [MemberData(nameof(Programs))]
    public void A_bridge_from_every_guard_failing_once(string name)
    {
        // Each forced failure traces a bridge at once: every guard's frames are entered by the tracing entries.
        var (code, acc) = Program(name);
        var plain = Run(code, null, acc);
        var runtime = Interpreted("threshold=2,trace_eagerness=1,fail_guards_once=1");
        Assert.Equal(plain, Run(code, runtime, acc));
        Assert.True(runtime.Statistics.Bridges >= 2, runtime.Statistics.ToString());
    }

    [Theory]
    [MemberData(nameof(BridgedPrograms))]
    public void Bridges_with_the_optimizer_and_the_cil_backend(string name)
    {
        var (code, acc) = Program(name);
        var plain = Run(code, null, acc);
        var runtime = Compiled("threshold=3,trace_eagerness=2");
        Assert.Equal(plain, Run(code, runtime, acc));
        Assert.True(runtime.Statistics.Bridges >= 1, runtime.Statistics.ToString());
    }
}
