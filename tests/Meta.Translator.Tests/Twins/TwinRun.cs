using System.Reflection;
using Meta.Tracing.IR;
using Meta.Tracing.Recording;
using Meta.Tracing.Text;

namespace Meta.Translator.Tests.Twins;

/// <summary>
/// Runs an original method and its twin on the same concrete arguments: the twin gets a fresh
/// recorder and one shadow per argument (a trace input, or a constant when the test says so),
/// and the trace ends with finish(result's shadow).
/// </summary>
public static class TwinRun
{
    public sealed record Outcome(object? Original, object? Twin, string Trace);

    /// <summary>A shadow that is a constant of the trace instead of an input.</summary>
    public sealed record Known(object? Value);

    /// <summary>A mutable argument made anew for each run, so that the original's writes do not change the twin's input.</summary>
    public sealed record Fresh(Func<object> Make);

    public static Outcome Run(TranslatedFixture fixture, string type, string method, params object?[] arguments)
    {
        var original = fixture.Method(type, method);
        var twin = fixture.Method(type, method + "$trace");
        var expected = original.Invoke(null, Concrete(arguments));
        var recorder = new Recorder(1000);
        var context = new TraceContext(recorder);
        var concrete = Concrete(arguments);
        var shadows = arguments.Select((a, i) => a is Known ? ConstantOf(concrete[i]) : (Value)recorder.Input(Descriptors.KindOf(original.GetParameters()[i].ParameterType))).ToArray();
        var actual = twin.Invoke(null, [.. concrete, context, shadows]);
        var results = context.ReturnShadow is { } shadow ? new[] { shadow } : [];
        var trace = recorder.Finish(results);
        return new Outcome(expected, actual, TracePrinter.Print(trace).TrimEnd('\n'));
    }

    /// <summary>The concrete arguments of one run: arrays copied and fresh objects made, so both runs see the same state.</summary>
    private static object?[] Concrete(object?[] arguments) => arguments.Select(Concrete).ToArray();

    private static object? Concrete(object? argument) => argument switch
    {
        Known known => Concrete(known.Value),
        Fresh fresh => fresh.Make(),
        Array array => array.Clone(),
        _ => argument,
    };

    private static Constant ConstantOf(object? value) => value switch
    {
        int i => Constant.Int(i),
        long l => Constant.Long(l),
        double d => Constant.Float(d),
        _ => Constant.Ref(value),
    };

    public static MethodInfo Twin(TranslatedFixture fixture, string type, string method) => fixture.Method(type, method + "$trace");
}
