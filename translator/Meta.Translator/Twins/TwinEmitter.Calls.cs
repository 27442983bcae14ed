using Meta.Translator.Hints;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Meta.Translator.Twins;

/// <summary>
/// The tracing code of call sites (RPython's codewriter/call.py decides the same three cases):
/// a hint the recorder understands, a method the JIT looks inside (its twin runs, inlined into
/// the trace between EnterInlined and LeaveInlined), or a residual call (the original runs and
/// the trace records a call operation).
/// </summary>
public sealed partial class TwinEmitter
{
    private void EmitCall(Instruction instruction, int d)
    {
        var callee = (MethodReference)instruction.Operand;
        var count = callee.Parameters.Count + (callee.HasThis ? 1 : 0);
        if (_portal is not null && KnownNames.IsMergePoint(callee))
        {
            EmitTraceMergePoint(_portal, callee);
            return;
        }
        if (_portal is not null && KnownNames.IsCanEnterJit(callee))
        {
            // While tracing, backward jumps count nothing: the loop closes at the merge point.
            for (var i = 0; i <= callee.Parameters.Count; i++)
            {
                _il.Emit(OpCodes.Pop);
            }
            return;
        }
        if (KnownNames.IsHintCall(callee))
        {
            EmitHint(instruction, callee, d);
            return;
        }
        var definition = callee.Resolve();
        if (callee.Name == ".ctor" && instruction.OpCode.Code == Code.Call && callee.DeclaringType.MetadataType == MetadataType.Object)
        {
            // The base constructor call of a class deriving from object: it does nothing to trace.
            Copy(instruction);
            return;
        }
        var twin = definition is not null && definition.Module == _original.Module && callee is not GenericInstanceMethod && !callee.DeclaringType.IsGenericInstance
            ? _directory.TwinOf(definition)
            : null;
        var virtualCall = instruction.OpCode.Code == Code.Callvirt && definition is { IsVirtual: true, IsFinal: false };
        if (twin is not null && (!virtualCall || _directory.DispatchesToTwins(definition!)))
        {
            EmitTwinCall(instruction, callee, twin, virtualCall, d - count, d);
        }
        else if (callee.HasThis && PrimitiveReceivers.IsPrimitive(callee.DeclaringType))
        {
            EmitValueReceiverCall(instruction, callee, d - count, d);
        }
        else if (callee.Name == ".ctor")
        {
            // A base constructor without twin, run on the object this constructor's twin builds.
            EmitResidualCall(instruction, _residuals.Initializer(_original.DeclaringType, callee), false, d - count, d);
        }
        else
        {
            EmitResidualCall(instruction, callee, instruction.OpCode.Code == Code.Callvirt, d - count, d);
        }
    }

    /// <summary>
    /// An inlined call: on a virtual call guard_class on the receiver first (the trace is only
    /// valid for the class whose override ran), then the callee's twin, dispatched natively;
    /// resume data inside it carries this frame at the instruction after the call, its stack
    /// without the arguments (the callee's result is pushed there on resume).
    /// </summary>
    private void EmitTwinCall(Instruction instruction, MethodReference callee, MethodDefinition twin, bool virtualCall, int argumentsAt, int d)
    {
        var arguments = Typed("arguments", _rt.ValueArray);
        ValueArray(_stackShadows[argumentsAt..d]);
        _il.Emit(OpCodes.Stloc, arguments);
        if (virtualCall)
        {
            var spills = SpillArguments(callee);
            LoadRecorder();
            _il.Emit(OpCodes.Ldloc, Shadow(argumentsAt));
            _il.Emit(OpCodes.Ldloc, spills[0]);
            _il.Emit(OpCodes.Callvirt, _rt.GetType);
            Frame(instruction, d);
            _il.Emit(OpCodes.Callvirt, _rt.GuardClass);
            foreach (var spill in spills)
            {
                _il.Emit(OpCodes.Ldloc, spill);
            }
        }
        LoadRecorder();
        Frame(instruction.Next, argumentsAt);
        _il.Emit(OpCodes.Callvirt, _rt.EnterInlined);
        _il.Emit(OpCodes.Ldarg, _context);
        _il.Emit(OpCodes.Ldloc, arguments);
        _il.Emit(instruction.OpCode.Code == Code.Callvirt ? OpCodes.Callvirt : OpCodes.Call, _original.Module.ImportReference(twin));
        LoadRecorder();
        _il.Emit(OpCodes.Callvirt, _rt.LeaveInlined);
        if (callee.ReturnType.MetadataType != MetadataType.Void)
        {
            _il.Emit(OpCodes.Ldarg, _context);
            _il.Emit(OpCodes.Callvirt, _rt.GetReturnShadow);
            _il.Emit(OpCodes.Stloc, Shadow(argumentsAt));
        }
    }

    /// <summary>
    /// newobj of a class whose constructor has a twin: the trace records new (RPython's
    /// new_with_vtable) and the constructor's twin records the field writes. The concrete object
    /// is allocated without running a constructor, then the constructor's twin runs on it, so
    /// the constructor's code runs exactly once.
    /// </summary>
    private void EmitNewObject(Instruction instruction, int d)
    {
        var constructor = (MethodReference)instruction.Operand;
        var definition = constructor.Resolve();
        var twin = definition is not null && definition.Module == _original.Module && !constructor.DeclaringType.IsGenericInstance
            ? _directory.TwinOf(definition)
            : null;
        var count = constructor.Parameters.Count;
        if (twin is null)
        {
            // A residual allocation: the trace calls a factory doing the newobj.
            EmitResidualCall(instruction, _residuals.Factory(_original.DeclaringType, constructor), false, d - count, d);
            return;
        }
        var type = _original.Module.ImportReference(constructor.DeclaringType);
        var spills = constructor.Parameters.Select(p => new VariableDefinition(_original.Module.ImportReference(p.ParameterType))).ToList();
        foreach (var spill in spills)
        {
            _twin.Body.Variables.Add(spill);
        }
        for (var i = spills.Count - 1; i >= 0; i--)
        {
            _il.Emit(OpCodes.Stloc, spills[i]);
        }
        var created = Typed("new " + type.FullName, type);
        var shadow = Typed("new shadow", _rt.Value);
        _il.Emit(OpCodes.Ldarg, _context);
        _il.Emit(OpCodes.Ldtoken, type);
        _il.Emit(OpCodes.Call, _rt.TypeFromHandle);
        _il.Emit(OpCodes.Callvirt, _rt.New);
        _il.Emit(OpCodes.Stloc, shadow);
        var arguments = Typed("arguments", _rt.ValueArray);
        ValueArray([shadow, .. _stackShadows[(d - count)..d]]);
        _il.Emit(OpCodes.Stloc, arguments);
        _il.Emit(OpCodes.Ldtoken, type);
        _il.Emit(OpCodes.Call, _rt.TypeFromHandle);
        _il.Emit(OpCodes.Call, _rt.GetUninitializedObject);
        _il.Emit(OpCodes.Castclass, type);
        _il.Emit(OpCodes.Stloc, created);
        LoadRecorder();
        Frame(instruction.Next, d - count);
        _il.Emit(OpCodes.Callvirt, _rt.EnterInlined);
        _il.Emit(OpCodes.Ldloc, created);
        foreach (var spill in spills)
        {
            _il.Emit(OpCodes.Ldloc, spill);
        }
        _il.Emit(OpCodes.Ldarg, _context);
        _il.Emit(OpCodes.Ldloc, arguments);
        _il.Emit(OpCodes.Call, _original.Module.ImportReference(twin));
        LoadRecorder();
        _il.Emit(OpCodes.Callvirt, _rt.LeaveInlined);
        _il.Emit(OpCodes.Ldloc, created);
        _il.Emit(OpCodes.Ldloc, shadow);
        _il.Emit(OpCodes.Stloc, Shadow(d - count));
    }

    /// <summary>
    /// A method of a primitive struct called on an address (PrimitiveReceivers): the twin loads
    /// the value from the address and calls a helper taking it by value, residually.
    /// </summary>
    private void EmitValueReceiverCall(Instruction instruction, MethodReference callee, int argumentsAt, int d)
    {
        var spills = callee.Parameters.Select((_, i) => new VariableDefinition(_original.Module.ImportReference(GenericArguments.ParameterType(callee, i)))).ToList();
        foreach (var spill in spills)
        {
            _twin.Body.Variables.Add(spill);
        }
        for (var i = spills.Count - 1; i >= 0; i--)
        {
            _il.Emit(OpCodes.Stloc, spills[i]);
        }
        _il.Emit(OpCodes.Ldobj, callee.DeclaringType);
        foreach (var spill in spills)
        {
            _il.Emit(OpCodes.Ldloc, spill);
        }
        EmitResidualCall(instruction, _residuals.ValueReceiver(_original.DeclaringType, callee), false, argumentsAt, d);
    }

    /// <summary>Moves the call's concrete arguments off the stack into locals of their types (receiver first), to read the receiver's class.</summary>
    private List<VariableDefinition> SpillArguments(MethodReference callee)
    {
        var types = new List<TypeReference> { callee.DeclaringType };
        types.AddRange(callee.Parameters.Select(p => p.ParameterType));
        var spills = types.Select(type => new VariableDefinition(_original.Module.ImportReference(type))).ToList();
        foreach (var spill in spills)
        {
            _twin.Body.Variables.Add(spill);
        }
        for (var i = spills.Count - 1; i >= 0; i--)
        {
            _il.Emit(OpCodes.Stloc, spills[i]);
        }
        return spills;
    }

    /// <summary>
    /// A residual call of <paramref name="callee"/> (the method itself, or a factory or
    /// initializer standing for a constructor): it runs through its guard helper
    /// (<see cref="ResidualCalls"/>); the trace records call (or call_pure for [Elidable], folded
    /// on constant arguments) with guard_no_exception, or when the callee raised, call and
    /// guard_exception. Both guards' resume frame is after the call with its result pushed.
    /// </summary>
    private void EmitResidualCall(Instruction instruction, MethodReference callee, bool virtualCall, int argumentsAt, int d)
    {
        // Descriptors.Call gives each parameter a trace kind at run time: check here that it can.
        for (var i = 0; i < callee.Parameters.Count; i++)
        {
            _ = ShadowKinds.Of(GenericArguments.ParameterType(callee, i));
        }
        var arguments = Typed("arguments", _rt.ValueArray);
        ValueArray(_stackShadows[argumentsAt..d]);
        _il.Emit(OpCodes.Stloc, arguments);
        var returns = callee.ReturnType.MetadataType != MetadataType.Void;
        var kind = returns ? ResultKind(instruction, argumentsAt) : ShadowKind.I32;
        var frame = Typed("frame", _rt.ResumeFrame);
        // The guards' frame is after the call (the recorder pushes the call's result on it):
        // resuming continues after the call, or raises its exception there, never calls again.
        Frame(instruction.Next, argumentsAt);
        _il.Emit(OpCodes.Stloc, frame);
        _il.Emit(OpCodes.Ldarg, _context);
        _descriptors.LoadCall(_il, callee);
        _il.Emit(OpCodes.Ldloc, arguments);
        _il.Emit(OpCodes.Ldloc, frame);
        _il.Emit(OpCodes.Call, _residuals.Guard(_original.DeclaringType, callee, virtualCall));
        if (returns)
        {
            _il.Emit(OpCodes.Dup);
            _il.Emit(OpCodes.Stloc, Temp(kind, 0));
        }
        LoadRecorder();
        _descriptors.LoadCall(_il, callee);
        _il.Emit(OpCodes.Ldloc, arguments);
        if (returns)
        {
            LoadTraceValue(kind, Temp(kind, 0));
        }
        else
        {
            _il.Emit(OpCodes.Ldc_I4_0);
            _il.Emit(OpCodes.Call, _rt.TraceValueOf(ShadowKind.I32)); // unused: a void call has no result to fold
        }
        _il.Emit(OpCodes.Ldc_I4_0); // not raised: had it raised, the guard helper would have recorded it and rethrown
        _il.Emit(OpCodes.Ldloc, frame);
        _il.Emit(OpCodes.Ldc_I4_1); // the frame is after the call: the result goes on its stack
        _il.Emit(OpCodes.Callvirt, _rt.Call);
        if (returns)
        {
            _il.Emit(OpCodes.Stloc, Shadow(argumentsAt));
        }
        else
        {
            _il.Emit(OpCodes.Pop);
        }
    }

    /// <summary>The hints of docs/hints.md that a twin implements; merge points and the rest come with the portal twin.</summary>
    private void EmitHint(Instruction instruction, MethodReference callee, int d)
    {
        switch (callee.DeclaringType.FullName, callee.Name)
        {
            case (KnownNames.Hints, "Promote"):
            {
                // The value becomes a constant of the trace behind guard_value (RPython's promote);
                // the concrete call returns its argument, so it stays.
                var kind = ResultKind(instruction, d - 1);
                Copy(instruction);
                _il.Emit(OpCodes.Dup);
                _il.Emit(OpCodes.Stloc, Temp(kind, 0));
                LoadRecorder();
                _il.Emit(OpCodes.Ldloc, Shadow(d - 1));
                LoadTraceValue(kind, Temp(kind, 0));
                Frame(instruction, d);
                _il.Emit(OpCodes.Callvirt, _rt.Promote);
                _il.Emit(OpCodes.Stloc, Shadow(d - 1));
                break;
            }
            case (KnownNames.Hints, "WeAreJitted"):
                // In tracing code the answer is yes, and a constant of the trace.
                _il.Emit(OpCodes.Ldc_I4_1);
                _il.Emit(OpCodes.Dup);
                _il.Emit(OpCodes.Call, _rt.ConstantOf(ShadowKind.I32));
                _il.Emit(OpCodes.Stloc, Shadow(d));
                break;
            case (KnownNames.Hints, "IsConstant"):
                // Whether the shadow is a constant, itself known while tracing: a constant.
                _il.Emit(OpCodes.Pop);
                _il.Emit(OpCodes.Ldloc, Shadow(d - 1));
                _il.Emit(OpCodes.Isinst, _rt.Constant);
                _il.Emit(OpCodes.Ldnull);
                _il.Emit(OpCodes.Cgt_Un);
                _il.Emit(OpCodes.Dup);
                _il.Emit(OpCodes.Call, _rt.ConstantOf(ShadowKind.I32));
                _il.Emit(OpCodes.Stloc, Shadow(d - 1));
                break;
            case (KnownNames.Hints, "AssertGreen"):
                // The concrete call is a no-op; the twin checks the shadow is a constant.
                Copy(instruction);
                _il.Emit(OpCodes.Ldarg, _context);
                _il.Emit(OpCodes.Ldloc, Shadow(d - 1));
                _il.Emit(OpCodes.Ldstr, $"{_frameName}@{instruction.Offset}");
                _il.Emit(OpCodes.Callvirt, _rt.AssertGreen);
                break;
            default:
                throw new TwinUnsupportedException($"the hint {callee.DeclaringType.Name}.{callee.Name} at IL_{instruction.Offset:x4} is not in this slice (merge points come with the portal twin)");
        }
    }
}
