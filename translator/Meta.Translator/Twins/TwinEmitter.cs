using Meta.Tracing.IR;
using Mono.Cecil;
using Mono.Cecil.Cil;
using Mono.Cecil.Rocks;

namespace Meta.Translator.Twins;

/// <summary>
/// Writes the body of one twin: the original IL, instruction by instruction, each preceded or
/// followed by the tracing code of its family (docs/translator.md "Tracing code"). The shadow of
/// every argument, local and evaluation-stack slot lives in a local of type Value; the stack's
/// shape is static (<see cref="StackShapes"/>), so slot k's shadow is always local k. What is
/// recorded is what RPython's codewriter turns each operation into (jitcode ops such as
/// int_add, getfield_gc, goto_if_not, residual_call), done here by the twin itself while it runs
/// (SPUR, Bebenita et al. OOPSLA 2010, traces CIL through such instrumented variants).
/// </summary>
public sealed partial class TwinEmitter
{
    private readonly MethodDefinition _original;
    private readonly MethodDefinition _twin;
    private readonly TracingRuntime _rt;
    private readonly DescriptorCache _descriptors;
    private readonly ResidualCalls _residuals;
    private readonly TwinDirectory _directory;
    private readonly StackShapes _shapes;
    private readonly ILProcessor _il;
    private readonly ParameterDefinition _context;
    private readonly ParameterDefinition _shadows;
    private readonly VariableDefinition[] _argumentShadows;
    private readonly VariableDefinition[] _localShadows;
    private readonly VariableDefinition[] _stackShadows;
    private readonly Dictionary<(ShadowKind, int), VariableDefinition> _temps = [];
    private readonly Dictionary<string, VariableDefinition> _typedTemps = [];
    private readonly Dictionary<Instruction, Instruction> _starts = [];
    private readonly List<Instruction> _branches = [];
    private readonly string _frameName;
    private readonly Analysis.Liveness _liveness;
    private readonly Dictionary<ExceptionHandler, (VariableDefinition Exception, VariableDefinition Shadow)> _caught = [];
    private VariableDefinition? _depth;
    // The portal's twin (see PortalSite) and the tracing entries of bridges are entered in the
    // middle of the method from a frame (ResumeDispatcher.RetraceParameters): arguments are locals.
    private readonly PortalSite? _portal;
    private readonly IReadOnlyCollection<Instruction>? _entryTargets;
    private readonly VariableDefinition[] _argumentLocals = [];
    private EntryDispatch? _dispatch;
    private Instruction? _end;
    private VariableDefinition? _result;

    /// <summary>Where a guard's frame in this method may resume (instruction, stack depth kept), for its resume entry.</summary>
    public HashSet<(Instruction At, int Depth)> ResumePoints { get; } = [];

    private TwinEmitter(MethodDefinition original, MethodDefinition twin, TracingRuntime runtime, DescriptorCache descriptors, ResidualCalls residuals,
        TwinDirectory directory, StackShapes shapes, PortalSite? portal, IReadOnlyCollection<Instruction>? entryTargets)
    {
        _residuals = residuals;
        _portal = portal;
        _entryTargets = entryTargets;
        _original = original;
        _twin = twin;
        _rt = runtime;
        _descriptors = descriptors;
        _directory = directory;
        _shapes = shapes;
        _il = twin.Body.GetILProcessor();
        _context = Entered ? twin.Parameters[1] : twin.Parameters[^2];
        _shadows = Entered ? twin.Parameters[2] : twin.Parameters[^1];
        foreach (var variable in original.Body.Variables)
        {
            twin.Body.Variables.Add(new VariableDefinition(variable.VariableType));
        }
        if (Entered)
        {
            _argumentLocals = Enumerable.Range(0, IlOperands.ArgumentCount(original))
                .Select(i => new VariableDefinition(original.Module.ImportReference(IlOperands.ArgumentType(original, i)))).ToArray();
            foreach (var argument in _argumentLocals)
            {
                twin.Body.Variables.Add(argument);
            }
        }
        twin.Body.InitLocals = original.Body.InitLocals;
        _argumentShadows = NewShadows(IlOperands.ArgumentCount(original));
        _localShadows = NewShadows(original.Body.Variables.Count);
        _stackShadows = NewShadows(shapes.MaxDepth);
        _frameName = $"{original.DeclaringType.Name}.{original.Name}";
        _liveness = new Analysis.Liveness(Analysis.ControlFlowGraph.Build(original));
    }

    /// <summary>
    /// Fills <paramref name="twin"/>'s body. A twin's parameters are the original's, then
    /// TraceContext, then Value[] argument shadows; with <paramref name="entryTargets"/> (a
    /// tracing entry; always for the <paramref name="portal"/>'s twin) they are a TraceEntry's and
    /// the twin starts at one of those instructions (or the merge point) from the frame it is given.
    /// </summary>
    /// <returns>where guards recorded by the twin may resume the method</returns>
    public static IReadOnlyCollection<(Instruction At, int Depth)> Emit(MethodDefinition original, MethodDefinition twin, TracingRuntime runtime, DescriptorCache descriptors,
        ResidualCalls residuals, TwinDirectory directory, StackShapes shapes, PortalSite? portal = null, IReadOnlyCollection<Instruction>? entryTargets = null)
    {
        var emitter = new TwinEmitter(original, twin, runtime, descriptors, residuals, directory, shapes, portal, entryTargets);
        emitter.EmitBody();
        return emitter.ResumePoints;
    }

    private VariableDefinition[] NewShadows(int count)
    {
        var shadows = new VariableDefinition[count];
        for (var i = 0; i < count; i++)
        {
            shadows[i] = new VariableDefinition(_rt.Value);
            _twin.Body.Variables.Add(shadows[i]);
        }
        return shadows;
    }

    /// <summary>Whether the twin is entered from a frame (the portal's twin, a bridge's tracing entry).</summary>
    private bool Entered => _entryTargets is not null;

    private void EmitBody()
    {
        if (Entered)
        {
            EmitEntryPrologue();
        }
        for (var i = 0; i < _argumentShadows.Length; i++)
        {
            _il.Emit(OpCodes.Ldarg, _shadows);
            _il.Emit(OpCodes.Ldc_I4, i);
            _il.Emit(OpCodes.Ldelem_Ref);
            _il.Emit(OpCodes.Stloc, _argumentShadows[i]);
        }
        if (Entered)
        {
            for (var j = 0; j < _localShadows.Length; j++)
            {
                _il.Emit(OpCodes.Ldarg, _shadows);
                _il.Emit(OpCodes.Ldc_I4, _argumentShadows.Length + j);
                _il.Emit(OpCodes.Ldelem_Ref);
                _il.Emit(OpCodes.Stloc, _localShadows[j]);
            }
        }
        if (_original.Body.HasExceptionHandlers)
        {
            // How deep in inlined methods this twin runs: its handlers drop the frames of the
            // twins an exception unwound without their LeaveInlined.
            _depth = new VariableDefinition(_original.Module.TypeSystem.Int32);
            _twin.Body.Variables.Add(_depth);
            LoadRecorder();
            _il.Emit(OpCodes.Callvirt, _rt.InlineDepth);
            _il.Emit(OpCodes.Stloc, _depth);
        }
        // An entered twin jumps to its entry point once its shadows are loaded.
        _dispatch?.EmitTop(Arrive);
        foreach (var instruction in _original.Body.Instructions)
        {
            var first = _il.Create(OpCodes.Nop);
            _il.Append(first);
            _starts[instruction] = first;
            if (_dispatch?.StartsTry(instruction) == true)
            {
                _dispatch.EmitAtTryStart(instruction, Arrive);
            }
            if (_shapes.Before(instruction) is { } stack)
            {
                EmitHandlerEntry(instruction);
                EmitInstruction(instruction, stack);
            }
            else
            {
                Copy(instruction); // unreachable IL stays as it is: it never runs, so it records nothing
            }
        }
        foreach (var branch in _branches)
        {
            branch.Operand = branch.Operand switch
            {
                Instruction target => _starts[target],
                Instruction[] targets => targets.Select(t => _starts[t]).ToArray(),
                var other => other,
            };
        }
        if (_end is not null)
        {
            // The portal twin's exit once tracing is over: the continuation, outside every region.
            _il.Append(_end);
            _il.Emit(OpCodes.Ldloc, _result!);
            _il.Emit(OpCodes.Ret);
        }
        Regions.CopyHandlers(_original.Body, _twin.Body, _starts, _end);
        _twin.Body.OptimizeMacros();
    }

    /// <summary>An argument access; in the portal's twin arguments are locals.</summary>
    private void CopyArgumentAccess(Instruction instruction, OpCode portalOpcode)
    {
        if (!Entered)
        {
            Copy(instruction);
            return;
        }
        _il.Emit(portalOpcode, _argumentLocals[IlOperands.ArgumentIndex(_original, instruction)]);
    }

    private void BoxResult()
    {
        if (_original.IsConstructor)
        {
            _il.Emit(OpCodes.Ldloc, _argumentLocals[0]);
        }
        else if (_original.ReturnType.MetadataType == MetadataType.Void)
        {
            _il.Emit(OpCodes.Ldnull);
        }
        else if (_original.ReturnType.IsValueType)
        {
            _il.Emit(OpCodes.Box, _original.ReturnType);
        }
    }

    /// <summary>
    /// An entered twin's prologue: arguments and locals from the entry frame (dead slots and
    /// struct locals, never live at an entry, read as defaults), then the dispatch to the frame's
    /// offset: the merge point, or for a bridge where the guard's frame resumes.
    /// </summary>
    private void EmitEntryPrologue()
    {
        var entry = _twin.Parameters[0];
        for (var slot = 0; slot < _argumentLocals.Length + _original.Body.Variables.Count; slot++)
        {
            var variable = slot < _argumentLocals.Length ? _argumentLocals[slot] : _twin.Body.Variables[slot - _argumentLocals.Length];
            if (ShadowKinds.TryOf(variable.VariableType) is { } kind)
            {
                _il.Emit(OpCodes.Ldarg, entry);
                _il.Emit(OpCodes.Ldc_I4, slot);
                _il.Emit(OpCodes.Call, _rt.FrameSlot(stack: false, kind));
                _il.Emit(OpCodes.Stloc, variable);
            }
        }
        var target = new VariableDefinition(_original.Module.TypeSystem.Int32);
        var resuming = new VariableDefinition(_original.Module.TypeSystem.Int32);
        _twin.Body.Variables.Add(target);
        _twin.Body.Variables.Add(resuming);
        if (_portal is not null)
        {
            _result = new VariableDefinition(_original.Module.TypeSystem.Object);
            _twin.Body.Variables.Add(_result);
            _end = _il.Create(OpCodes.Nop);
        }
        _il.Emit(OpCodes.Ldarg, entry);
        _il.Emit(OpCodes.Callvirt, _rt.FrameOffset);
        _il.Emit(OpCodes.Stloc, target);
        _il.Emit(OpCodes.Ldc_I4_1);
        _il.Emit(OpCodes.Stloc, resuming);
        IEnumerable<Instruction> targets = _portal is null ? _entryTargets! : [_portal.EntryAt, .. _entryTargets!];
        _dispatch = new EntryDispatch(_original.Body, _il, target, resuming, targets, BranchTo, _rt);
    }

    /// <summary>
    /// At an entered twin's entry point: raise the pending exception (its shadow is in flight in
    /// the context), or push the frame's stack with its shadows, and on top, at a caller's frame
    /// after its call, the callee's result and its shadow (as ResumeEntryEmitter does without shadows).
    /// </summary>
    private void Arrive(Instruction target)
    {
        var push = _il.Create(OpCodes.Nop);
        _il.Emit(OpCodes.Ldarg, _twin.Parameters[5]);
        _il.Emit(OpCodes.Brfalse, push);
        _il.Emit(OpCodes.Ldarg, _twin.Parameters[5]);
        _il.Emit(OpCodes.Throw);
        _il.Append(push);
        var shape = _shapes.Before(target) ?? throw new TwinUnsupportedException($"entry point IL_{target.Offset:x4} is unreachable");
        if (shape.Any(slot => slot.IsAddress))
        {
            _il.Emit(OpCodes.Ldstr, $"{_original.FullName}@IL_{target.Offset:x4}: an address on the stack cannot be resumed");
            _il.Emit(OpCodes.Newobj, _rt.InvalidOperationConstructor);
            _il.Emit(OpCodes.Throw);
            return;
        }
        var slots = _argumentLocals.Length + _original.Body.Variables.Count;
        for (var k = 0; k < shape.Length; k++)
        {
            var fromPushed = _il.Create(OpCodes.Nop);
            var done = _il.Create(OpCodes.Nop);
            if (k == shape.Length - 1)
            {
                _il.Emit(OpCodes.Ldarg, _twin.Parameters[0]);
                _il.Emit(OpCodes.Call, _rt.StackCount);
                _il.Emit(OpCodes.Ldc_I4, shape.Length);
                _il.Emit(OpCodes.Bne_Un, fromPushed);
            }
            _il.Emit(OpCodes.Ldarg, _twin.Parameters[2]);
            _il.Emit(OpCodes.Ldc_I4, slots + k);
            _il.Emit(OpCodes.Ldelem_Ref);
            _il.Emit(OpCodes.Stloc, Shadow(k));
            _il.Emit(OpCodes.Ldarg, _twin.Parameters[0]);
            _il.Emit(OpCodes.Ldc_I4, k);
            _il.Emit(OpCodes.Call, _rt.FrameSlot(stack: true, shape[k].Kind));
            if (k < shape.Length - 1)
            {
                continue;
            }
            _il.Emit(OpCodes.Br, done);
            _il.Append(fromPushed);
            _il.Emit(OpCodes.Ldarg, _twin.Parameters[4]);
            _il.Emit(OpCodes.Stloc, Shadow(k));
            _il.Emit(OpCodes.Ldarg, _twin.Parameters[3]);
            if (shape[k].Kind != ShadowKind.Ref)
            {
                _il.Emit(OpCodes.Call, _rt.Pushed(shape[k].Kind));
            }
            _il.Append(done);
        }
    }

    private Instruction BranchTo(Instruction target)
    {
        var branch = _il.Create(OpCodes.Br, target);
        _branches.Add(branch);
        return branch;
    }

    /// <summary>
    /// The merge point in the portal's twin (each iteration of the dispatch loop): PortalDriver
    /// closes the loop when the greens are the trace's start (or tracing stopped); then the
    /// twin returns where the plain portal continues, at the merge point with these variables.
    /// </summary>
    private void EmitTraceMergePoint(PortalSite portal, MethodReference callee)
    {
        for (var i = 0; i <= callee.Parameters.Count; i++)
        {
            _il.Emit(OpCodes.Pop);
        }
        var skip = _il.Create(OpCodes.Nop);
        var variables = portal.Greens.Concat(portal.Reds).ToList();
        _il.Emit(OpCodes.Ldsfld, portal.StateField);
        ConcreteValues(portal, portal.Greens);
        _il.Emit(OpCodes.Ldc_I4, portal.Reds.Count);
        _il.Emit(OpCodes.Newarr, _rt.Value);
        for (var i = 0; i < portal.Reds.Count; i++)
        {
            _il.Emit(OpCodes.Dup);
            _il.Emit(OpCodes.Ldc_I4, i);
            _il.Emit(OpCodes.Ldloc, portal.Reds[i].IsArgument ? _argumentShadows[portal.Reds[i].Index] : _localShadows[portal.Reds[i].Index]);
            _il.Emit(OpCodes.Stelem_Ref);
        }
        _il.Emit(OpCodes.Callvirt, _rt.PortalTraceMergePoint);
        _il.Emit(OpCodes.Brfalse, skip);
        _il.Emit(OpCodes.Ldstr, portal.FrameName);
        _il.Emit(OpCodes.Ldc_I4, portal.EntryOffset);
        _il.Emit(OpCodes.Ldc_I4, portal.SlotCount);
        _il.Emit(OpCodes.Ldc_I4, variables.Count);
        _il.Emit(OpCodes.Newarr, _original.Module.TypeSystem.Int32);
        for (var i = 0; i < variables.Count; i++)
        {
            _il.Emit(OpCodes.Dup);
            _il.Emit(OpCodes.Ldc_I4, i);
            _il.Emit(OpCodes.Ldc_I4, portal.Slot(variables[i]));
            _il.Emit(OpCodes.Stelem_I4);
        }
        ConcreteValues(portal, variables);
        _il.Emit(OpCodes.Call, _rt.EntryFrame);
        _il.Emit(OpCodes.Ldnull);
        _il.Emit(OpCodes.Ldnull);
        _il.Emit(OpCodes.Newobj, _rt.ContinuationConstructor);
        _il.Emit(OpCodes.Stloc, _result!);
        _il.Emit(OpCodes.Leave, _end!);
        _il.Append(skip);
    }

    /// <summary>A TraceValue[] of the concrete values of portal variables.</summary>
    private void ConcreteValues(PortalSite portal, IReadOnlyList<Analysis.Variable> variables)
    {
        _il.Emit(OpCodes.Ldc_I4, variables.Count);
        _il.Emit(OpCodes.Newarr, _rt.TraceValue);
        for (var i = 0; i < variables.Count; i++)
        {
            _il.Emit(OpCodes.Dup);
            _il.Emit(OpCodes.Ldc_I4, i);
            _il.Emit(OpCodes.Ldloc, variables[i].IsArgument ? _argumentLocals[variables[i].Index] : _twin.Body.Variables[variables[i].Index]);
            _il.Emit(OpCodes.Call, _rt.TraceValueOf(portal.KindOf(variables[i])));
            _il.Emit(OpCodes.Stelem_Any, _rt.TraceValue);
        }
    }

    /// <summary>
    /// At the start of a handler: the frames of inlined twins the exception unwound leave the
    /// resume data; a catch handler takes the shadow of the exception it caught (TraceContext.Caught
    /// aborts tracing for an exception the trace has no guard for) and keeps both for rethrow.
    /// </summary>
    private void EmitHandlerEntry(Instruction instruction)
    {
        foreach (var handler in _original.Body.ExceptionHandlers.Where(h => h.HandlerStart == instruction))
        {
            if (handler.HandlerType == ExceptionHandlerType.Finally)
            {
                _il.Emit(OpCodes.Ldarg, _context);
                _il.Emit(OpCodes.Ldloc, _depth!);
                _il.Emit(OpCodes.Callvirt, _rt.Unwinding);
                continue;
            }
            var exception = new VariableDefinition(_original.Module.TypeSystem.Object);
            var shadow = new VariableDefinition(_rt.Value);
            _twin.Body.Variables.Add(exception);
            _twin.Body.Variables.Add(shadow);
            _caught[handler] = (exception, shadow);
            _il.Emit(OpCodes.Dup);
            _il.Emit(OpCodes.Stloc, exception);
            _il.Emit(OpCodes.Ldarg, _context);
            _il.Emit(OpCodes.Ldloc, exception);
            _il.Emit(OpCodes.Ldloc, _depth!);
            _il.Emit(OpCodes.Callvirt, _rt.Caught);
            _il.Emit(OpCodes.Dup);
            _il.Emit(OpCodes.Stloc, shadow);
            _il.Emit(OpCodes.Stloc, Shadow(0));
        }
    }

    /// <summary>throw: the trace fixes the exception's class (which handler catches it depends on it), then it is thrown.</summary>
    private void EmitThrow(Instruction instruction, int d)
    {
        var thrown = Typed("thrown", _rt.Exception);
        _il.Emit(OpCodes.Dup);
        _il.Emit(OpCodes.Stloc, thrown);
        _il.Emit(OpCodes.Ldarg, _context);
        _il.Emit(OpCodes.Ldloc, thrown);
        _il.Emit(OpCodes.Ldloc, Shadow(d - 1));
        Frame(instruction, d);
        _il.Emit(OpCodes.Callvirt, _rt.Throwing);
        Copy(instruction);
    }

    /// <summary>rethrow: the exception the innermost enclosing catch handler caught is in flight again, with its shadow.</summary>
    private void EmitRethrow(Instruction instruction)
    {
        var handler = _original.Body.ExceptionHandlers
            .Where(h => h.HandlerType == ExceptionHandlerType.Catch && h.HandlerStart.Offset <= instruction.Offset
                && (h.HandlerEnd is null || instruction.Offset < h.HandlerEnd.Offset))
            .MinBy(h => (h.HandlerEnd?.Offset ?? int.MaxValue) - h.HandlerStart.Offset)
            ?? throw new TwinUnsupportedException($"rethrow outside a catch handler at IL_{instruction.Offset:x4}");
        var (exception, shadow) = _caught[handler];
        _il.Emit(OpCodes.Ldarg, _context);
        _il.Emit(OpCodes.Ldloc, exception);
        _il.Emit(OpCodes.Ldloc, shadow);
        _il.Emit(OpCodes.Callvirt, _rt.Rethrowing);
        Copy(instruction);
    }

    private VariableDefinition Shadow(int depth) => _stackShadows[depth];

    private VariableDefinition Temp(ShadowKind kind, int index)
    {
        if (!_temps.TryGetValue((kind, index), out var temp))
        {
            _temps[(kind, index)] = temp = new VariableDefinition(_rt.ClrType(kind));
            _twin.Body.Variables.Add(temp);
        }
        return temp;
    }

    /// <summary>A scratch local of a reference type other than object (the arguments' shadows, a resume frame).</summary>
    private VariableDefinition Typed(string purpose, TypeReference type)
    {
        if (!_typedTemps.TryGetValue(purpose, out var temp))
        {
            _typedTemps[purpose] = temp = new VariableDefinition(type);
            _twin.Body.Variables.Add(temp);
        }
        return temp;
    }

    private void EmitInstruction(Instruction instruction, StackSlot[] stack)
    {
        var d = stack.Length;
        var code = instruction.OpCode.Code;
        switch (code)
        {
            case Code.Nop or Code.Br or Code.Br_S or Code.Leave or Code.Leave_S or Code.Endfinally:
                Copy(instruction);
                break;
            case Code.Throw:
                EmitThrow(instruction, d);
                break;
            case Code.Rethrow:
                EmitRethrow(instruction);
                break;
            case Code.Ldc_I4_M1 or Code.Ldc_I4_0 or Code.Ldc_I4_1 or Code.Ldc_I4_2 or Code.Ldc_I4_3 or Code.Ldc_I4_4 or Code.Ldc_I4_5
                or Code.Ldc_I4_6 or Code.Ldc_I4_7 or Code.Ldc_I4_8 or Code.Ldc_I4_S or Code.Ldc_I4 or Code.Ldc_I8 or Code.Ldc_R8
                or Code.Ldnull or Code.Ldstr:
                // A value the IL states: its shadow is a constant of the trace.
                Copy(instruction);
                _il.Emit(OpCodes.Dup);
                _il.Emit(OpCodes.Call, _rt.ConstantOf(ResultKind(instruction, d)));
                _il.Emit(OpCodes.Stloc, Shadow(d));
                break;
            case Code.Ldloc_0 or Code.Ldloc_1 or Code.Ldloc_2 or Code.Ldloc_3 or Code.Ldloc_S or Code.Ldloc:
                Copy(instruction);
                _il.Emit(OpCodes.Ldloc, _localShadows[IlOperands.Local(_original, instruction).Index]);
                _il.Emit(OpCodes.Stloc, Shadow(d));
                break;
            case Code.Stloc_0 or Code.Stloc_1 or Code.Stloc_2 or Code.Stloc_3 or Code.Stloc_S or Code.Stloc:
                _il.Emit(OpCodes.Ldloc, Shadow(d - 1));
                _il.Emit(OpCodes.Stloc, _localShadows[IlOperands.Local(_original, instruction).Index]);
                Copy(instruction);
                break;
            case Code.Ldarg_0 or Code.Ldarg_1 or Code.Ldarg_2 or Code.Ldarg_3 or Code.Ldarg_S or Code.Ldarg:
                CopyArgumentAccess(instruction, OpCodes.Ldloc);
                _il.Emit(OpCodes.Ldloc, _argumentShadows[IlOperands.ArgumentIndex(_original, instruction)]);
                _il.Emit(OpCodes.Stloc, Shadow(d));
                break;
            case Code.Ldloca_S or Code.Ldloca:
                // An address whose only use is a primitive struct's method: its shadow is the value's.
                Copy(instruction);
                _il.Emit(OpCodes.Ldloc, _localShadows[((VariableDefinition)instruction.Operand).Index]);
                _il.Emit(OpCodes.Stloc, Shadow(d));
                break;
            case Code.Ldarga_S or Code.Ldarga:
                CopyArgumentAccess(instruction, OpCodes.Ldloca);
                _il.Emit(OpCodes.Ldloc, _argumentShadows[IlOperands.ArgumentIndex(_original, instruction)]);
                _il.Emit(OpCodes.Stloc, Shadow(d));
                break;
            case Code.Ldflda:
                EmitFieldAddress(instruction, d);
                break;
            case Code.Starg_S or Code.Starg:
                _il.Emit(OpCodes.Ldloc, Shadow(d - 1));
                _il.Emit(OpCodes.Stloc, _argumentShadows[IlOperands.ArgumentIndex(_original, instruction)]);
                CopyArgumentAccess(instruction, OpCodes.Stloc);
                break;
            case Code.Dup:
                Copy(instruction);
                _il.Emit(OpCodes.Ldloc, Shadow(d - 1));
                _il.Emit(OpCodes.Stloc, Shadow(d));
                break;
            case Code.Pop:
                Copy(instruction);
                break;
            case Code.Cgt_Un or Code.Clt_Un when stack[^2].Kind == ShadowKind.F64:
                EmitUnorderedCompare(instruction, d);
                break;
            case Code.Div_Un or Code.Rem_Un:
                EmitResidualArithmetic(instruction, code == Code.Div_Un ? "UnsignedDivide" : "UnsignedRemainder", stack[^2].Kind, d);
                break;
            case Code.Rem when stack[^2].Kind == ShadowKind.F64:
                EmitResidualArithmetic(instruction, "Remainder", ShadowKind.F64, d);
                break;
            case Code.Add or Code.Sub or Code.Mul or Code.Div or Code.Rem or Code.And or Code.Or or Code.Xor or Code.Shl or Code.Shr or Code.Shr_Un
                or Code.Ceq or Code.Cgt or Code.Cgt_Un or Code.Clt or Code.Clt_Un:
                Copy(instruction);
                RecordPure(TwinOpcodes.Binary(code, stack[^2].Kind), d - 2, d - 1, ResultKind(instruction, d - 2), d - 2);
                break;
            case Code.Neg or Code.Not:
                Copy(instruction);
                RecordPure(TwinOpcodes.Unary(code, stack[^1].Kind), d - 1, null, stack[^1].Kind, d - 1);
                break;
            case Code.Add_Ovf or Code.Sub_Ovf or Code.Mul_Ovf:
                EmitOverflow(instruction, stack);
                break;
            case Code.Conv_I1 or Code.Conv_U1 or Code.Conv_I2 or Code.Conv_U2 or Code.Conv_I4 or Code.Conv_U4 or Code.Conv_I8 or Code.Conv_U8 or Code.Conv_R8:
                EmitConversion(instruction, stack[^1].Kind, d);
                break;
            case Code.Conv_I or Code.Conv_Ovf_I:
                EmitIndexConversion(instruction, stack[^1].Kind, d);
                break;
            case Code.Brtrue or Code.Brtrue_S or Code.Brfalse or Code.Brfalse_S:
                EmitTruthBranch(instruction, stack[^1].Kind, d);
                break;
            case Code.Beq or Code.Beq_S or Code.Bne_Un or Code.Bne_Un_S or Code.Blt or Code.Blt_S or Code.Ble or Code.Ble_S
                or Code.Bgt or Code.Bgt_S or Code.Bge or Code.Bge_S or Code.Blt_Un or Code.Blt_Un_S or Code.Ble_Un or Code.Ble_Un_S
                or Code.Bgt_Un or Code.Bgt_Un_S or Code.Bge_Un or Code.Bge_Un_S:
                EmitCompareBranch(instruction, stack[^1].Kind, d);
                break;
            case Code.Switch:
                // The selector becomes a constant behind guard_value (RPython's switch: guard_value
                // then a constant goto), so the trace follows the case taken.
                _il.Emit(OpCodes.Dup);
                _il.Emit(OpCodes.Stloc, Temp(ShadowKind.I32, 0));
                UnlessConstant(Shadow(d - 1), () =>
                {
                    LoadRecorder();
                    _il.Emit(OpCodes.Ldloc, Shadow(d - 1));
                    LoadTraceValue(ShadowKind.I32, Temp(ShadowKind.I32, 0));
                    Frame(instruction, d);
                    _il.Emit(OpCodes.Callvirt, _rt.Promote);
                    _il.Emit(OpCodes.Pop);
                });
                Copy(instruction);
                break;
            case Code.Ret:
                _il.Emit(OpCodes.Ldarg, _context);
                if (d > 0)
                {
                    _il.Emit(OpCodes.Ldloc, Shadow(d - 1));
                }
                else if (Entered && _original.IsConstructor)
                {
                    // A constructor's tracing entry gives its caller's frame after newobj the object.
                    _il.Emit(OpCodes.Ldloc, _argumentShadows[0]);
                }
                else
                {
                    _il.Emit(OpCodes.Ldnull);
                }
                _il.Emit(OpCodes.Callvirt, _rt.SetReturnShadow);
                if (Entered)
                {
                    // An entered twin returns the boxed result (the portal's twin: the portal
                    // returned while tracing, and PortalDriver aborts the trace).
                    BoxResult();
                }
                Copy(instruction);
                break;
            case Code.Ldfld:
                EmitGetField(instruction, d);
                break;
            case Code.Stfld:
                LoadRecorder();
                _il.Emit(OpCodes.Ldloc, Shadow(d - 2));
                _descriptors.LoadField(_il, (FieldReference)instruction.Operand);
                _il.Emit(OpCodes.Ldloc, Shadow(d - 1));
                _il.Emit(OpCodes.Callvirt, _rt.SetField);
                Copy(instruction);
                break;
            case Code.Ldsfld:
            {
                var kind = ResultKind(instruction, d);
                Copy(instruction);
                _il.Emit(OpCodes.Dup);
                _il.Emit(OpCodes.Stloc, Temp(kind, 0));
                _il.Emit(OpCodes.Ldarg, _context);
                _descriptors.LoadField(_il, (FieldReference)instruction.Operand);
                LoadTraceValue(kind, Temp(kind, 0));
                _il.Emit(OpCodes.Callvirt, _rt.GetStatic);
                _il.Emit(OpCodes.Stloc, Shadow(d));
                break;
            }
            case Code.Stsfld:
                _il.Emit(OpCodes.Ldarg, _context);
                _descriptors.LoadField(_il, (FieldReference)instruction.Operand);
                _il.Emit(OpCodes.Ldloc, Shadow(d - 1));
                _il.Emit(OpCodes.Callvirt, _rt.SetStatic);
                Copy(instruction);
                break;
            case Code.Ldlen:
                Copy(instruction);
                _il.Emit(OpCodes.Conv_I4);
                _il.Emit(OpCodes.Dup);
                _il.Emit(OpCodes.Stloc, Temp(ShadowKind.I32, 0));
                LoadRecorder();
                _il.Emit(OpCodes.Ldloc, Shadow(d - 1));
                _il.Emit(OpCodes.Ldloc, Temp(ShadowKind.I32, 0));
                _il.Emit(OpCodes.Callvirt, _rt.ArrayLength);
                _il.Emit(OpCodes.Stloc, Shadow(d - 1));
                break;
            case Code.Ldelem_I1 or Code.Ldelem_U1 or Code.Ldelem_I2 or Code.Ldelem_U2 or Code.Ldelem_I4 or Code.Ldelem_U4 or Code.Ldelem_I8
                or Code.Ldelem_R8 or Code.Ldelem_Ref or Code.Ldelem_Any:
            {
                var kind = ResultKind(instruction, d - 2);
                Copy(instruction);
                _il.Emit(OpCodes.Dup);
                _il.Emit(OpCodes.Stloc, Temp(kind, 0));
                LoadRecorder();
                _il.Emit(OpCodes.Ldloc, Shadow(d - 2));
                _il.Emit(OpCodes.Ldloc, Shadow(d - 1));
                _descriptors.LoadArray(_il, ArrayTypeOf(instruction, stack[^2]));
                LoadTraceValue(kind, Temp(kind, 0));
                _il.Emit(OpCodes.Callvirt, _rt.GetArrayItem);
                _il.Emit(OpCodes.Stloc, Shadow(d - 2));
                break;
            }
            case Code.Stelem_I1 or Code.Stelem_I2 or Code.Stelem_I4 or Code.Stelem_I8 or Code.Stelem_R8 or Code.Stelem_Ref or Code.Stelem_Any:
                LoadRecorder();
                _il.Emit(OpCodes.Ldloc, Shadow(d - 3));
                _il.Emit(OpCodes.Ldloc, Shadow(d - 2));
                _descriptors.LoadArray(_il, ArrayTypeOf(instruction, stack[^3]));
                _il.Emit(OpCodes.Ldloc, Shadow(d - 1));
                _il.Emit(OpCodes.Callvirt, _rt.SetArrayItem);
                Copy(instruction);
                break;
            case Code.Newarr:
                Copy(instruction);
                _il.Emit(OpCodes.Ldarg, _context);
                _descriptors.LoadArray(_il, new ArrayType((TypeReference)instruction.Operand));
                _il.Emit(OpCodes.Ldloc, Shadow(d - 1));
                _il.Emit(OpCodes.Callvirt, _rt.NewArray);
                _il.Emit(OpCodes.Stloc, Shadow(d - 1));
                break;
            case Code.Castclass:
                Copy(instruction); // the same object: its shadow stays (a failing cast throws as the original does)
                break;
            case Code.Isinst:
                EmitTypeTest(instruction, d);
                break;
            case Code.Call or Code.Callvirt:
                EmitCall(instruction, d);
                break;
            case Code.Newobj:
                EmitNewObject(instruction, d);
                break;
            default:
                throw new TwinUnsupportedException($"the opcode {instruction.OpCode.Name} at IL_{instruction.Offset:x4} is not handled by the twin generator yet");
        }
    }

    /// <summary>The kind of the value <paramref name="instruction"/> leaves at stack depth <paramref name="depth"/>.</summary>
    private ShadowKind ResultKind(Instruction instruction, int depth) =>
        (instruction.Next is { } next ? _shapes.Before(next) : null) is { } after && after.Length > depth
            ? after[depth].Kind
            : throw new TwinUnsupportedException($"the result of IL_{instruction.Offset:x4} is not followed by a reachable instruction");

    private static TypeReference ArrayTypeOf(Instruction instruction, StackSlot array) => array.Type is ArrayType known
        ? known
        : instruction.OpCode.Code switch
        {
            Code.Ldelem_Any or Code.Stelem_Any => new ArrayType((TypeReference)instruction.Operand),
            _ => throw new TwinUnsupportedException($"the array type at IL_{instruction.Offset:x4} is not known statically"),
        };

    /// <summary>Copies an original instruction into the twin: locals and arguments keep their indices; branch targets are fixed at the end.</summary>
    private void Copy(Instruction instruction)
    {
        var copy = IlOperands.Copy(_il, instruction, variable => _twin.Body.Variables[variable.Index],
            parameter => parameter == _original.Body.ThisParameter ? _twin.Body.ThisParameter : _twin.Parameters[parameter.Index]);
        if (copy.Operand is Instruction or Instruction[])
        {
            _branches.Add(copy);
        }
        _il.Append(copy);
    }

    /// <summary>Branches grow apart by the tracing code between them: every copy uses the long form, OptimizeMacros shortens what fits.</summary>
    public static OpCode LongForm(OpCode opcode) => opcode.Code switch
    {
        Code.Br_S => OpCodes.Br,
        Code.Leave_S => OpCodes.Leave,
        Code.Brtrue_S => OpCodes.Brtrue,
        Code.Brfalse_S => OpCodes.Brfalse,
        Code.Beq_S => OpCodes.Beq,
        Code.Bne_Un_S => OpCodes.Bne_Un,
        Code.Blt_S => OpCodes.Blt,
        Code.Ble_S => OpCodes.Ble,
        Code.Bgt_S => OpCodes.Bgt,
        Code.Bge_S => OpCodes.Bge,
        Code.Blt_Un_S => OpCodes.Blt_Un,
        Code.Ble_Un_S => OpCodes.Ble_Un,
        Code.Bgt_Un_S => OpCodes.Bgt_Un,
        Code.Bge_Un_S => OpCodes.Bge_Un,
        _ => opcode,
    };

    private void LoadRecorder()
    {
        _il.Emit(OpCodes.Ldarg, _context);
        _il.Emit(OpCodes.Callvirt, _rt.ContextRecorder);
    }

    private void LoadTraceValue(ShadowKind kind, VariableDefinition concrete)
    {
        _il.Emit(OpCodes.Ldloc, concrete);
        _il.Emit(OpCodes.Call, _rt.TraceValueOf(kind));
    }

    /// <summary>
    /// Pushes the resume frame of this method at <paramref name="resumeAt"/>: arguments then
    /// locals, and the bottom <paramref name="depth"/> stack slots. A variable the method does
    /// not read again from there is dead: its slot is null (ResumeFrame's convention), so resume
    /// data keeps no value alive for nothing. Built only on the paths that record a guard.
    /// </summary>
    private void Frame(Instruction resumeAt, int depth)
    {
        if (_original.Body.ExceptionHandlers.Any(h => Regions.InHandler(h, resumeAt)))
        {
            _il.Emit(OpCodes.Ldarg, _context);
            _il.Emit(OpCodes.Ldstr, $"{_frameName}@{resumeAt.Offset}");
            _il.Emit(OpCodes.Callvirt, _rt.Unresumable);
            return;
        }
        ResumePoints.Add((resumeAt, depth));
        var live = _liveness.LiveBefore(resumeAt);
        var variables = new List<VariableDefinition?>();
        // A constructor's object stays live to its end: resumed, the constructor returns it to its caller's newobj.
        variables.AddRange(_argumentShadows.Select((shadow, i) => live.Contains(new Analysis.Variable(true, i)) || (i == 0 && _original.IsConstructor) ? shadow : null));
        variables.AddRange(_localShadows.Select((shadow, i) => live.Contains(new Analysis.Variable(false, i)) ? shadow : null));
        _il.Emit(OpCodes.Ldstr, _frameName);
        _il.Emit(OpCodes.Ldc_I4, resumeAt.Offset);
        ValueArray(variables);
        ValueArray(_stackShadows[..depth]);
        _il.Emit(OpCodes.Call, _rt.Frame);
    }

    private void ValueArray(IReadOnlyList<VariableDefinition?> shadows)
    {
        _il.Emit(OpCodes.Ldc_I4, shadows.Count);
        _il.Emit(OpCodes.Newarr, _rt.Value);
        for (var i = 0; i < shadows.Count; i++)
        {
            if (shadows[i] is { } shadow)
            {
                _il.Emit(OpCodes.Dup);
                _il.Emit(OpCodes.Ldc_I4, i);
                _il.Emit(OpCodes.Ldloc, shadow);
                _il.Emit(OpCodes.Stelem_Ref);
            }
        }
    }

    /// <summary>Runs <paramref name="record"/> only when the shadow is not a constant: nothing to guard then, and no frame to build.</summary>
    private void UnlessConstant(VariableDefinition shadow, Action record)
    {
        var skip = _il.Create(OpCodes.Nop);
        _il.Emit(OpCodes.Ldloc, shadow);
        _il.Emit(OpCodes.Isinst, _rt.Constant);
        _il.Emit(OpCodes.Brtrue, skip);
        record();
        _il.Append(skip);
    }

    /// <summary>After the concrete operation: records it with the concrete result (the recorder folds constant operands).</summary>
    private void RecordPure(Opcode opcode, int a, int? b, ShadowKind resultKind, int result)
    {
        _il.Emit(OpCodes.Dup);
        _il.Emit(OpCodes.Stloc, Temp(resultKind, 0));
        LoadRecorder();
        _il.Emit(OpCodes.Ldc_I4, (int)opcode);
        _il.Emit(OpCodes.Ldloc, Shadow(a));
        if (b is { } second)
        {
            _il.Emit(OpCodes.Ldloc, Shadow(second));
        }
        LoadTraceValue(resultKind, Temp(resultKind, 0));
        _il.Emit(OpCodes.Callvirt, b is null ? _rt.Pure1 : _rt.Pure2);
        _il.Emit(OpCodes.Stloc, Shadow(result));
    }

    /// <summary>
    /// cgt.un/clt.un on doubles (C#'s <c>!(a &lt;= b)</c>, true when unordered): the negation of
    /// float_le/float_ge, which are false on NaN, as int_xor with 1.
    /// </summary>
    private void EmitUnorderedCompare(Instruction instruction, int d)
    {
        Copy(instruction);
        _il.Emit(OpCodes.Dup);
        _il.Emit(OpCodes.Stloc, Temp(ShadowKind.I32, 0));
        LoadRecorder();
        _il.Emit(OpCodes.Ldc_I4, (int)Opcode.IntXor);
        LoadRecorder();
        _il.Emit(OpCodes.Ldc_I4, (int)(instruction.OpCode.Code == Code.Cgt_Un ? Opcode.FloatLe : Opcode.FloatGe));
        _il.Emit(OpCodes.Ldloc, Shadow(d - 2));
        _il.Emit(OpCodes.Ldloc, Shadow(d - 1));
        _il.Emit(OpCodes.Ldc_I4_1);
        _il.Emit(OpCodes.Ldloc, Temp(ShadowKind.I32, 0));
        _il.Emit(OpCodes.Sub);
        _il.Emit(OpCodes.Call, _rt.TraceValueOf(ShadowKind.I32));
        _il.Emit(OpCodes.Callvirt, _rt.Pure2);
        _il.Emit(OpCodes.Ldc_I4_1);
        _il.Emit(OpCodes.Call, _rt.ConstantOf(ShadowKind.I32));
        LoadTraceValue(ShadowKind.I32, Temp(ShadowKind.I32, 0));
        _il.Emit(OpCodes.Callvirt, _rt.Pure2);
        _il.Emit(OpCodes.Stloc, Shadow(d - 2));
    }

    /// <summary>
    /// Arithmetic without a trace operation: the concrete operation, recorded as call_pure of
    /// its ResidualArithmetic helper (folded on constants) with guard_no_exception at the
    /// instruction, since a division may raise.
    /// </summary>
    private void EmitResidualArithmetic(Instruction instruction, string helper, ShadowKind kind, int d)
    {
        if (kind is not (ShadowKind.I32 or ShadowKind.I64 or ShadowKind.F64) || (kind == ShadowKind.F64 && helper != "Remainder"))
        {
            throw new TwinUnsupportedException($"{instruction.OpCode.Name} on {kind} at IL_{instruction.Offset:x4}");
        }
        Copy(instruction);
        _il.Emit(OpCodes.Dup);
        _il.Emit(OpCodes.Stloc, Temp(kind, 0));
        LoadRecorder();
        _descriptors.LoadCall(_il, _rt.ResidualArithmetic(helper, kind));
        ValueArray([Shadow(d - 2), Shadow(d - 1)]);
        LoadTraceValue(kind, Temp(kind, 0));
        _il.Emit(OpCodes.Ldc_I4_0);
        Frame(instruction, d);
        _il.Emit(OpCodes.Ldc_I4_0); // the frame is at the operation: resuming computes it again (it is pure)
        _il.Emit(OpCodes.Callvirt, _rt.Call);
        _il.Emit(OpCodes.Stloc, Shadow(d - 2));
    }

    private void EmitOverflow(Instruction instruction, StackSlot[] stack)
    {
        var d = stack.Length;
        var kind = stack[^2].Kind;
        if (kind is not (ShadowKind.I32 or ShadowKind.I64) || stack[^1].Kind != kind)
        {
            throw new TwinUnsupportedException($"{instruction.OpCode.Name} on {kind} at IL_{instruction.Offset:x4}");
        }
        // The concrete checked operation would throw before the recorder saw the overflow:
        // TraceContext computes the wrapped result, records int_*_ovf with its guard, then throws.
        _il.Emit(OpCodes.Stloc, Temp(kind, 1));
        _il.Emit(OpCodes.Stloc, Temp(kind, 0));
        _il.Emit(OpCodes.Ldarg, _context);
        _il.Emit(OpCodes.Ldloc, Temp(kind, 0));
        _il.Emit(OpCodes.Ldloc, Temp(kind, 1));
        _il.Emit(OpCodes.Ldloc, Shadow(d - 2));
        _il.Emit(OpCodes.Ldloc, Shadow(d - 1));
        Frame(instruction, d);
        _il.Emit(OpCodes.Ldloca, Shadow(d - 2));
        var name = instruction.OpCode.Code switch { Code.Add_Ovf => "AddOvf", Code.Sub_Ovf => "SubOvf", _ => "MulOvf" };
        _il.Emit(OpCodes.Callvirt, _rt.Overflow(name, kind));
    }

    /// <summary>
    /// conv.i/conv.ovf.i, which C# emits for array indices of type long: the native int is an
    /// int32 in the trace (TraceContext.Index guards that the long fits); of an int32 the shadow
    /// stays. The concrete native int is exact on 64-bit and 32-bit runtimes alike for indices
    /// that fit, the only ones an array access accepts.
    /// </summary>
    private void EmitIndexConversion(Instruction instruction, ShadowKind from, int d)
    {
        switch (from)
        {
            case ShadowKind.I32:
                Copy(instruction);
                break;
            case ShadowKind.I64:
                _il.Emit(OpCodes.Dup);
                _il.Emit(OpCodes.Stloc, Temp(ShadowKind.I64, 0));
                Copy(instruction);
                _il.Emit(OpCodes.Ldarg, _context);
                _il.Emit(OpCodes.Ldloc, Shadow(d - 1));
                _il.Emit(OpCodes.Ldloc, Temp(ShadowKind.I64, 0));
                Frame(instruction, d);
                _il.Emit(OpCodes.Callvirt, _rt.Index);
                _il.Emit(OpCodes.Stloc, Shadow(d - 1));
                break;
            default:
                throw new TwinUnsupportedException($"{instruction.OpCode.Name} from {from} at IL_{instruction.Offset:x4}");
        }
    }

    private void EmitConversion(Instruction instruction, ShadowKind from, int d)
    {
        var code = instruction.OpCode.Code;
        if (from == ShadowKind.I64 && code is Code.Conv_I1 or Code.Conv_U1 or Code.Conv_I2 or Code.Conv_U2)
        {
            // To a small integer from int64: long_to_int first, then as from int32.
            _il.Emit(OpCodes.Dup);
            _il.Emit(OpCodes.Conv_I4);
            _il.Emit(OpCodes.Stloc, Temp(ShadowKind.I32, 1));
            Copy(instruction);
            LoadRecorder();
            _il.Emit(OpCodes.Ldc_I4, (int)Opcode.LongToInt);
            _il.Emit(OpCodes.Ldloc, Shadow(d - 1));
            LoadTraceValue(ShadowKind.I32, Temp(ShadowKind.I32, 1));
            _il.Emit(OpCodes.Callvirt, _rt.Pure1);
            _il.Emit(OpCodes.Stloc, Shadow(d - 1));
            from = ShadowKind.I32;
        }
        else
        {
            Copy(instruction);
        }
        switch (code, from)
        {
            case (Code.Conv_I4 or Code.Conv_U4, ShadowKind.I32) or (Code.Conv_I8 or Code.Conv_U8, ShadowKind.I64) or (Code.Conv_R8, ShadowKind.F64):
                break; // the same bits: the shadow stays
            case (Code.Conv_U1 or Code.Conv_U2, ShadowKind.I32):
                // Zero extension of the low byte or half: int_and with the mask.
                _il.Emit(OpCodes.Dup);
                _il.Emit(OpCodes.Stloc, Temp(ShadowKind.I32, 0));
                LoadRecorder();
                _il.Emit(OpCodes.Ldc_I4, (int)Opcode.IntAnd);
                _il.Emit(OpCodes.Ldloc, Shadow(d - 1));
                _il.Emit(OpCodes.Ldc_I4, code == Code.Conv_U1 ? 0xFF : 0xFFFF);
                _il.Emit(OpCodes.Call, _rt.ConstantOf(ShadowKind.I32));
                LoadTraceValue(ShadowKind.I32, Temp(ShadowKind.I32, 0));
                _il.Emit(OpCodes.Callvirt, _rt.Pure2);
                _il.Emit(OpCodes.Stloc, Shadow(d - 1));
                break;
            case (Code.Conv_I1 or Code.Conv_I2, ShadowKind.I32):
            {
                // Sign extension of the low byte or half: int_shr(int_shl(x, k), k). The shifted
                // intermediate's concrete value is the result's shifted by k (same low bits).
                var shift = code == Code.Conv_I1 ? 24 : 16;
                _il.Emit(OpCodes.Dup);
                _il.Emit(OpCodes.Stloc, Temp(ShadowKind.I32, 0));
                LoadRecorder();
                _il.Emit(OpCodes.Ldc_I4, (int)Opcode.IntShr);
                LoadRecorder();
                _il.Emit(OpCodes.Ldc_I4, (int)Opcode.IntShl);
                _il.Emit(OpCodes.Ldloc, Shadow(d - 1));
                _il.Emit(OpCodes.Ldc_I4, shift);
                _il.Emit(OpCodes.Call, _rt.ConstantOf(ShadowKind.I32));
                _il.Emit(OpCodes.Ldloc, Temp(ShadowKind.I32, 0));
                _il.Emit(OpCodes.Ldc_I4, shift);
                _il.Emit(OpCodes.Shl);
                _il.Emit(OpCodes.Call, _rt.TraceValueOf(ShadowKind.I32));
                _il.Emit(OpCodes.Callvirt, _rt.Pure2);
                _il.Emit(OpCodes.Ldc_I4, shift);
                _il.Emit(OpCodes.Call, _rt.ConstantOf(ShadowKind.I32));
                LoadTraceValue(ShadowKind.I32, Temp(ShadowKind.I32, 0));
                _il.Emit(OpCodes.Callvirt, _rt.Pure2);
                _il.Emit(OpCodes.Stloc, Shadow(d - 1));
                break;
            }
            default:
                var opcode = (code, from) switch
                {
                    (Code.Conv_I8, ShadowKind.I32) => Opcode.IntToLong,
                    (Code.Conv_U8, ShadowKind.I32) => Opcode.UintToLong,
                    (Code.Conv_I4 or Code.Conv_U4, ShadowKind.I64) => Opcode.LongToInt,
                    (Code.Conv_R8, ShadowKind.I32) => Opcode.IntToFloat,
                    (Code.Conv_R8, ShadowKind.I64) => Opcode.LongToFloat,
                    (Code.Conv_I4, ShadowKind.F64) => Opcode.FloatToInt,
                    (Code.Conv_I8, ShadowKind.F64) => Opcode.FloatToLong,
                    _ => throw new TwinUnsupportedException($"{instruction.OpCode.Name} from {from} at IL_{instruction.Offset:x4}"),
                };
                RecordPure(opcode, d - 1, null, ResultKind(instruction, d - 1), d - 1);
                break;
        }
    }

    /// <summary>brtrue/brfalse: guard_true/guard_false on an int, int64 truth (long_is_true first), guard_nonnull/guard_isnull on a reference.</summary>
    private void EmitTruthBranch(Instruction instruction, ShadowKind kind, int d)
    {
        var shadow = Shadow(d - 1);
        _il.Emit(OpCodes.Dup);
        _il.Emit(OpCodes.Stloc, Temp(kind, 0));
        UnlessConstant(shadow, () =>
        {
            switch (kind)
            {
                case ShadowKind.I32:
                    LoadRecorder();
                    _il.Emit(OpCodes.Ldloc, shadow);
                    TruthOf(kind);
                    Frame(instruction, d);
                    _il.Emit(OpCodes.Callvirt, _rt.Branch);
                    break;
                case ShadowKind.I64:
                    LoadRecorder();
                    LoadRecorder();
                    _il.Emit(OpCodes.Ldc_I4, (int)Opcode.LongIsTrue);
                    _il.Emit(OpCodes.Ldloc, shadow);
                    TruthOf(kind);
                    _il.Emit(OpCodes.Call, _rt.TraceValueOf(ShadowKind.I32));
                    _il.Emit(OpCodes.Callvirt, _rt.Pure1);
                    TruthOf(kind);
                    Frame(instruction, d);
                    _il.Emit(OpCodes.Callvirt, _rt.Branch);
                    break;
                case ShadowKind.Ref:
                    LoadRecorder();
                    _il.Emit(OpCodes.Ldloc, shadow);
                    _il.Emit(OpCodes.Ldloc, Temp(kind, 0));
                    _il.Emit(OpCodes.Ldnull);
                    _il.Emit(OpCodes.Ceq);
                    Frame(instruction, d);
                    _il.Emit(OpCodes.Callvirt, _rt.GuardNull);
                    break;
                default:
                    throw new TwinUnsupportedException($"{instruction.OpCode.Name} on {kind} at IL_{instruction.Offset:x4}");
            }
        });
        Copy(instruction);
    }

    /// <summary>Pushes 1 when the concrete value in the kind's first temp is non-zero, else 0.</summary>
    private void TruthOf(ShadowKind kind)
    {
        _il.Emit(OpCodes.Ldloc, Temp(kind, 0));
        if (kind == ShadowKind.I64)
        {
            _il.Emit(OpCodes.Ldc_I8, 0L);
        }
        else
        {
            _il.Emit(OpCodes.Ldc_I4_0);
        }
        _il.Emit(OpCodes.Cgt_Un);
    }

    /// <summary>
    /// beq/blt/...: the comparison is recorded (int_lt, float_ge, ...) and the guard is on its
    /// result; the resume frame is at the branch with both operands on the stack, so the
    /// interpreter re-executes the branch. The concrete branch is then on the comparison's value.
    /// </summary>
    private void EmitCompareBranch(Instruction instruction, ShadowKind kind, int d)
    {
        var (opcode, compare, negated) = TwinOpcodes.CompareBranch(instruction.OpCode.Code, kind);
        var condition = Temp(ShadowKind.I32, 2);
        _il.Emit(OpCodes.Stloc, Temp(kind, 1));
        _il.Emit(OpCodes.Stloc, Temp(kind, 0));
        _il.Emit(OpCodes.Ldloc, Temp(kind, 0));
        _il.Emit(OpCodes.Ldloc, Temp(kind, 1));
        foreach (var step in compare)
        {
            _il.Emit(step);
        }
        _il.Emit(OpCodes.Stloc, condition);
        var record = _il.Create(OpCodes.Nop);
        var constants = _il.Create(OpCodes.Nop);
        foreach (var shadow in new[] { Shadow(d - 2), Shadow(d - 1) })
        {
            // Both operands constant: the branch is decided, nothing is recorded.
            _il.Emit(OpCodes.Ldloc, shadow);
            _il.Emit(OpCodes.Isinst, _rt.Constant);
            _il.Emit(OpCodes.Brfalse, record);
        }
        _il.Emit(OpCodes.Br, constants);
        _il.Append(record);
        LoadRecorder();
        LoadRecorder();
        _il.Emit(OpCodes.Ldc_I4, (int)opcode);
        _il.Emit(OpCodes.Ldloc, Shadow(d - 2));
        _il.Emit(OpCodes.Ldloc, Shadow(d - 1));
        _il.Emit(OpCodes.Ldloc, condition);
        _il.Emit(OpCodes.Call, _rt.TraceValueOf(ShadowKind.I32));
        _il.Emit(OpCodes.Callvirt, _rt.Pure2);
        _il.Emit(OpCodes.Ldloc, condition);
        _il.Emit(OpCodes.Ldc_I4_0);
        _il.Emit(OpCodes.Cgt_Un);
        Frame(instruction, d);
        _il.Emit(OpCodes.Callvirt, _rt.Branch);
        _il.Append(constants);
        _il.Emit(OpCodes.Ldloc, condition);
        var branch = _il.Create(negated ? OpCodes.Brfalse : OpCodes.Brtrue, (Instruction)instruction.Operand);
        _branches.Add(branch);
        _il.Append(branch);
    }

    /// <summary>
    /// isinst: the trace fixes what decides the answer, the object's nullness and exact class
    /// (guard_nonnull + guard_class, or guard_isnull); a stronger guard than the test needs, never
    /// a wrong one. The result is the same object (its shadow stays) or null (the null constant).
    /// </summary>
    private void EmitTypeTest(Instruction instruction, int d)
    {
        var concrete = Temp(ShadowKind.Ref, 0);
        _il.Emit(OpCodes.Dup);
        _il.Emit(OpCodes.Stloc, concrete);
        UnlessConstant(Shadow(d - 1), () =>
        {
            LoadRecorder();
            _il.Emit(OpCodes.Ldloc, Shadow(d - 1));
            _il.Emit(OpCodes.Ldloc, concrete);
            _il.Emit(OpCodes.Ldnull);
            _il.Emit(OpCodes.Ceq);
            Frame(instruction, d);
            _il.Emit(OpCodes.Callvirt, _rt.GuardNull);
            var isNull = _il.Create(OpCodes.Nop);
            _il.Emit(OpCodes.Ldloc, concrete);
            _il.Emit(OpCodes.Brfalse, isNull);
            LoadRecorder();
            _il.Emit(OpCodes.Ldloc, Shadow(d - 1));
            _il.Emit(OpCodes.Ldloc, concrete);
            _il.Emit(OpCodes.Callvirt, _rt.GetType);
            Frame(instruction, d);
            _il.Emit(OpCodes.Callvirt, _rt.GuardClass);
            _il.Append(isNull);
        });
        Copy(instruction);
        var sameObject = _il.Create(OpCodes.Nop);
        _il.Emit(OpCodes.Dup);
        _il.Emit(OpCodes.Brtrue, sameObject);
        _il.Emit(OpCodes.Ldsfld, _rt.ConstantNull);
        _il.Emit(OpCodes.Stloc, Shadow(d - 1));
        _il.Append(sameObject);
    }

    /// <summary>ldflda for a primitive struct's method: the trace reads the field (getfield), the twin keeps the address.</summary>
    private void EmitFieldAddress(Instruction instruction, int d)
    {
        var field = (FieldReference)instruction.Operand;
        if (field.Resolve()?.CustomAttributes.Any(a => a.AttributeType.FullName == "Meta.Jit.QuasiImmutableAttribute") == true)
        {
            throw new TwinUnsupportedException($"the address of a quasi-immutable field at IL_{instruction.Offset:x4}");
        }
        var kind = ShadowKinds.Of(field.FieldType);
        Copy(instruction);
        _il.Emit(OpCodes.Dup);
        _il.Emit(OpCodes.Ldobj, field.FieldType);
        _il.Emit(OpCodes.Stloc, Temp(kind, 0));
        LoadRecorder();
        _il.Emit(OpCodes.Ldloc, Shadow(d - 1));
        _descriptors.LoadField(_il, field);
        LoadTraceValue(kind, Temp(kind, 0));
        _il.Emit(OpCodes.Callvirt, _rt.GetField);
        _il.Emit(OpCodes.Stloc, Shadow(d - 1));
    }

    private void EmitGetField(Instruction instruction, int d)
    {
        var field = (FieldReference)instruction.Operand;
        var kind = ResultKind(instruction, d - 1);
        var quasiImmutable = field.Resolve()?.CustomAttributes.Any(a => a.AttributeType.FullName == "Meta.Jit.QuasiImmutableAttribute") == true;
        Copy(instruction);
        _il.Emit(OpCodes.Dup);
        _il.Emit(OpCodes.Stloc, Temp(kind, 0));
        LoadRecorder();
        _il.Emit(OpCodes.Ldloc, Shadow(d - 1));
        _descriptors.LoadField(_il, field);
        LoadTraceValue(kind, Temp(kind, 0));
        if (quasiImmutable)
        {
            Frame(instruction, d);
            _il.Emit(OpCodes.Callvirt, _rt.GetQuasiImmutableField);
        }
        else
        {
            _il.Emit(OpCodes.Callvirt, _rt.GetField);
        }
        _il.Emit(OpCodes.Stloc, Shadow(d - 1));
    }
}
