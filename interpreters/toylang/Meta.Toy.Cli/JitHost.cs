using System.Globalization;
using Meta.Backend.Cil;
using Meta.Interpreters.Toy.Bytecode;
using Meta.Interpreters.Toy.Interpreter;
using Meta.Optimizer;
using Meta.Tracing.Runtime;

namespace Meta.Toy.Cli;

/// <summary>
/// Attaches Meta's JIT to the translated toylang interpreter: a runtime with the optimizer and
/// the CIL backend behind the dispatch loop's driver, the log and the summary the command line
/// asks for.
/// </summary>
public sealed class JitHost : IDisposable
{
    private readonly JitRuntime? _runtime;
    private readonly StreamWriter? _log;
    private readonly bool _summary;

    private JitHost(JitRuntime? runtime, StreamWriter? log, bool summary)
    {
        _runtime = runtime;
        _log = log;
        _summary = summary;
    }

    /// <summary>The JIT as <paramref name="options"/> say (none with --jit off); null after reporting a log file that cannot be written.</summary>
    public static JitHost? Start(CommandLine options, TextWriter errors)
    {
        DispatchLoop.JitDriver.Parameters = options.Jit;
        if (options.Jit.Off)
        {
            return new JitHost(null, null, options.JitSummary);
        }
        StreamWriter? log = null;
        if (options.JitLog is { } path)
        {
            try
            {
                log = new StreamWriter(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                errors.WriteLine($"toy: cannot write the JIT log '{path}': {e.Message}");
                return null;
            }
        }
        var runtime = new JitRuntime(options.Jit, TraceOptimizer.CreateDefault(), new CilTraceCompiler())
        {
            Log = log,
            DescribePosition = Describe,
        };
        PortalDriver.Of(DispatchLoop.JitDriver).Runtime = runtime;
        return new JitHost(runtime, log, options.JitSummary);
    }

    /// <summary>A loop's position as the log heads it: file:line:col of the instruction at the merge point, and its function.</summary>
    private static string Describe(GreenKey key)
    {
        var pc = key.First.AsInt;
        var code = (CodeObject)key.Second.AsRef!;
        return string.Create(CultureInfo.InvariantCulture, $"{code.File}:{code.Lines[pc]}:{code.Columns[pc]} (in {code.Name}, pc {pc})");
    }

    /// <summary>Prints the summary (if asked) and closes the log.</summary>
    public void Finish(TextWriter errors)
    {
        if (_summary)
        {
            errors.WriteLine(_runtime is null ? "jit: off" : _runtime.Statistics.ToString());
        }
        _log?.Flush();
    }

    public void Dispose()
    {
        if (_runtime is not null)
        {
            PortalDriver.Of(DispatchLoop.JitDriver).Runtime = null;
        }
        _log?.Dispose();
    }
}
