using Meta.Translator.Hints;
using Mono.Cecil;
using Mono.Cecil.Cil;
using Mono.Cecil.Rocks;

namespace Meta.Translator.Twins;

/// <summary>
/// The resume entry of a traced method (DESIGN.md §2, deoptimization, "generated resume code per
/// method"): <c>static object M$resume(ResumedFrame frame, object pushed, Exception pending)</c>,
/// a copy of the method's plain IL whose prologue restores the arguments and locals from the
/// frame and jumps to the frame's IL offset (<see cref="EntryDispatch"/>) with the frame's stack
/// pushed; at the instruction after a call, the callee's result (<c>pushed</c>) goes on top. With
/// a pending exception (the guard failed on a call that raised, or the resumed callee raised)
/// the entry raises it at that offset, inside the method's own handlers. RPython resumes in its
/// blackhole interpreter instead (rpython/jit/metainterp/blackhole.py, resume.py); we generate
/// code, as the design allows. Arguments become locals: the entry has one signature for all.
/// </summary>
public sealed class ResumeEntryEmitter
{
    public const string Suffix = "$resume";

    private readonly MethodDefinition _original;
    private readonly MethodDefinition _entry;
    private readonly TracingRuntime _rt;
    private readonly StackShapes _shapes;
    private readonly ILProcessor _il;
    private readonly VariableDefinition[] _arguments;
    private readonly Dictionary<Instruction, Instruction> _starts = [];
    private readonly List<(Instruction Branch, Instruction Target)> _branches = [];
    private readonly List<(Instruction[] Targets, int Index, Instruction Target)> _switches = [];
    private readonly EntryDispatch _dispatch;
    private readonly PortalSite? _portal;
    private readonly Instruction _prologue;

    private ResumeEntryEmitter(MethodDefinition original, IEnumerable<Instruction> targets, StackShapes shapes, TracingRuntime runtime, PortalSite? portal)
    {
        _original = original;
        _rt = runtime;
        _shapes = shapes;
        _portal = portal;
        var module = original.Module;
        _entry = new MethodDefinition((original.IsConstructor ? "ctor" : original.Name) + Suffix, MethodAttributes.Assembly | MethodAttributes.Static | MethodAttributes.HideBySig, module.TypeSystem.Object);
        _entry.Parameters.Add(new ParameterDefinition("frame", ParameterAttributes.None, runtime.ResumedFrame));
        _entry.Parameters.Add(new ParameterDefinition("pushed", ParameterAttributes.None, module.TypeSystem.Object));
        _entry.Parameters.Add(new ParameterDefinition("pending", ParameterAttributes.None, runtime.Exception));
        foreach (var variable in original.Body.Variables)
        {
            _entry.Body.Variables.Add(new VariableDefinition(variable.VariableType));
        }
        _arguments = Enumerable.Range(0, IlOperands.ArgumentCount(original))
            .Select(i => new VariableDefinition(module.ImportReference(IlOperands.ArgumentType(original, i)))).ToArray();
        foreach (var argument in _arguments)
        {
            _entry.Body.Variables.Add(argument);
        }
        _entry.Body.InitLocals = true;
        _il = _entry.Body.GetILProcessor();
        var target = Local(module.TypeSystem.Int32);
        var resuming = Local(module.TypeSystem.Int32);
        _dispatch = new EntryDispatch(original.Body, _il, target, resuming, targets, Branch, runtime);
        _prologue = _il.Create(OpCodes.Nop);
        _il.Append(_prologue);
        for (var slot = 0; slot < _arguments.Length + original.Body.Variables.Count; slot++)
        {
            var variable = slot < _arguments.Length ? _arguments[slot] : _entry.Body.Variables[slot - _arguments.Length];
            if (ShadowKinds.TryOf(variable.VariableType) is { } kind)
            {
                _il.Emit(OpCodes.Ldarg_0);
                _il.Emit(OpCodes.Ldc_I4, slot);
                _il.Emit(OpCodes.Call, runtime.FrameSlot(stack: false, kind));
                _il.Emit(OpCodes.Stloc, variable);
            }
        }
        _il.Emit(OpCodes.Ldarg_0);
        _il.Emit(OpCodes.Callvirt, runtime.FrameOffset);
        _il.Emit(OpCodes.Stloc, target);
        _il.Emit(OpCodes.Ldc_I4_1);
        _il.Emit(OpCodes.Stloc, resuming);
        _dispatch.EmitTop(Arrive);
    }

    /// <summary>Adds <c>M$resume</c> to <paramref name="original"/>'s type, entered at <paramref name="targets"/>.</summary>
    public static MethodDefinition Emit(MethodDefinition original, IEnumerable<Instruction> targets, StackShapes shapes, TracingRuntime runtime, PortalSite? portal = null)
    {
        var emitter = new ResumeEntryEmitter(original, targets, shapes, runtime, portal);
        emitter.EmitBody();
        original.DeclaringType.Methods.Add(emitter._entry);
        return emitter._entry;
    }

    private VariableDefinition Local(TypeReference type)
    {
        var variable = new VariableDefinition(type);
        _entry.Body.Variables.Add(variable);
        return variable;
    }

    private Instruction Branch(Instruction target)
    {
        var branch = _il.Create(OpCodes.Br, target);
        _branches.Add((branch, target));
        return branch;
    }

    /// <summary>At the target: raise the pending exception, or push the frame's stack (and the callee's result) and go on.</summary>
    private void Arrive(Instruction target)
    {
        var push = _il.Create(OpCodes.Nop);
        _il.Emit(OpCodes.Ldarg_2);
        _il.Emit(OpCodes.Brfalse, push);
        _il.Emit(OpCodes.Ldarg_2);
        _il.Emit(OpCodes.Throw);
        _il.Append(push);
        var shape = _shapes.Before(target) ?? throw new TwinUnsupportedException($"resume point IL_{target.Offset:x4} is unreachable");
        if (shape.Any(slot => slot.IsAddress))
        {
            // The address of a local or field was on the stack: never resumed but by an exception.
            _il.Emit(OpCodes.Ldstr, $"{_original.FullName}@IL_{target.Offset:x4}: an address on the stack cannot be resumed");
            _il.Emit(OpCodes.Newobj, _rt.InvalidOperationConstructor);
            _il.Emit(OpCodes.Throw);
            return;
        }
        for (var k = 0; k < shape.Length; k++)
        {
            if (k < shape.Length - 1)
            {
                FromFrame(k, shape[k].Kind);
                continue;
            }
            // The top slot: the frame's, or the callee's result when the frame is a caller's after its call.
            var fromPushed = _il.Create(OpCodes.Nop);
            var done = _il.Create(OpCodes.Nop);
            _il.Emit(OpCodes.Ldarg_0);
            _il.Emit(OpCodes.Call, _rt.StackCount);
            _il.Emit(OpCodes.Ldc_I4, shape.Length);
            _il.Emit(OpCodes.Bne_Un, fromPushed);
            FromFrame(k, shape[k].Kind);
            _il.Emit(OpCodes.Br, done);
            _il.Append(fromPushed);
            _il.Emit(OpCodes.Ldarg_1);
            if (shape[k].Kind != ShadowKind.Ref)
            {
                _il.Emit(OpCodes.Call, _rt.Pushed(shape[k].Kind));
            }
            _il.Append(done);
        }
    }

    private void FromFrame(int slot, ShadowKind kind)
    {
        _il.Emit(OpCodes.Ldarg_0);
        _il.Emit(OpCodes.Ldc_I4, slot);
        _il.Emit(OpCodes.Call, _rt.FrameSlot(stack: true, kind));
    }

    private void EmitBody()
    {
        var hooks = _portal is null ? null : new PortalHooks(_portal, _rt, _il, LoadVariable, Local);
        foreach (var instruction in _original.Body.Instructions)
        {
            var first = _il.Create(OpCodes.Nop);
            _il.Append(first);
            _starts[instruction] = first;
            if (_dispatch.StartsTry(instruction))
            {
                _dispatch.EmitAtTryStart(instruction, Arrive);
            }
            if (hooks is not null && instruction.Operand is MethodReference callee && (KnownNames.IsMergePoint(callee) || KnownNames.IsCanEnterJit(callee)))
            {
                foreach (var hook in hooks.Hook(_il, instruction))
                {
                    _il.Append(hook);
                }
                continue;
            }
            CopyRemapped(instruction);
        }
        if (hooks is not null)
        {
            foreach (var epilogue in hooks.EpilogueCode(_il, ContinueHere, Local, returnsBoxed: true))
            {
                _il.Append(epilogue);
            }
        }
        var end = hooks?.Epilogue;
        foreach (var (branch, target) in _branches)
        {
            branch.Operand = _starts[target];
        }
        foreach (var (targets, index, target) in _switches)
        {
            targets[index] = _starts[target];
        }
        Regions.CopyHandlers(_original.Body, _entry.Body, _starts, end);
        _entry.Body.OptimizeMacros();
    }

    /// <summary>Loads an argument (a local of the entry) or a local of the original.</summary>
    private Instruction LoadVariable(Analysis.Variable variable) =>
        _il.Create(OpCodes.Ldloc, variable.IsArgument ? _arguments[variable.Index] : _entry.Body.Variables[variable.Index]);

    /// <summary>The portal's entry continues in itself after the JIT: the continuation's frame, result and exception become its arguments, and it enters again.</summary>
    private IEnumerable<Instruction> ContinueHere(VariableDefinition continuation)
    {
        yield return _il.Create(OpCodes.Ldloc, continuation);
        yield return _il.Create(OpCodes.Callvirt, _rt.ContinuationFrame);
        yield return _il.Create(OpCodes.Starg, _entry.Parameters[0]);
        yield return _il.Create(OpCodes.Ldloc, continuation);
        yield return _il.Create(OpCodes.Callvirt, _rt.ContinuationPushed);
        yield return _il.Create(OpCodes.Starg, _entry.Parameters[1]);
        yield return _il.Create(OpCodes.Ldloc, continuation);
        yield return _il.Create(OpCodes.Callvirt, _rt.ContinuationPending);
        yield return _il.Create(OpCodes.Starg, _entry.Parameters[2]);
        yield return _il.Create(OpCodes.Br, _prologue);
    }

    /// <summary>The original instruction, its arguments read from the entry's locals; a return boxes the result.</summary>
    private void CopyRemapped(Instruction instruction)
    {
        var code = instruction.OpCode.Code;
        switch (code)
        {
            case Code.Ldarg_0 or Code.Ldarg_1 or Code.Ldarg_2 or Code.Ldarg_3 or Code.Ldarg_S or Code.Ldarg:
                _il.Emit(OpCodes.Ldloc, _arguments[IlOperands.ArgumentIndex(_original, instruction)]);
                return;
            case Code.Starg_S or Code.Starg:
                _il.Emit(OpCodes.Stloc, _arguments[IlOperands.ArgumentIndex(_original, instruction)]);
                return;
            case Code.Ldarga_S or Code.Ldarga:
                _il.Emit(OpCodes.Ldloca, _arguments[IlOperands.ArgumentIndex(_original, instruction)]);
                return;
            case Code.Ret:
                if (_original.IsConstructor)
                {
                    // The caller's frame after newobj expects the new object.
                    _il.Emit(OpCodes.Ldloc, _arguments[0]);
                }
                else if (_original.ReturnType.MetadataType == MetadataType.Void)
                {
                    _il.Emit(OpCodes.Ldnull);
                }
                else if (_original.ReturnType.IsValueType)
                {
                    _il.Emit(OpCodes.Box, _original.ReturnType);
                }
                _il.Emit(OpCodes.Ret);
                return;
        }
        var copy = IlOperands.Copy(_il, instruction, variable => _entry.Body.Variables[variable.Index]);
        _il.Append(copy);
        switch (copy.Operand)
        {
            case Instruction target:
                _branches.Add((copy, target));
                break;
            case Instruction[] targets:
                // A switch: its targets are fixed up one by one below through a copy of the array.
                var fixedTargets = new Instruction[targets.Length];
                copy.Operand = fixedTargets;
                for (var i = 0; i < targets.Length; i++)
                {
                    _switches.Add((fixedTargets, i, targets[i]));
                }
                break;
        }
    }
}
