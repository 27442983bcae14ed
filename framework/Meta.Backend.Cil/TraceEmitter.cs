using System.Reflection;
using System.Reflection.Emit;
using Meta.Tracing.IR;

namespace Meta.Backend.Cil;

/// <summary>
/// Writes the IL of one trace: the prologue that loads the inputs from the frame, one IL sequence
/// per operation with one local per SSA value, the loop back-edges of jump, and one exit block per
/// guard placed after the body (cold code last, so the hot loop stays contiguous). This file holds
/// the control flow; the other TraceEmitter.*.cs files hold the op families.
/// </summary>
internal sealed partial class TraceEmitter
{
    private static readonly FieldInfo WordsField = typeof(TraceFrame).GetField(nameof(TraceFrame.Words))!;
    private static readonly FieldInfo RefsField = typeof(TraceFrame).GetField(nameof(TraceFrame.Refs))!;
    private static readonly FieldInfo ExceptionField = typeof(TraceFrame).GetField(nameof(TraceFrame.Exception))!;
    private static readonly FieldInfo ConstantsField = typeof(TraceClosure).GetField(nameof(TraceClosure.Constants), BindingFlags.NonPublic | BindingFlags.Instance)!;
    private static readonly FieldInfo InvalidatedField = typeof(TraceClosure).GetField(nameof(TraceClosure.Invalidated), BindingFlags.NonPublic | BindingFlags.Instance)!;
    private static readonly MethodInfo DoubleToBits = typeof(BitConverter).GetMethod(nameof(BitConverter.DoubleToInt64Bits), [typeof(double)])!;
    private static readonly MethodInfo BitsToDouble = typeof(BitConverter).GetMethod(nameof(BitConverter.Int64BitsToDouble), [typeof(long)])!;

    private readonly Trace _trace;
    private readonly CilCompileOptions _options;
    private readonly DynamicMethod _method;
    private readonly ILGenerator _il;
    private readonly Dictionary<Value, LocalBuilder> _locals = [];
    private readonly Dictionary<object, LocalBuilder> _refConstants = new(ReferenceEqualityComparer.Instance);
    private readonly List<object> _constants = [];
    private readonly Dictionary<TargetToken, Label> _labels = [];
    private readonly List<Operation> _guards = [];
    private readonly List<(Label Block, Operation Guard, int Id)> _exits = [];
    private readonly Dictionary<Type, LocalBuilder> _temps = [];
    private LocalBuilder? _overflow;
    private LocalBuilder? _exception;
    private LocalBuilder? _iterations;
    private Label _start;

    public TraceEmitter(Trace trace, CilCompileOptions options)
    {
        _trace = trace;
        _options = options;
        // Anonymously hosted with restrictedSkipVisibility: the code may touch the interpreter's
        // non-public fields and methods, and the method stays collectable.
        _method = new DynamicMethod(options.Name, typeof(int), [typeof(TraceClosure), typeof(TraceFrame)], restrictedSkipVisibility: true);
        _il = _method.GetILGenerator();
    }

    public CompiledTrace Compile()
    {
        DeclareLocals();
        EmitPrologue();
        foreach (var op in _trace.Operations)
        {
            EmitOperation(op);
        }
        foreach (var (block, guard, id) in _exits)
        {
            _il.MarkLabel(block);
            EmitExit(guard.Resume!.LiveValues.ToArray(), id);
        }
        var closure = new TraceClosure([.. _constants]);
        var code = _method.CreateDelegate<Func<TraceFrame, int>>(closure);
        return new CompiledTrace(_trace, code, closure, [.. _guards], FrameSize());
    }

    private int FrameSize()
    {
        var size = _trace.Inputs.Count;
        size = Math.Max(size, _trace.Operations[^1].Operands.Count);
        foreach (var guard in _guards)
        {
            size = Math.Max(size, guard.Resume!.LiveValues.Count());
        }
        return size;
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
        foreach (var input in _trace.Inputs)
        {
            _locals.Add(input, _il.DeclareLocal(ClrType(input.Kind)));
        }
        foreach (var op in _trace.Operations)
        {
            if (op.Kind != ValueKind.Void)
            {
                _locals.Add(op, _il.DeclareLocal(ClrType(op.Kind)));
            }
            if (op is { Opcode: Opcode.Label, Descr: TargetToken token })
            {
                _labels.Add(token, _il.DefineLabel());
            }
            foreach (var value in op.Operands.Concat(op.Resume?.LiveValues ?? []))
            {
                if (value is Constant { Kind: ValueKind.Ref, AsRef: { } reference } && !_refConstants.ContainsKey(reference))
                {
                    _refConstants.Add(reference, _il.DeclareLocal(typeof(object)));
                }
            }
        }
        _exception = _il.DeclareLocal(typeof(Exception));
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
            _il.Emit(OpCodes.Ldc_I4, _constants.Count);
            _il.Emit(OpCodes.Ldelem_Ref);
            _il.Emit(OpCodes.Stloc, local);
            _constants.Add(reference);
        }
        for (var i = 0; i < _trace.Inputs.Count; i++)
        {
            var input = _trace.Inputs[i];
            _il.Emit(OpCodes.Ldarg_1);
            if (input.Kind == ValueKind.Ref)
            {
                _il.Emit(OpCodes.Ldfld, RefsField);
                _il.Emit(OpCodes.Ldc_I4, i);
                _il.Emit(OpCodes.Ldelem_Ref);
            }
            else
            {
                _il.Emit(OpCodes.Ldfld, WordsField);
                _il.Emit(OpCodes.Ldc_I4, i);
                _il.Emit(OpCodes.Ldelem_I8);
                if (input.Kind == ValueKind.I32)
                {
                    _il.Emit(OpCodes.Conv_I4);
                }
                else if (input.Kind == ValueKind.F64)
                {
                    _il.Emit(OpCodes.Call, BitsToDouble);
                }
            }
            _il.Emit(OpCodes.Stloc, _locals[input]);
        }
        if (_iterations is not null)
        {
            _il.Emit(OpCodes.Ldc_I8, 0L);
            _il.Emit(OpCodes.Stloc, _iterations);
        }
        _start = _il.DefineLabel();
        _il.MarkLabel(_start);
    }

    private void EmitOperation(Operation op)
    {
        switch (op.Opcode)
        {
            case Opcode.Label:
                _il.MarkLabel(_labels[(TargetToken)op.Descr!]);
                return;
            case Opcode.Jump:
                EmitJump(op);
                return;
            case Opcode.Finish:
                EmitExit(op.Operands, CompiledTrace.FinishId);
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
                _il.Emit(OpCodes.Ldc_I4, constant.AsInt);
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
            EmitExit(jump.Operands, CompiledTrace.IterationLimitId);
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
                throw new NotSupportedException($"jump to {token.Name}, a label of another trace");
            }
            targets = _trace.Operations.First(op => op.Descr == token && op.Opcode == Opcode.Label).Operands;
        }
        else
        {
            targets = _trace.Inputs;
            destination = _start;
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

    /// <summary>Stores the exit values into the frame's slots 0..n-1, the pending exception, and returns the id.</summary>
    private void EmitExit(IReadOnlyList<Value> values, int id)
    {
        for (var k = 0; k < values.Count; k++)
        {
            var value = values[k];
            _il.Emit(OpCodes.Ldarg_1);
            _il.Emit(OpCodes.Ldfld, value.Kind == ValueKind.Ref ? RefsField : WordsField);
            _il.Emit(OpCodes.Ldc_I4, k);
            Load(value);
            switch (value.Kind)
            {
                case ValueKind.Ref:
                    _il.Emit(OpCodes.Stelem_Ref);
                    continue;
                case ValueKind.I32:
                    _il.Emit(OpCodes.Conv_I8);
                    break;
                case ValueKind.F64:
                    _il.Emit(OpCodes.Call, DoubleToBits);
                    break;
            }
            _il.Emit(OpCodes.Stelem_I8);
        }
        _il.Emit(OpCodes.Ldarg_1);
        _il.Emit(OpCodes.Ldloc, _exception!);
        _il.Emit(OpCodes.Stfld, ExceptionField);
        _il.Emit(OpCodes.Ldc_I4, id);
        _il.Emit(OpCodes.Ret);
    }
}
