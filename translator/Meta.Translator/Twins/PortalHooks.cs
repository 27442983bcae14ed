using Meta.Translator.Analysis;
using Meta.Translator.Hints;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Meta.Translator.Twins;

/// <summary>
/// The plain portal's MergePoint and CanEnterJit, rewritten into calls of the PortalDriver
/// (RPython's warmspot.py rewrites can_enter_jit into maybe_compile_and_run and makes the
/// portal re-enterable through its portal runner). CanEnterJit counts the user's backward jump;
/// the merge point costs one field read unless CanEnterJit armed it, and then hands control to
/// the JIT through the portal's epilogue, outside every protected region (the JIT's code ran
/// the portal's handlers already). The epilogue continues where the JIT says: at the merge point
/// after tracing, or in the frame of a failing guard. One instance per body rewritten.
/// </summary>
public sealed class PortalHooks
{
    private readonly PortalSite _site;
    private readonly TracingRuntime _rt;
    private readonly Func<Variable, Instruction> _load;
    private readonly VariableDefinition _action;
    private readonly Instruction _epilogue;

    /// <summary>
    /// Hooks for one body emitted with <paramref name="il"/>: <paramref name="load"/> makes the
    /// instruction loading an argument or local of the original portal in this body,
    /// <paramref name="newLocal"/> adds a local to it.
    /// </summary>
    public PortalHooks(PortalSite site, TracingRuntime runtime, ILProcessor il, Func<Variable, Instruction> load, Func<TypeReference, VariableDefinition> newLocal)
    {
        _site = site;
        _rt = runtime;
        _load = load;
        _action = newLocal(site.Method.Module.TypeSystem.Int32);
        _epilogue = il.Create(OpCodes.Nop);
    }

    /// <summary>The first instruction of the epilogue (the end of the regions that reached the end of the method).</summary>
    public Instruction Epilogue => _epilogue;

    /// <summary>The code replacing the MergePoint or CanEnterJit call <paramref name="call"/> (its arguments are on the stack, the driver below them).</summary>
    public List<Instruction> Hook(ILProcessor il, Instruction call)
    {
        var callee = (MethodReference)call.Operand;
        var code = new List<Instruction>();
        for (var i = 0; i <= callee.Parameters.Count; i++)
        {
            code.Add(il.Create(OpCodes.Pop));
        }
        if (KnownNames.IsCanEnterJit(callee))
        {
            if (!_site.CanEnterJits.TryGetValue(call, out var site) || site.Arguments.Any(a => a is null))
            {
                throw new TwinUnsupportedException($"the CanEnterJit at IL_{call.Offset:x4} does not pass the driver's variables");
            }
            code.Add(il.Create(OpCodes.Ldsfld, _site.StateField));
            code.AddRange(Values(il, site.Arguments.Take(_site.GreenSlots.Count).Select(v => v!.Value).ToList()));
            code.Add(il.Create(OpCodes.Callvirt, _rt.PortalCanEnterJit));
            return code;
        }
        var skip = il.Create(OpCodes.Nop);
        code.Add(il.Create(OpCodes.Ldsfld, _site.StateField));
        code.Add(il.Create(OpCodes.Callvirt, _rt.PortalArmed));
        code.Add(il.Create(OpCodes.Brfalse, skip));
        code.Add(il.Create(OpCodes.Ldsfld, _site.StateField));
        code.AddRange(Values(il, _site.Greens));
        code.Add(il.Create(OpCodes.Callvirt, _rt.PortalAtMergePoint));
        code.Add(il.Create(OpCodes.Dup));
        code.Add(il.Create(OpCodes.Stloc, _action));
        code.Add(il.Create(OpCodes.Brfalse, skip));
        code.Add(il.Create(OpCodes.Leave, _epilogue));
        code.Add(skip);
        return code;
    }

    /// <summary>
    /// The epilogue: PortalDriver.Jit, then the portal's result (as the portal returns it, or
    /// boxed from the portal's resume entry: <paramref name="returnsBoxed"/>), or
    /// <paramref name="continueAt"/> with the PortalContinuation in a local.
    /// </summary>
    public List<Instruction> EpilogueCode(ILProcessor il, Func<VariableDefinition, IEnumerable<Instruction>> continueAt, Func<TypeReference, VariableDefinition> newLocal,
        bool returnsBoxed)
    {
        var module = _site.Method.Module;
        var result = newLocal(module.TypeSystem.Object);
        var continuation = newLocal(_rt.Continuation);
        var code = new List<Instruction> { _epilogue };
        code.Add(il.Create(OpCodes.Ldsfld, _site.StateField));
        code.Add(il.Create(OpCodes.Ldloc, _action));
        code.Add(il.Create(OpCodes.Ldstr, _site.FrameName));
        code.Add(il.Create(OpCodes.Ldc_I4, _site.EntryOffset));
        code.Add(il.Create(OpCodes.Ldc_I4, _site.SlotCount));
        code.AddRange(Ints(il, _site.GreenSlots));
        code.AddRange(Values(il, _site.Greens));
        code.AddRange(Ints(il, _site.RedSlots));
        code.AddRange(Values(il, _site.Reds));
        code.Add(il.Create(OpCodes.Ldnull));
        code.Add(il.Create(OpCodes.Ldftn, _site.Trace));
        code.Add(il.Create(OpCodes.Newobj, _rt.TraceEntryConstructor));
        code.Add(il.Create(OpCodes.Ldnull));
        code.Add(il.Create(OpCodes.Ldftn, _site.Resume));
        code.Add(il.Create(OpCodes.Newobj, _rt.ResumeEntryConstructor));
        code.Add(il.Create(OpCodes.Ldnull));
        code.Add(il.Create(OpCodes.Ldftn, _site.Retrace));
        code.Add(il.Create(OpCodes.Newobj, _rt.TraceEntryConstructor));
        code.Add(il.Create(OpCodes.Callvirt, _rt.PortalJit));
        code.Add(il.Create(OpCodes.Stloc, result));
        var resume = il.Create(OpCodes.Ldloc, result);
        code.Add(il.Create(OpCodes.Ldloc, result));
        code.Add(il.Create(OpCodes.Isinst, _rt.Continuation));
        code.Add(il.Create(OpCodes.Brtrue, resume));
        code.AddRange(returnsBoxed ? [il.Create(OpCodes.Ldloc, result), il.Create(OpCodes.Ret)] : Return(il, result));
        code.Add(resume);
        code.Add(il.Create(OpCodes.Castclass, _rt.Continuation));
        code.Add(il.Create(OpCodes.Stloc, continuation));
        code.AddRange(continueAt(continuation));
        return code;
    }

    /// <summary>
    /// Returns the boxed result in <paramref name="result"/> as the portal's return type: boxed
    /// as the portal's twin boxes it, or by kind when compiled code finished with it (an int32
    /// of the trace stands for a bool, a char, a small integer).
    /// </summary>
    public IEnumerable<Instruction> Return(ILProcessor il, VariableDefinition result)
    {
        var type = _site.Method.ReturnType;
        if (type.MetadataType != MetadataType.Void)
        {
            yield return il.Create(OpCodes.Ldloc, result);
            var kind = ShadowKinds.Of(type);
            yield return kind == ShadowKind.Ref ? il.Create(OpCodes.Unbox_Any, type) : il.Create(OpCodes.Call, _rt.Pushed(kind));
        }
        yield return il.Create(OpCodes.Ret);
    }

    /// <summary>A TraceValue[] of the variables' values.</summary>
    private IEnumerable<Instruction> Values(ILProcessor il, IReadOnlyList<Variable> variables)
    {
        yield return il.Create(OpCodes.Ldc_I4, variables.Count);
        yield return il.Create(OpCodes.Newarr, _rt.TraceValue);
        for (var i = 0; i < variables.Count; i++)
        {
            yield return il.Create(OpCodes.Dup);
            yield return il.Create(OpCodes.Ldc_I4, i);
            yield return _load(variables[i]);
            yield return il.Create(OpCodes.Call, _rt.TraceValueOf(_site.KindOf(variables[i])));
            yield return il.Create(OpCodes.Stelem_Any, _rt.TraceValue);
        }
    }

    private IEnumerable<Instruction> Ints(ILProcessor il, IReadOnlyList<int> values)
    {
        yield return il.Create(OpCodes.Ldc_I4, values.Count);
        yield return il.Create(OpCodes.Newarr, _site.Method.Module.TypeSystem.Int32);
        for (var i = 0; i < values.Count; i++)
        {
            yield return il.Create(OpCodes.Dup);
            yield return il.Create(OpCodes.Ldc_I4, i);
            yield return il.Create(OpCodes.Ldc_I4, values[i]);
            yield return il.Create(OpCodes.Stelem_I4);
        }
    }
}
