namespace Meta.Jit.Tests;

public sealed class JitParametersTests
{
    [Fact]
    public void Defaults_are_RPythons()
    {
        var defaults = new JitParameters();
        Assert.Equal((1039, 1619, 200, 6000, true, 1000, false),
            (defaults.Threshold, defaults.FunctionThreshold, defaults.TraceEagerness, defaults.TraceLimit, defaults.Inlining, defaults.LoopLongevity, defaults.Off));
    }

    [Fact]
    public void Parses_every_parameter()
    {
        var parsed = new JitParameters().With("threshold=3, function_threshold=4,trace_eagerness=5,trace_limit=600,inlining=0,loop_longevity=7");
        Assert.Equal((3, 4, 5, 600, false, 7, false),
            (parsed.Threshold, parsed.FunctionThreshold, parsed.TraceEagerness, parsed.TraceLimit, parsed.Inlining, parsed.LoopLongevity, parsed.Off));
        Assert.True(new JitParameters().With("off").Off);
        Assert.False(new JitParameters().FailGuardsOnce);
        Assert.True(new JitParameters().With("fail_guards_once=1").FailGuardsOnce);
    }

    [Theory]
    [InlineData("threshold", "bad JIT parameter 'threshold': expected name=number or off")]
    [InlineData("threshold=x", "bad JIT parameter 'threshold=x': expected name=number or off")]
    [InlineData("threshold=0", "bad JIT parameter 'threshold=0': the value must be at least 1")]
    [InlineData("speed=9", "unknown JIT parameter 'speed': expected one of threshold, function_threshold, trace_eagerness, trace_limit, inlining, loop_longevity, fail_guards_once, fail_guards_randomly, off")]
    public void Bad_parameters_say_what_is_wrong(string text, string message)
    {
        Assert.Equal(message, Assert.Throws<FormatException>(() => new JitParameters().With(text)).Message);
    }
}
