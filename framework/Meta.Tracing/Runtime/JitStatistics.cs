using System.Diagnostics;
using System.Globalization;
using System.Text;
using Meta.Tracing.Recording;

namespace Meta.Tracing.Runtime;

/// <summary>What the JIT did, for --jit-summary: what was compiled, what aborted and why, where time went.</summary>
public sealed class JitStatistics
{
    public int Loops { get; internal set; }
    public int Functions { get; internal set; }
    public int Bridges { get; internal set; }
    public int GuardsCompiled { get; internal set; }
    public long GuardFailures { get; internal set; }
    public int Released { get; internal set; }
    public int Invalidated { get; internal set; }
    /// <summary>Loops released because a guard kept failing and no bridge could be traced (<see cref="JitRuntime.BridgeUnavailable"/>).</summary>
    public int GivenUp { get; internal set; }
    public Dictionary<AbortReason, int> Aborts { get; } = [];
    public TimeSpan Tracing { get; internal set; }
    public TimeSpan Optimizing { get; internal set; }
    public TimeSpan Compiling { get; internal set; }

    internal void CountAbort(AbortReason reason) => Aborts[reason] = Aborts.GetValueOrDefault(reason) + 1;

    internal static TimeSpan Since(long timestamp) => Stopwatch.GetElapsedTime(timestamp);

    public override string ToString()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"loops compiled:     {Loops}");
        text.AppendLine(CultureInfo.InvariantCulture, $"functions compiled: {Functions}");
        text.AppendLine(CultureInfo.InvariantCulture, $"bridges compiled:   {Bridges}");
        text.AppendLine(CultureInfo.InvariantCulture, $"guards compiled:    {GuardsCompiled}");
        text.AppendLine(CultureInfo.InvariantCulture, $"guard failures:     {GuardFailures}");
        text.AppendLine(CultureInfo.InvariantCulture, $"released:           {Released}");
        text.AppendLine(CultureInfo.InvariantCulture, $"invalidated:        {Invalidated}");
        text.AppendLine(CultureInfo.InvariantCulture, $"given up (no bridge): {GivenUp}");
        var aborts = Aborts.Count == 0 ? "0" : string.Join(", ", Aborts.OrderBy(pair => pair.Key).Select(pair => $"{pair.Key} {pair.Value}"));
        text.AppendLine(CultureInfo.InvariantCulture, $"aborts:             {aborts}");
        text.AppendLine(CultureInfo.InvariantCulture, $"time tracing:       {Tracing.TotalMilliseconds:F1} ms");
        text.AppendLine(CultureInfo.InvariantCulture, $"time optimizing:    {Optimizing.TotalMilliseconds:F1} ms");
        text.Append(CultureInfo.InvariantCulture, $"time compiling:     {Compiling.TotalMilliseconds:F1} ms");
        return text.ToString();
    }
}
