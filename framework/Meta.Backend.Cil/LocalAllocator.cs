using System.Reflection.Emit;
using Meta.Tracing.IR;

namespace Meta.Backend.Cil;

/// <summary>
/// Gives a trace's SSA values IL locals, sharing one local among values whose lifetimes do not
/// overlap (a linear scan over operation positions, after Poletto and Sarkar's linear-scan
/// register allocation). RyuJIT enregisters only a bounded number of tracked locals and compiles
/// a method with MinOpts (no optimization at all) past about 2,000 locals or 60,000 bytes of IL,
/// so one local per value would make long traces slow; with sharing, the count is the most
/// values live at once.
/// </summary>
/// <remarks>
/// Inputs and label arguments live across the loop's back edge and keep their own locals. Every
/// other value lives from its operation to its last use in the same trace; a guard's resume data
/// counts as a use at the guard, since its exit block (or inlined bridge) runs straight from it.
/// An operation's result never shares a local with its own operands, because some sequences
/// (explicit overflow tests) read the operands again after storing the result.
/// </remarks>
internal static class LocalAllocator
{
    public static void Allocate(Trace trace, ILGenerator il, Dictionary<Value, LocalBuilder> locals, Func<ValueKind, Type> clrType)
    {
        var ops = trace.Operations;
        var pinned = new HashSet<Value>(trace.Inputs);
        foreach (var label in ops.Where(op => op.Opcode == Opcode.Label))
        {
            pinned.UnionWith(label.Operands.Where(value => value is not Constant));
        }
        foreach (var value in pinned)
        {
            locals.Add(value, il.DeclareLocal(clrType(value.Kind)));
        }
        var dying = new List<Value>[ops.Count];
        var lastUse = new Dictionary<Value, int>();
        for (var i = 0; i < ops.Count; i++)
        {
            foreach (var value in ops[i].Operands.Concat(ops[i].Resume?.LiveValues ?? []))
            {
                if (value is Operation && !pinned.Contains(value))
                {
                    lastUse[value] = i;
                }
            }
        }
        for (var i = 0; i < ops.Count; i++)
        {
            var op = ops[i];
            if (op.Kind != ValueKind.Void && !pinned.Contains(op))
            {
                // A value nobody reads still needs somewhere to be stored; it dies at once.
                var last = lastUse.GetValueOrDefault(op, i);
                (dying[last] ??= []).Add(op);
            }
        }
        var free = new Dictionary<Type, Stack<LocalBuilder>>();
        for (var i = 0; i < ops.Count; i++)
        {
            var op = ops[i];
            if (op.Kind != ValueKind.Void && !pinned.Contains(op))
            {
                var type = clrType(op.Kind);
                locals.Add(op, free.TryGetValue(type, out var pool) && pool.Count > 0 ? pool.Pop() : il.DeclareLocal(type));
            }
            foreach (var value in dying[i] ?? [])
            {
                var local = locals[value];
                if (!free.TryGetValue(local.LocalType, out var pool))
                {
                    pool = new Stack<LocalBuilder>();
                    free.Add(local.LocalType, pool);
                }
                pool.Push(local);
            }
        }
    }
}
