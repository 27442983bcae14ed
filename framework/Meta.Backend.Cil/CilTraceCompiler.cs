using Meta.Tracing.Execution;
using Meta.Tracing.IR;
using Meta.Tracing.Runtime;

namespace Meta.Backend.Cil;

/// <summary>
/// The CIL backend as the JIT runtime's compiler. A loop and its bridges are one sealed method
/// (the fastest code) while the tree is small; once it has more than <see cref="TreeLimit"/>
/// operations, compiling it again for every new bridge would cost time quadratic in its size,
/// and RyuJIT compiles very large methods without optimizing them: the tree is compiled once
/// more, unsealed, and each later bridge is compiled alone and attached to its guard through the
/// guard table (LuaJIT and RPython always compile side traces alone and patch the exit).
/// </summary>
public sealed class CilTraceCompiler : ITraceCompiler
{
    private static readonly CilCompileOptions SealedTree = new() { Sealed = true };
    private static readonly CilCompileOptions Open = new();

    /// <summary>
    /// Operations of a loop and its bridges up to which the tree is compiled again as one method.
    /// Measured on toylang's lists benchmark (136 bridges): with 2,000 the bridges' compilation
    /// took 6.7 s (trees of about 1,000 operations took 120-200 ms each), with 400 it took 0.67 s.
    /// </summary>
    public int TreeLimit { get; init; } = 400;

    public ICompiledLoop Compile(Trace trace, IReadOnlyDictionary<Operation, Trace> bridges) =>
        new Loop(bridges.Count == 0 ? CilBackend.Compile(trace, SealedTree) : CilBackend.CompileTree(trace, bridges, SealedTree));

    public ICompiledLoop? Extend(ICompiledLoop loop, Trace trace, IReadOnlyDictionary<Operation, Trace> bridges, IReadOnlyList<Operation> added)
    {
        if (trace.Operations.Count + bridges.Values.Sum(bridge => bridge.Operations.Count) <= TreeLimit)
        {
            return null;
        }
        var extended = (Loop)loop;
        if (extended.Root.IsSealed)
        {
            var earlier = bridges.Where(pair => !added.Contains(pair.Key)).ToDictionary();
            extended = new Loop(CilBackend.CompileTree(trace, earlier, Open));
        }
        foreach (var guard in added)
        {
            extended.Attach(guard, CilBackend.CompileBridge(bridges[guard], extended.Root, Open));
        }
        return extended;
    }

    private sealed class Loop(CompiledTrace root) : ICompiledLoop
    {
        // The separately compiled bridges, whose guards may get bridges of their own.
        private readonly List<CompiledTrace> _attached = [];

        public CompiledTrace Root { get; } = root;

        public ExitResult Execute(IReadOnlyList<TraceValue> inputs) => Root.Execute(inputs);

        public void Invalidate() => Root.Invalidate();

        public void Attach(Operation guard, CompiledTrace bridge)
        {
            var owner = _attached.Prepend(Root).First(code => code.Guards.Contains(guard));
            owner.AttachBridge(IndexOf(owner.Guards, guard), bridge);
            _attached.Add(bridge);
        }

        private static int IndexOf(IReadOnlyList<Operation> guards, Operation guard)
        {
            for (var i = 0; i < guards.Count; i++)
            {
                if (ReferenceEquals(guards[i], guard))
                {
                    return i;
                }
            }
            throw new ArgumentException("the guard is not compiled in this code", nameof(guard));
        }
    }
}
