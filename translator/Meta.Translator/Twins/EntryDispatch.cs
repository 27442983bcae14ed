using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Meta.Translator.Twins;

/// <summary>
/// How a generated entry (a resume entry, the portal's twin entered at its merge point, the
/// portal continuing after the JIT) jumps to an IL offset in the middle of its method. A branch
/// may not enter a protected region other than at its first instruction, with an empty stack
/// (ECMA-335 I.12.4.2.8): so the entry branches to the start of the outermost try block holding
/// the target, where a dispatch (run only while <c>resuming</c>) branches to the next inner try
/// block's start, and so on; the innermost level pushes the target's stack and branches to it.
/// C#'s async state machines enter try blocks the same way. Targets inside handlers are never
/// asked for: twins do not record guards there (TraceContext.Unresumable).
/// </summary>
public sealed class EntryDispatch
{
    private readonly MethodBody _body;
    private readonly ILProcessor _il;
    private readonly VariableDefinition _target;
    private readonly VariableDefinition _resuming;
    private readonly Func<Instruction, Instruction> _branchTo;
    private readonly MethodReference _invalidOperation;
    private readonly List<(Instruction Target, List<Instruction> Chain)> _targets;

    /// <summary>
    /// A dispatch over <paramref name="targets"/> (instructions of the original
    /// <paramref name="body"/>) emitted with <paramref name="il"/>, reading the target offset and
    /// the resuming flag from the entry's locals; <paramref name="branchTo"/> makes a branch to
    /// where an original instruction starts in the entry (fixed up by the caller).
    /// </summary>
    public EntryDispatch(MethodBody body, ILProcessor il, VariableDefinition target, VariableDefinition resuming, IEnumerable<Instruction> targets,
        Func<Instruction, Instruction> branchTo, TracingRuntime runtime)
    {
        _body = body;
        _il = il;
        _target = target;
        _resuming = resuming;
        _branchTo = branchTo;
        _invalidOperation = runtime.InvalidOperationConstructor;
        _targets = targets.Distinct().OrderBy(t => t.Offset)
            .Select(t => (t, Regions.EnclosingTries(body, t).Select(h => h.TryStart).Distinct().OrderBy(s => s.Offset).ToList()))
            .ToList();
    }

    /// <summary>The dispatch at the method's top level (outside every region).</summary>
    public void EmitTop(Action<Instruction> arrive) => EmitLevel(null, arrive);

    /// <summary>Whether <paramref name="instruction"/> starts a try block some target is inside.</summary>
    public bool StartsTry(Instruction instruction) => _targets.Any(t => t.Chain.Contains(instruction));

    /// <summary>The dispatch at the start of the try block(s) beginning at <paramref name="tryStart"/>: skipped unless resuming.</summary>
    public void EmitAtTryStart(Instruction tryStart, Action<Instruction> arrive)
    {
        var normal = _il.Create(OpCodes.Nop);
        _il.Emit(OpCodes.Ldloc, _resuming);
        _il.Emit(OpCodes.Brfalse, normal);
        EmitLevel(tryStart, arrive);
        _il.Append(normal);
    }

    private void EmitLevel(Instruction? level, Action<Instruction> arrive)
    {
        foreach (var (target, chain) in _targets)
        {
            var index = level is null ? -1 : chain.IndexOf(level);
            if (level is not null && index < 0)
            {
                continue;
            }
            var next = _il.Create(OpCodes.Nop);
            _il.Emit(OpCodes.Ldloc, _target);
            _il.Emit(OpCodes.Ldc_I4, target.Offset);
            _il.Emit(OpCodes.Bne_Un, next);
            if (index + 1 < chain.Count)
            {
                _il.Append(_branchTo(chain[index + 1]));
            }
            else
            {
                arrive(target);
                _il.Emit(OpCodes.Ldc_I4_0);
                _il.Emit(OpCodes.Stloc, _resuming);
                _il.Append(_branchTo(target));
            }
            _il.Append(next);
        }
        _il.Emit(OpCodes.Ldstr, $"no resume point at the offset asked for in {_body.Method.FullName}");
        _il.Emit(OpCodes.Newobj, _invalidOperation);
        _il.Emit(OpCodes.Throw);
    }
}
