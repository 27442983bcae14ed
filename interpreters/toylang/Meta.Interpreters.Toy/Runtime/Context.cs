using System.Diagnostics;

namespace Meta.Interpreters.Toy.Runtime;

/// <summary>
/// What a running program shares across its frames: the globals, where print writes, the
/// recursion limit, and the clock's start.
/// </summary>
public sealed class Context(Globals globals, TextWriter output, int maxDepth)
{
    /// <summary>The default limit on nested calls: deep enough for real recursion, far from the thread's stack limit.</summary>
    public const int DefaultMaxDepth = 10_000;

    public readonly Globals Globals = globals;

    public readonly TextWriter Output = output;

    /// <summary>Calls nested deeper than this raise "stack overflow".</summary>
    public readonly int MaxDepth = maxDepth;

    public readonly Stopwatch Clock = Stopwatch.StartNew();
}
