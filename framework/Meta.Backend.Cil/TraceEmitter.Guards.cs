using System.Reflection;
using System.Reflection.Emit;
using Meta.Tracing.IR;

namespace Meta.Backend.Cil;

/// <summary>Guards: each is a test and a branch to its exit block when the test fails.</summary>
internal sealed partial class TraceEmitter
{
    private static readonly MethodInfo GetTypeMethod = typeof(object).GetMethod(nameof(GetType))!;
    private static readonly MethodInfo TypeFromHandle = typeof(Type).GetMethod(nameof(Type.GetTypeFromHandle))!;
    private static readonly MethodInfo TypeInequality = typeof(Type).GetMethod("op_Inequality", [typeof(Type), typeof(Type)])!;

    private void EmitGuard(Operation guard, Label exit)
    {
        switch (guard.Opcode)
        {
            case Opcode.GuardTrue:
                Load(guard.Operands[0]);
                _il.Emit(OpCodes.Brfalse, exit);
                break;
            case Opcode.GuardFalse:
                Load(guard.Operands[0]);
                _il.Emit(OpCodes.Brtrue, exit);
                break;
            case Opcode.GuardValue:
                // Floats compare by their bits, as the IR interpreter does: guard_value promotes
                // an exact value, -0.0 and NaN included.
                Load(guard.Operands[0]);
                if (guard.Operands[0].Kind == ValueKind.F64)
                {
                    _il.Emit(OpCodes.Call, DoubleToBits);
                }
                Load(guard.Operands[1]);
                if (guard.Operands[1].Kind == ValueKind.F64)
                {
                    _il.Emit(OpCodes.Call, DoubleToBits);
                }
                _il.Emit(OpCodes.Bne_Un, exit);
                break;
            case Opcode.GuardClass:
                Load(guard.Operands[0]);
                _il.Emit(OpCodes.Brfalse, exit);
                Load(guard.Operands[0]);
                EmitExactTypeTest(ClassType(guard), exit);
                if (guard.Operands[0] is not Constant)
                {
                    _proven[guard.Operands[0]] = ClassType(guard);
                }
                break;
            case Opcode.GuardNonnull:
                Load(guard.Operands[0]);
                _il.Emit(OpCodes.Brfalse, exit);
                break;
            case Opcode.GuardIsnull:
                Load(guard.Operands[0]);
                _il.Emit(OpCodes.Brtrue, exit);
                break;
            case Opcode.GuardNoException:
                _il.Emit(OpCodes.Ldloc, _exception!);
                _il.Emit(OpCodes.Brtrue, exit);
                break;
            case Opcode.GuardException:
                _il.Emit(OpCodes.Ldloc, _exception!);
                _il.Emit(OpCodes.Brfalse, exit);
                _il.Emit(OpCodes.Ldloc, _exception!);
                EmitExactTypeTest(ClassType(guard), exit);
                _il.Emit(OpCodes.Ldloc, _exception!);
                Store(guard);
                _il.Emit(OpCodes.Ldnull);
                _il.Emit(OpCodes.Stloc, _exception!);
                break;
            case Opcode.GuardNoOverflow:
                _il.Emit(OpCodes.Ldloc, OverflowFlag);
                _il.Emit(OpCodes.Brtrue, exit);
                break;
            case Opcode.GuardOverflow:
                _il.Emit(OpCodes.Ldloc, OverflowFlag);
                _il.Emit(OpCodes.Brfalse, exit);
                break;
            case Opcode.GuardNotInvalidated:
                _il.Emit(OpCodes.Ldarg_0);
                _il.Emit(OpCodes.Ldfld, InvalidationField);
                _il.Emit(OpCodes.Volatile);
                _il.Emit(OpCodes.Ldfld, IsSetField);
                _il.Emit(OpCodes.Brtrue, exit);
                break;
            default:
                throw new NotSupportedException($"the CIL backend does not compile {guard.Info.Name}");
        }
    }

    /// <summary>
    /// Branches to exit unless the non-null object on the stack is exactly of the type. The shape
    /// obj.GetType() != typeof(T) is one RyuJIT turns into a method-table compare.
    /// </summary>
    private void EmitExactTypeTest(Type type, Label exit)
    {
        _il.Emit(OpCodes.Callvirt, GetTypeMethod);
        _il.Emit(OpCodes.Ldtoken, type);
        _il.Emit(OpCodes.Call, TypeFromHandle);
        _il.Emit(OpCodes.Call, TypeInequality);
        _il.Emit(OpCodes.Brtrue, exit);
    }

    private static Type ClassType(Operation op) =>
        (op.Descr as ClassDescr)?.Type ?? throw new NotSupportedException($"{op.Info.Name}: descriptor {op.Descr} has no CLR type");
}
