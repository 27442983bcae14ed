using System.Globalization;

namespace Meta.Jit;

/// <summary>
/// The JIT's run-time parameters, with RPython's defaults (rlib/jit.py PARAMETERS) until our
/// measurements say otherwise. Parsed from "threshold=1039,trace_limit=6000,off" as given to
/// --jit on the command line.
/// </summary>
public sealed record JitParameters
{
    /// <summary>Backward jumps at one position before a loop is traced.</summary>
    public int Threshold { get; init; } = 1039;

    /// <summary>Calls of one function before its entry is traced (for recursion and calls not in loops).</summary>
    public int FunctionThreshold { get; init; } = 1619;

    /// <summary>Failures of one guard before a bridge is traced from it.</summary>
    public int TraceEagerness { get; init; } = 200;

    /// <summary>Operations in one trace before tracing aborts.</summary>
    public int TraceLimit { get; init; } = 6000;

    /// <summary>Whether calls to other user functions are inlined into traces.</summary>
    public bool Inlining { get; init; } = true;

    /// <summary>Loops not entered for this many collections of compiled code are released.</summary>
    public int LoopLongevity { get; init; } = 1000;

    /// <summary>No tracing, no compiled code: the plain interpreter.</summary>
    public bool Off { get; init; }

    /// <summary>
    /// Debugging deoptimization: compiled traces run in the IR interpreter, and every guard fails
    /// the first time it is reached, even when it holds, so that each resume path runs once.
    /// </summary>
    public bool FailGuardsOnce { get; init; }

    /// <summary>
    /// Debugging deoptimization with random failures: compiled traces run in the IR interpreter
    /// and each guard reached fails, even when it holds, with probability 1/8, drawn from a
    /// generator seeded with this value (0: off), so that a run is repeatable.
    /// </summary>
    public int FailGuardsRandomly { get; init; }

    public static readonly IReadOnlyList<string> Names =
        ["threshold", "function_threshold", "trace_eagerness", "trace_limit", "inlining", "loop_longevity", "fail_guards_once", "fail_guards_randomly", "off"];

    /// <summary>Reads "name=value,..." (and "off") over these parameters; errors name the bad part.</summary>
    public JitParameters With(string text)
    {
        var result = this;
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == "off")
            {
                result = result with { Off = true };
                continue;
            }
            var pieces = part.Split('=', 2);
            if (pieces.Length != 2 || !int.TryParse(pieces[1], NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                throw new FormatException($"bad JIT parameter '{part}': expected name=number or off");
            }
            result = pieces[0] switch
            {
                "threshold" => result with { Threshold = Positive(part, value) },
                "function_threshold" => result with { FunctionThreshold = Positive(part, value) },
                "trace_eagerness" => result with { TraceEagerness = Positive(part, value) },
                "trace_limit" => result with { TraceLimit = Positive(part, value) },
                "inlining" => result with { Inlining = value != 0 },
                "loop_longevity" => result with { LoopLongevity = Positive(part, value) },
                "fail_guards_once" => result with { FailGuardsOnce = value != 0 },
                "fail_guards_randomly" => result with { FailGuardsRandomly = value },
                _ => throw new FormatException($"unknown JIT parameter '{pieces[0]}': expected one of {string.Join(", ", Names)}"),
            };
        }
        return result;
    }

    private static int Positive(string part, int value) =>
        value > 0 ? value : throw new FormatException($"bad JIT parameter '{part}': the value must be at least 1");
}
