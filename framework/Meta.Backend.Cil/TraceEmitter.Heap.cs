using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.CompilerServices;
using Meta.Tracing.Execution;
using Meta.Tracing.IR;

namespace Meta.Backend.Cil;

/// <summary>
/// Fields, arrays, strings, allocation and calls, through the CLR members the descriptors name.
/// Values cross between trace kinds and CLR types by <see cref="ClrValues"/>'s rules. A reference
/// is cast to the declared type before use unless its type is already known (<see cref="StaticTypes"/>,
/// a passed guard_class, or an earlier cast in the same stretch of code), so that a wrong trace
/// fails with an InvalidCastException instead of reading memory as the wrong type.
/// </summary>
internal sealed partial class TraceEmitter
{
    private static readonly MethodInfo ArrayLength = typeof(Array).GetProperty(nameof(Array.Length))!.GetMethod!;
    private static readonly MethodInfo StringLength = typeof(string).GetProperty(nameof(string.Length))!.GetMethod!;
    private static readonly MethodInfo StringChars = typeof(string).GetMethod("get_Chars", [typeof(int)])!;
    private static readonly MethodInfo UninitializedObject = typeof(RuntimeHelpers).GetMethod(nameof(RuntimeHelpers.GetUninitializedObject))!;

    private bool EmitHeap(Operation op)
    {
        switch (op.Opcode)
        {
            case Opcode.GetField:
            case Opcode.GetStatic:
                var getField = Field(op);
                if (getField.IsStatic)
                {
                    _il.Emit(OpCodes.Ldsfld, getField);
                }
                else
                {
                    LoadAs(op.Operands[0], getField.DeclaringType!);
                    _il.Emit(OpCodes.Ldfld, getField);
                }
                FromClr(getField.FieldType);
                Store(op);
                return true;
            case Opcode.SetField:
            case Opcode.SetStatic:
                var setField = Field(op);
                if (!setField.IsStatic)
                {
                    LoadAs(op.Operands[0], setField.DeclaringType!);
                }
                Load(op.Operands[^1]);
                ToClr(setField.FieldType, op.Operands[^1]);
                _il.Emit(setField.IsStatic ? OpCodes.Stsfld : OpCodes.Stfld, setField);
                return true;
            case Opcode.GetArrayItem:
                var getElement = ElementType(op);
                LoadAs(op.Operands[0], getElement.MakeArrayType());
                Load(op.Operands[1]);
                _il.Emit(OpCodes.Ldelem, getElement);
                FromClr(getElement);
                Store(op);
                return true;
            case Opcode.SetArrayItem:
                var setElement = ElementType(op);
                LoadAs(op.Operands[0], setElement.MakeArrayType());
                Load(op.Operands[1]);
                Load(op.Operands[2]);
                ToClr(setElement, op.Operands[2]);
                _il.Emit(OpCodes.Stelem, setElement);
                return true;
            case Opcode.ArrayLen:
                LoadAs(op.Operands[0], typeof(Array));
                _il.Emit(OpCodes.Callvirt, ArrayLength);
                Store(op);
                return true;
            case Opcode.StrLen:
                LoadAs(op.Operands[0], typeof(string));
                _il.Emit(OpCodes.Callvirt, StringLength);
                Store(op);
                return true;
            case Opcode.StrGetItem:
                LoadAs(op.Operands[0], typeof(string));
                Load(op.Operands[1]);
                _il.Emit(OpCodes.Callvirt, StringChars);
                Store(op);
                return true;
            case Opcode.New:
                // Fields zeroed and no constructor run, as RPython's new: the trace's setfields
                // initialize the object.
                _il.Emit(OpCodes.Ldtoken, NewType(op));
                _il.Emit(OpCodes.Call, TypeFromHandle);
                _il.Emit(OpCodes.Call, UninitializedObject);
                Store(op);
                return true;
            case Opcode.NewArray:
                Load(op.Operands[0]);
                _il.Emit(OpCodes.Newarr, ElementType(op));
                Store(op);
                return true;
            case Opcode.Call:
            case Opcode.CallPure:
            case Opcode.CallMayForce:
                EmitCall(op);
                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// A call. One that can raise (its op flags, refined by effect info) runs in a try block whose
    /// handler keeps the exception for guard_no_exception / guard_exception and zeroes the result,
    /// so that nothing propagates out of compiled code that the trace expects to handle.
    /// </summary>
    private void EmitCall(Operation op)
    {
        var call = (CallDescr)op.Descr!;
        var method = call.Method ?? throw new NotSupportedException($"{op.Info.Name}: descriptor {call.Name} has no CLR method");
        var parameters = method.GetParameters();
        var receiverCount = method.IsStatic ? 0 : 1;
        if (parameters.Length + receiverCount != call.Parameters.Count)
        {
            throw new NotSupportedException($"{call.Name}: {method} takes {parameters.Length + receiverCount} arguments, the descriptor {call.Parameters.Count}");
        }
        ClrValues.CheckKind(method.ReturnType, call.Result, call.Name + " result");
        var canRaise = (op.Flags & OpFlags.CanRaise) != 0;
        if (!method.IsStatic && method.DeclaringType!.IsValueType)
        {
            throw new NotSupportedException($"{call.Name}: methods of value types are not called from traces");
        }
        var types = parameters.Select(parameter => parameter.ParameterType).Prepend(method.DeclaringType!).Skip(1 - receiverCount).ToArray();
        if (canRaise)
        {
            // A wrong argument type is the trace's fault, not the callee's exception: cast before
            // the try block (where the stack must be empty), so the handler cannot catch it.
            for (var i = 0; i < types.Length; i++)
            {
                if (!types[i].IsValueType && !Known(op.Operands[i], types[i]))
                {
                    LoadAs(op.Operands[i], types[i]);
                    _il.Emit(OpCodes.Pop);
                }
            }
            _il.BeginExceptionBlock();
            _inTry = true;
        }
        if (!method.IsStatic)
        {
            LoadAs(op.Operands[0], method.DeclaringType!);
        }
        for (var i = 0; i < parameters.Length; i++)
        {
            var type = parameters[i].ParameterType;
            ClrValues.CheckKind(type, call.Parameters[i + receiverCount], $"{call.Name} parameter {i}");
            Load(op.Operands[i + receiverCount]);
            ToClr(type, op.Operands[i + receiverCount]);
        }
        _il.Emit(method.IsStatic ? OpCodes.Call : OpCodes.Callvirt, method);
        _inTry = false;
        if (op.Kind != ValueKind.Void)
        {
            FromClr(method.ReturnType);
            Store(op);
        }
        if (canRaise)
        {
            _il.Emit(OpCodes.Ldnull);
            _il.Emit(OpCodes.Stloc, _exception!);
            _il.BeginCatchBlock(typeof(Exception));
            _il.Emit(OpCodes.Stloc, _exception!);
            if (op.Kind != ValueKind.Void)
            {
                EmitZero(op.Kind);
                Store(op);
            }
            _il.EndExceptionBlock();
        }
    }

    private void EmitZero(ValueKind kind)
    {
        switch (kind)
        {
            case ValueKind.I32:
                _il.Emit(OpCodes.Ldc_I4_0);
                break;
            case ValueKind.I64:
                _il.Emit(OpCodes.Ldc_I8, 0L);
                break;
            case ValueKind.F64:
                _il.Emit(OpCodes.Ldc_R8, 0.0);
                break;
            default:
                _il.Emit(OpCodes.Ldnull);
                break;
        }
    }

    /// <summary>Pushes a ref value, cast to the type the next instruction expects unless that is known.</summary>
    private void LoadAs(Value value, Type type)
    {
        if (type.IsValueType)
        {
            throw new NotSupportedException($"members of value type {type} are not accessed from traces");
        }
        Load(value);
        CastUnlessKnown(value, type);
    }

    /// <summary>
    /// castclass, unless the value is known to be of the type. After a cast the value is known for
    /// the rest of the straight-line stretch (the cast would have thrown otherwise), except inside
    /// a try block, whose handler may continue after a failed cast.
    /// </summary>
    private void CastUnlessKnown(Value value, Type type)
    {
        if (Known(value, type))
        {
            return;
        }
        _il.Emit(OpCodes.Castclass, type);
        if (value is not Constant && !_inTry)
        {
            _proven[value] = type;
        }
    }

    /// <summary>Whether the value is certainly null or an instance of the type at this point of the code.</summary>
    private bool Known(Value value, Type type) =>
        value.Kind != ValueKind.Ref ? throw new ArgumentException($"a {value.Kind.TextName()} value used as a {type.Name}", nameof(value))
        : type == typeof(object)
        || value is Constant { AsRef: null }
        || (value is Constant { AsRef: { } reference } && type.IsInstanceOfType(reference))
        || (_proven.TryGetValue(value, out var proven) && type.IsAssignableFrom(proven))
        || type.IsAssignableFrom(StaticTypes.TypeOf(value, _staticTypes));

    /// <summary>Turns the stack value of a trace kind into what a store of <paramref name="type"/> writes.</summary>
    private void ToClr(Type type, Value value)
    {
        var underlying = type.IsEnum ? Enum.GetUnderlyingType(type) : type;
        if (!underlying.IsValueType)
        {
            CastUnlessKnown(value, type);
            return;
        }
        switch (Type.GetTypeCode(underlying))
        {
            case TypeCode.Boolean:
                // A bool holds 0 or 1, as ClrValues.ToClr makes it; any other byte would read back as itself.
                _il.Emit(OpCodes.Ldc_I4_0);
                _il.Emit(OpCodes.Cgt_Un);
                break;
            case TypeCode.SByte:
                _il.Emit(OpCodes.Conv_I1);
                break;
            case TypeCode.Byte:
                _il.Emit(OpCodes.Conv_U1);
                break;
            case TypeCode.Int16:
                _il.Emit(OpCodes.Conv_I2);
                break;
            case TypeCode.UInt16:
            case TypeCode.Char:
                _il.Emit(OpCodes.Conv_U2);
                break;
            case TypeCode.Single:
                _il.Emit(OpCodes.Conv_R4);
                break;
        }
    }

    /// <summary>Turns a loaded CLR value into its trace kind on the stack (only float needs work).</summary>
    private void FromClr(Type type)
    {
        if (type == typeof(float))
        {
            _il.Emit(OpCodes.Conv_R8);
        }
    }

    private static FieldInfo Field(Operation op)
    {
        var descr = (FieldDescr)op.Descr!;
        var field = descr.Field ?? throw new NotSupportedException($"{op.Info.Name}: descriptor {descr.Name} has no CLR field");
        ClrValues.CheckKind(field.FieldType, descr.Kind, descr.Name);
        if (field.IsStatic != descr.IsStatic)
        {
            throw new NotSupportedException($"{descr.Name}: the descriptor and the CLR field {field.Name} disagree on static");
        }
        return field;
    }

    private static Type ElementType(Operation op)
    {
        var descr = (ArrayDescr)op.Descr!;
        var type = descr.ElementType ?? throw new NotSupportedException($"{op.Info.Name}: descriptor {descr.Name} has no CLR element type");
        ClrValues.CheckKind(type, descr.ElementKind, descr.Name);
        return type;
    }

    private static Type NewType(Operation op)
    {
        var type = ClassType(op);
        if (type.IsValueType || type.IsAbstract || type.IsArray || type == typeof(string))
        {
            throw new NotSupportedException($"new: {type} is not a class that can be allocated without a constructor");
        }
        return type;
    }
}
