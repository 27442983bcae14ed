using Meta.Backend.Cil;
using Meta.Interpreters.Python.Interpreter;
using Meta.Jit;
using Meta.Optimizer;
using Meta.Tracing.Runtime;

namespace Meta.Python.Cli;

/// <summary>
/// Attaches Meta's JIT to the translated Python interpreter when the environment asks for it
/// (experimental, off by default): <c>METAPY_JIT=on</c>, or JIT parameters as toy's
/// <c>--jit</c> takes them (<c>threshold=N,trace_eagerness=N,...</c>);
/// <c>METAPY_JIT_SUMMARY=1</c> prints the JIT's statistics to stderr at exit;
/// <c>METAPY_JIT_LOG=FILE</c> writes every trace to FILE (as toy's --jit-log).
/// </summary>
public static class JitHost
{
    /// <summary>The runtime attached, or null (JIT off); an error message for bad parameters.</summary>
    public static JitRuntime? Start(out string? error)
    {
        error = null;
        var setting = Environment.GetEnvironmentVariable("METAPY_JIT");
        if (string.IsNullOrEmpty(setting) || setting == "off")
        {
            return null;
        }
        JitParameters parameters;
        try
        {
            parameters = new JitParameters().With(setting == "on" ? "" : setting);
        }
        catch (FormatException e)
        {
            error = $"metapy: METAPY_JIT: {e.Message}";
            return null;
        }
        if (parameters.Off)
        {
            return null;
        }
        Interp.JitDriver.Parameters = parameters;
        var runtime = new JitRuntime(parameters, TraceOptimizer.CreateDefault(), new CilTraceCompiler());
        if (Environment.GetEnvironmentVariable("METAPY_JIT_LOG") is { Length: > 0 } path)
        {
            try
            {
                runtime.Log = new StreamWriter(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                error = $"metapy: cannot write the JIT log '{path}': {e.Message}";
                return null;
            }
        }
        PortalDriver.Of(Interp.JitDriver).Runtime = runtime;
        return runtime;
    }

    /// <summary>The statistics, when METAPY_JIT_SUMMARY asks for them.</summary>
    public static void Finish(JitRuntime? runtime)
    {
        runtime?.Log?.Flush();
        if (runtime is not null && Environment.GetEnvironmentVariable("METAPY_JIT_SUMMARY") == "1")
        {
            Console.Error.WriteLine(runtime.Statistics.ToString());
        }
    }
}
