using System.Reflection;
using System.Reflection.Emit;
using Meta.Tracing.IR;

namespace Meta.Backend.Cil;

/// <summary>
/// Writes the IL of one trace: the prologue that loads the inputs from the frame, one IL sequence
/// per operation with SSA values in locals (shared by liveness, <see cref="LocalAllocator"/>), the
/// loop back-edges of jump, and one exit block per guard placed after the body (cold code last, so
/// the hot loop stays contiguous). A trace tree is written the same way with each inlined bridge's
/// code in place of its guard's exit block. This file holds the control flow; TraceEmitter.Exits.cs
/// the exit protocol, the other TraceEmitter.*.cs files the op families.
/// </summary>
internal sealed partial class TraceEmitter
{
    private static readonly FieldInfo WordsField = typeof(TraceFrame).GetField(nameof(TraceFrame.Words))!;
    private static readonly FieldInfo RefsField = typeof(TraceFrame).GetField(nameof(TraceFrame.Refs))!;
    private static readonly FieldInfo ExceptionField = typeof(TraceFrame).GetField(nameof(TraceFrame.Exception))!;
    private static readonly FieldInfo ExitTraceField = typeof(TraceFrame).GetField(nameof(TraceFrame.ExitTrace))!;
    private static readonly FieldInfo IterationsField = typeof(TraceFrame).GetField(nameof(TraceFrame.Iterations))!;
    private static readonly FieldInfo FinalIndexField = typeof(TraceFrame).GetField(nameof(TraceFrame.FinalIndex))!;
    private static readonly FieldInfo BridgesField = typeof(TraceClosure).GetField(nameof(TraceClosure.Bridges), BindingFlags.NonPublic | BindingFlags.Instance)!;
    private static readonly FieldInfo OwnerField = typeof(TraceClosure).GetField(nameof(TraceClosure.Owner), BindingFlags.NonPublic | BindingFlags.Instance)!;
    private static readonly MethodInfo InvokeCode = typeof(Func<TraceFrame, int>).GetMethod(nameof(Func<TraceFrame, int>.Invoke))!;
    private static readonly FieldInfo ConstantsField = typeof(TraceClosure).GetField(nameof(TraceClosure.Constants), BindingFlags.NonPublic | BindingFlags.Instance)!;
    private static readonly FieldInfo InvalidationField = typeof(TraceClosure).GetField(nameof(TraceClosure.Invalidation), BindingFlags.NonPublic | BindingFlags.Instance)!;
    private static readonly FieldInfo IsSetField = typeof(Invalidation).GetField(nameof(Invalidation.IsSet), BindingFlags.NonPublic | BindingFlags.Instance)!;
    private static readonly MethodInfo DoubleToBits = typeof(BitConverter).GetMethod(nameof(BitConverter.DoubleToInt64Bits), [typeof(double)])!;
    private static readonly MethodInfo BitsToDouble = typeof(BitConverter).GetMethod(nameof(BitConverter.Int64BitsToDouble), [typeof(long)])!;

    private readonly Trace _trace;
    private readonly CilCompileOptions _options;

    /// <summary>The loop this trace is a bridge of, or null when it is a loop (a root) itself.</summary>
    private readonly CompiledTrace? _root;

    /// <summary>Bridges compiled into this method in place of their guards' exit blocks.</summary>
    private readonly IReadOnlyDictionary<Operation, Trace> _inline;

    /// <summary>The root and its inlined bridges, root first.</summary>
    private readonly List<Trace> _traces = [];
    private readonly Dictionary<TargetToken, Operation> _labelOpsByToken = [];
    private readonly Dictionary<Operation, int> _ownGuardIndexes = [];
    private readonly List<Operation> _finals = [];
    private Trace _current;
    private Label _currentStart;

    /// <summary>The CLR types reference values are known to have everywhere (<see cref="StaticTypes"/>).</summary>
    private Dictionary<Value, Type> _staticTypes = [];

    /// <summary>Types proven from here to the end of the current straight-line stretch (by guard_class or a cast).</summary>
    private readonly Dictionary<Value, Type> _proven = [];
    private bool _inTry;
    private readonly DynamicMethod _method;
    private readonly ILGenerator _il;
    private readonly Dictionary<Value, LocalBuilder> _locals = [];
    private readonly Dictionary<object, LocalBuilder> _refConstants = new(ReferenceEqualityComparer.Instance);
    private readonly List<object> _constants = [];
    private readonly Dictionary<TargetToken, Label> _labels = [];
    private readonly List<Operation> _labelOps = [];
    private readonly List<Operation> _guards = [];
    private readonly List<(Label Block, Operation Guard, int Id)> _exits = [];
    private readonly Dictionary<Type, LocalBuilder> _temps = [];
    private LocalBuilder? _overflow;
    private LocalBuilder? _exception;
    private LocalBuilder? _iterations;
    private LocalBuilder? _words;
    private LocalBuilder? _refs;
    private LocalBuilder? _exitId;
    private Label _start;

    public TraceEmitter(Trace trace, CilCompileOptions options, CompiledTrace? root, IReadOnlyDictionary<Operation, Trace>? inline = null)
    {
        _trace = trace;
        _current = trace;
        _options = options;
        _root = root;
        _inline = inline ?? new Dictionary<Operation, Trace>();
        CollectTraces();
        // Anonymously hosted with restrictedSkipVisibility: the code may touch the interpreter's
        // non-public fields and methods, and the method stays collectable.
        _method = new DynamicMethod(options.Name, typeof(int), [typeof(TraceClosure), typeof(TraceFrame)], restrictedSkipVisibility: true);
        _il = _method.GetILGenerator();
    }

    public CompiledTrace Compile()
    {
        _staticTypes = StaticTypes.Infer(_traces, _inline);
        DeclareLocals();
        EmitPrologue();
        _currentStart = _start;
        foreach (var op in _trace.Operations)
        {
            EmitOperation(op);
        }
        var dispatch = _il.DefineLabel();
        var guardTail = _il.DefineLabel();
        // Inlined bridges add guards, hence exits, while this loop runs.
        for (var i = 0; i < _exits.Count; i++)
        {
            var (block, guard, id) = _exits[i];
            _il.MarkLabel(block);
            if (_inline.TryGetValue(guard, out var bridge))
            {
                EmitInlineBridge(guard, bridge);
            }
            else
            {
                EmitGuardExit(guard, id, guardTail);
            }
        }
        EmitGuardTail(guardTail, dispatch);
        EmitReentries(dispatch);
        var closure = new TraceClosure([.. _constants], _guards.Count, _root?.Invalidation ?? new Invalidation());
        var code = _method.CreateDelegate<Func<TraceFrame, int>>(closure);
        var labels = _labelOps.Select(label => (TargetToken)label.Descr!).ToArray();
        var inlined = _guards.Select(guard => _inline.ContainsKey(guard)).ToArray();
        return new CompiledTrace(_trace, code, closure, [.. _guards], _ownGuardIndexes, inlined, [.. _finals], labels, FrameSize(), _root);
    }

    /// <summary>The root and the bridges reachable from its guards, checking that each bridge takes its guard's live values.</summary>
    private void CollectTraces()
    {
        var pending = new Queue<Trace>([_trace]);
        while (pending.TryDequeue(out var trace))
        {
            _traces.Add(trace);
            var index = 0;
            foreach (var guard in trace.Operations.Where(op => op.IsGuard))
            {
                _ownGuardIndexes.Add(guard, index++);
                if (_inline.TryGetValue(guard, out var bridge))
                {
                    if (!guard.Resume!.LiveValues.Select(value => value.Kind).SequenceEqual(bridge.Inputs.Select(input => input.Kind)))
                    {
                        throw new ArgumentException($"a bridge's inputs are not the live values of its guard ({guard.Info.Name})");
                    }
                    pending.Enqueue(bridge.Verified());
                }
            }
        }
    }

    private int FrameSize()
    {
        var size = _trace.Inputs.Count;
        foreach (var trace in _traces)
        {
            size = Math.Max(size, trace.Operations[^1].Operands.Count);
        }
        foreach (var guard in _guards)
        {
            size = Math.Max(size, guard.Resume!.LiveValues.Count());
        }
        return size;
    }

    /// <summary>
    /// A bridge in place of its guard's exit block: the guard's live values move into the
    /// bridge's inputs (in parallel, as a jump's arguments do), then the bridge's operations follow;
    /// its jump to a label of the loop becomes a plain branch, its guards get exits of their own.
    /// The pending exception stays in its local, as the bridge expects.
    /// </summary>
    private void EmitInlineBridge(Operation guard, Trace bridge)
    {
        var live = guard.Resume!.LiveValues.ToArray();
        foreach (var value in live)
        {
            Load(value);
        }
        for (var i = live.Length - 1; i >= 0; i--)
        {
            _il.Emit(OpCodes.Stloc, _locals[bridge.Inputs[i]]);
        }
        _proven.Clear();
        _current = bridge;
        _currentStart = _il.DefineLabel();
        _il.MarkLabel(_currentStart);
        foreach (var op in bridge.Operations)
        {
            EmitOperation(op);
        }
    }

    private static Type ClrType(ValueKind kind) => kind switch
    {
        ValueKind.I32 => typeof(int),
        ValueKind.I64 => typeof(long),
        ValueKind.F64 => typeof(double),
        ValueKind.Ref => typeof(object),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), "void values have no local"),
    };

    private void DeclareLocals()
    {
        _words = _il.DeclareLocal(typeof(long[]));
        _refs = _il.DeclareLocal(typeof(object[]));
        _exitId = _il.DeclareLocal(typeof(int));
        foreach (var trace in _traces)
        {
            LocalAllocator.Allocate(trace, _il, _locals, ClrType);
        }
        foreach (var op in _traces.SelectMany(trace => trace.Operations))
        {
            if (op is { Opcode: Opcode.Label, Descr: TargetToken token })
            {
                if (!_labelOpsByToken.TryAdd(token, op))
                {
                    throw new ArgumentException($"label {token.Name} is defined twice in the tree");
                }
                _labels.Add(token, _il.DefineLabel());
                if (_trace.Operations.Contains(op))
                {
                    // Only the root's labels can be entered from a bridge attached through the table.
                    _labelOps.Add(op);
                }
            }
            foreach (var value in op.Operands.Concat(op.Resume?.LiveValues ?? []))
            {
                if (value is Constant { Kind: ValueKind.Ref, AsRef: { } reference } && !_refConstants.ContainsKey(reference))
                {
                    _refConstants.Add(reference, _il.DeclareLocal(typeof(object)));
                }
            }
        }
        // The pending exception needs a local only where something raises or looks at it;
        // elsewhere it stays in frame.Exception as the entry (or a bridge) left it.
        var touchesException = _traces.SelectMany(trace => trace.Operations).Any(op =>
            (op.Flags & OpFlags.CanRaise) != 0 || op.Opcode is Opcode.GuardNoException or Opcode.GuardException);
        if (touchesException)
        {
            _exception = _il.DeclareLocal(typeof(Exception));
        }
        if (_options.MaxIterations is not null)
        {
            _iterations = _il.DeclareLocal(typeof(long));
        }
    }

    /// <summary>A scratch local of a type, shared by every op that needs one briefly.</summary>
    private LocalBuilder Temp(Type type)
    {
        if (!_temps.TryGetValue(type, out var local))
        {
            local = _il.DeclareLocal(type);
            _temps.Add(type, local);
        }
        return local;
    }

    private LocalBuilder OverflowFlag => _overflow ??= _il.DeclareLocal(typeof(int));

    private void EmitPrologue()
    {
        // Reference constants are loaded once into locals, out of the loop.
        foreach (var (reference, local) in _refConstants)
        {
            _il.Emit(OpCodes.Ldarg_0);
            _il.Emit(OpCodes.Ldfld, ConstantsField);
            EmitInt(_constants.Count);
            _il.Emit(OpCodes.Ldelem_Ref);
            _il.Emit(OpCodes.Stloc, local);
            _constants.Add(reference);
        }
        // The frame's arrays never change (readonly fields): load them once.
        _il.Emit(OpCodes.Ldarg_1);
        _il.Emit(OpCodes.Ldfld, WordsField);
        _il.Emit(OpCodes.Stloc, _words!);
        _il.Emit(OpCodes.Ldarg_1);
        _il.Emit(OpCodes.Ldfld, RefsField);
        _il.Emit(OpCodes.Stloc, _refs!);
        LoadFromFrame(_trace.Inputs);
        _start = _il.DefineLabel();
        _il.MarkLabel(_start);
    }

    private void EmitOperation(Operation op)
    {
        switch (op.Opcode)
        {
            case Opcode.Label:
                // Jumps enter here with new label arguments: what was proven before no longer holds.
                _proven.Clear();
                _il.MarkLabel(_labels[(TargetToken)op.Descr!]);
                return;
            case Opcode.Jump:
                EmitJump(op);
                return;
            case Opcode.Finish:
                _finals.Add(op);
                EmitExit(op.Operands, CompiledTrace.FinishId, _finals.Count - 1);
                return;
        }
        if (op.IsGuard)
        {
            var exit = _il.DefineLabel();
            _exits.Add((exit, op, _guards.Count));
            _guards.Add(op);
            EmitGuard(op, exit);
            return;
        }
        if (!EmitArithmetic(op) && !EmitHeap(op))
        {
            throw new NotSupportedException($"the CIL backend does not compile {op.Info.Name}");
        }
    }

    /// <summary>Pushes a value: a constant inline (refs from their local), else the value's local.</summary>
    private void Load(Value value)
    {
        switch (value)
        {
            case Constant { Kind: ValueKind.I32 } constant:
                EmitInt(constant.AsInt);
                break;
            case Constant { Kind: ValueKind.I64 } constant:
                _il.Emit(OpCodes.Ldc_I8, constant.AsLong);
                break;
            case Constant { Kind: ValueKind.F64 } constant:
                _il.Emit(OpCodes.Ldc_R8, constant.AsFloat);
                break;
            case Constant { AsRef: null }:
                _il.Emit(OpCodes.Ldnull);
                break;
            case Constant constant:
                _il.Emit(OpCodes.Ldloc, _refConstants[constant.AsRef!]);
                break;
            default:
                _il.Emit(OpCodes.Ldloc, _locals[value]);
                break;
        }
    }

    private void Store(Operation op) => _il.Emit(OpCodes.Stloc, _locals[op]);

    /// <summary>Pushes an int32 in the shortest encoding, which keeps long traces under RyuJIT's IL size limit for optimization.</summary>
    private void EmitInt(int value)
    {
        switch (value)
        {
            case >= -1 and <= 8:
                _il.Emit(ShortInts[value + 1]);
                break;
            case >= sbyte.MinValue and <= sbyte.MaxValue:
                _il.Emit(OpCodes.Ldc_I4_S, (sbyte)value);
                break;
            default:
                _il.Emit(OpCodes.Ldc_I4, value);
                break;
        }
    }

    private static readonly OpCode[] ShortInts =
    [
        OpCodes.Ldc_I4_M1, OpCodes.Ldc_I4_0, OpCodes.Ldc_I4_1, OpCodes.Ldc_I4_2, OpCodes.Ldc_I4_3,
        OpCodes.Ldc_I4_4, OpCodes.Ldc_I4_5, OpCodes.Ldc_I4_6, OpCodes.Ldc_I4_7, OpCodes.Ldc_I4_8,
    ];

    /// <summary>
    /// A jump: the iteration bound (when compiled in), then a parallel move of the arguments into
    /// the inputs or the label's arguments — all pushed first, then popped in reverse, so that a
    /// swap such as jump(i1, i0) reads every old value before any is overwritten.
    /// </summary>
    private void EmitJump(Operation jump)
    {
        if (_iterations is not null)
        {
            var go = _il.DefineLabel();
            _il.Emit(OpCodes.Ldloc, _iterations);
            _il.Emit(OpCodes.Ldc_I8, _options.MaxIterations!.Value);
            _il.Emit(OpCodes.Blt, go);
            _finals.Add(jump);
            EmitExit(jump.Operands, CompiledTrace.IterationLimitId, _finals.Count - 1);
            _il.MarkLabel(go);
            _il.Emit(OpCodes.Ldloc, _iterations);
            _il.Emit(OpCodes.Ldc_I8, 1L);
            _il.Emit(OpCodes.Add);
            _il.Emit(OpCodes.Stloc, _iterations);
        }
        IReadOnlyList<Value> targets;
        Label destination;
        if (jump.Descr is TargetToken token)
        {
            if (!_labels.TryGetValue(token, out destination))
            {
                // A bridge jumping into its loop: hand the label's arguments over in the frame
                // and let the loop's exit block that called the bridge continue at the label.
                var index = _root?.LabelIndex(token) ?? -1;
                if (index < 0)
                {
                    throw new NotSupportedException($"jump to {token.Name}, a label of neither this trace nor its loop");
                }
                EmitExit(jump.Operands, CompiledTrace.EnterBase - index);
                return;
            }
            targets = _labelOpsByToken[token].Operands;
        }
        else
        {
            targets = _current.Inputs;
            destination = _currentStart;
        }
        foreach (var arg in jump.Operands)
        {
            Load(arg);
        }
        for (var i = targets.Count - 1; i >= 0; i--)
        {
            _il.Emit(OpCodes.Stloc, _locals[targets[i]]);
        }
        _il.Emit(OpCodes.Br, destination);
    }

}
