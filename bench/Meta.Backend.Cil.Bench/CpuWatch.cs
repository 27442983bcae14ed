using System.Diagnostics;

namespace Meta.Backend.Cil.Bench;

/// <summary>
/// CPU time of this process. The machines are shared (DESIGN.md §10: 2 cores), so wall time
/// includes waiting for a core; CPU time is steadier, though a busy sibling hyperthread still
/// slows it.
/// </summary>
public sealed class CpuWatch
{
    private TimeSpan _start;
    private TimeSpan _stop;

    public static CpuWatch StartNew()
    {
        var watch = new CpuWatch();
        watch._start = Process.GetCurrentProcess().TotalProcessorTime;
        return watch;
    }

    public void Stop() => _stop = Process.GetCurrentProcess().TotalProcessorTime;

    public double Nanoseconds => (_stop - _start).TotalNanoseconds;
}
