using static Meta.Tracing.IR.OpFlags;

namespace Meta.Tracing.IR;

/// <summary>
/// The operation table of the trace IR (DESIGN.md §4). Everything else about operations —
/// text names (snake_case of the member name), operand and result kinds, flags, descriptors —
/// is derived from this one declaration by <see cref="OpInfo"/>. docs/trace-ir.md documents
/// every row; a test keeps the two in step.
/// </summary>
/// <remarks>
/// int_* work on i32 and long_* on i64, as C#'s int and long; float_* on f64 (RPython's
/// "float" is a double too). Division and remainder have the preconditions of C#'s operators
/// (no zero divisor, no MinValue / -1): the recorder guards them before it records the op.
/// Comparisons give an i32 that is 0 or 1, as CIL's ceq/clt do.
/// </remarks>
public enum Opcode
{
    // 32-bit integer arithmetic (C# int)
    [Op("i32, i32 -> i32", Pure)] IntAdd,
    [Op("i32, i32 -> i32", Pure)] IntSub,
    [Op("i32, i32 -> i32", Pure)] IntMul,
    [Op("i32, i32 -> i32", Pure)] IntDiv,
    [Op("i32, i32 -> i32", Pure)] IntRem,
    [Op("i32, i32 -> i32", Pure)] IntAnd,
    [Op("i32, i32 -> i32", Pure)] IntOr,
    [Op("i32, i32 -> i32", Pure)] IntXor,
    [Op("i32, i32 -> i32", Pure)] IntShl,
    [Op("i32, i32 -> i32", Pure)] IntShr,
    [Op("i32, i32 -> i32", Pure)] IntUshr,
    [Op("i32 -> i32", Pure)] IntNeg,
    [Op("i32 -> i32", Pure)] IntNot,
    [Op("i32, i32 -> i32", Overflow)] IntAddOvf,
    [Op("i32, i32 -> i32", Overflow)] IntSubOvf,
    [Op("i32, i32 -> i32", Overflow)] IntMulOvf,
    [Op("i32, i32 -> i32", Pure)] IntLt,
    [Op("i32, i32 -> i32", Pure)] IntLe,
    [Op("i32, i32 -> i32", Pure)] IntEq,
    [Op("i32, i32 -> i32", Pure)] IntNe,
    [Op("i32, i32 -> i32", Pure)] IntGt,
    [Op("i32, i32 -> i32", Pure)] IntGe,
    [Op("i32, i32 -> i32", Pure)] UintLt,
    [Op("i32, i32 -> i32", Pure)] UintLe,
    [Op("i32, i32 -> i32", Pure)] UintGt,
    [Op("i32, i32 -> i32", Pure)] UintGe,
    [Op("i32 -> i32", Pure)] IntIsZero,
    [Op("i32 -> i32", Pure)] IntIsTrue,

    // 64-bit integer arithmetic (C# long)
    [Op("i64, i64 -> i64", Pure)] LongAdd,
    [Op("i64, i64 -> i64", Pure)] LongSub,
    [Op("i64, i64 -> i64", Pure)] LongMul,
    [Op("i64, i64 -> i64", Pure)] LongDiv,
    [Op("i64, i64 -> i64", Pure)] LongRem,
    [Op("i64, i64 -> i64", Pure)] LongAnd,
    [Op("i64, i64 -> i64", Pure)] LongOr,
    [Op("i64, i64 -> i64", Pure)] LongXor,
    [Op("i64, i32 -> i64", Pure)] LongShl,
    [Op("i64, i32 -> i64", Pure)] LongShr,
    [Op("i64, i32 -> i64", Pure)] LongUshr,
    [Op("i64 -> i64", Pure)] LongNeg,
    [Op("i64 -> i64", Pure)] LongNot,
    [Op("i64, i64 -> i64", Overflow)] LongAddOvf,
    [Op("i64, i64 -> i64", Overflow)] LongSubOvf,
    [Op("i64, i64 -> i64", Overflow)] LongMulOvf,
    [Op("i64, i64 -> i32", Pure)] LongLt,
    [Op("i64, i64 -> i32", Pure)] LongLe,
    [Op("i64, i64 -> i32", Pure)] LongEq,
    [Op("i64, i64 -> i32", Pure)] LongNe,
    [Op("i64, i64 -> i32", Pure)] LongGt,
    [Op("i64, i64 -> i32", Pure)] LongGe,
    [Op("i64, i64 -> i32", Pure)] UlongLt,
    [Op("i64, i64 -> i32", Pure)] UlongLe,
    [Op("i64, i64 -> i32", Pure)] UlongGt,
    [Op("i64, i64 -> i32", Pure)] UlongGe,
    [Op("i64 -> i32", Pure)] LongIsZero,
    [Op("i64 -> i32", Pure)] LongIsTrue,

    // Floating point (C# double)
    [Op("f64, f64 -> f64", Pure)] FloatAdd,
    [Op("f64, f64 -> f64", Pure)] FloatSub,
    [Op("f64, f64 -> f64", Pure)] FloatMul,
    [Op("f64, f64 -> f64", Pure)] FloatDiv,
    [Op("f64 -> f64", Pure)] FloatNeg,
    [Op("f64 -> f64", Pure)] FloatAbs,
    [Op("f64, f64 -> i32", Pure)] FloatLt,
    [Op("f64, f64 -> i32", Pure)] FloatLe,
    [Op("f64, f64 -> i32", Pure)] FloatEq,
    [Op("f64, f64 -> i32", Pure)] FloatNe,
    [Op("f64, f64 -> i32", Pure)] FloatGt,
    [Op("f64, f64 -> i32", Pure)] FloatGe,

    // Conversions
    [Op("i32 -> i64", Pure)] IntToLong,
    [Op("i32 -> i64", Pure)] UintToLong,
    [Op("i64 -> i32", Pure)] LongToInt,
    [Op("i32 -> f64", Pure)] IntToFloat,
    [Op("i64 -> f64", Pure)] LongToFloat,
    [Op("f64 -> i32", Pure)] FloatToInt,
    [Op("f64 -> i64", Pure)] FloatToLong,
    [Op("f64 -> i64", Pure)] FloatToBits,
    [Op("i64 -> f64", Pure)] BitsToFloat,

    // References
    [Op("ref, ref -> i32", Pure)] PtrEq,
    [Op("ref, ref -> i32", Pure)] PtrNe,
    [Op("any -> same", Pure)] SameAs,

    // Strings (System.String is immutable)
    [Op("ref -> i32", Pure, Name = "strlen")] StrLen,
    [Op("ref, i32 -> i32", Pure, Name = "strgetitem")] StrGetItem,

    // Fields and arrays
    [Op("ref -> elem", ReadsHeap, DescrUse.Field, Name = "getfield")] GetField,
    [Op("ref, elem -> void", SideEffect, DescrUse.Field, Name = "setfield")] SetField,
    [Op(" -> elem", ReadsHeap, DescrUse.StaticField, Name = "getstatic")] GetStatic,
    [Op("elem -> void", SideEffect, DescrUse.StaticField, Name = "setstatic")] SetStatic,
    [Op("ref, i32 -> elem", ReadsHeap, DescrUse.Array, Name = "getarrayitem")] GetArrayItem,
    [Op("ref, i32, elem -> void", SideEffect, DescrUse.Array, Name = "setarrayitem")] SetArrayItem,
    [Op("ref -> i32", Pure, Name = "arraylen")] ArrayLen,

    // Allocation. Every CLR object carries its type, so `new` is RPython's new_with_vtable.
    [Op(" -> ref", Allocates, DescrUse.Class)] New,
    [Op("i32 -> ref", Allocates, DescrUse.Array)] NewArray,

    // Calls; the descriptor's effect info refines the flags of each call.
    [Op("args -> ret", SideEffect | CanRaise, DescrUse.Call)] Call,
    [Op("args -> ret", Pure, DescrUse.Call)] CallPure,
    [Op("args -> ret", SideEffect | CanRaise, DescrUse.Call)] CallMayForce,

    // Guards
    [Op("i32 -> void", Guard)] GuardTrue,
    [Op("i32 -> void", Guard)] GuardFalse,
    [Op("any, same -> void", Guard)] GuardValue,
    [Op("ref -> void", Guard, DescrUse.Class)] GuardClass,
    [Op("ref -> void", Guard)] GuardNonnull,
    [Op("ref -> void", Guard)] GuardIsnull,
    [Op(" -> void", Guard)] GuardNoException,
    [Op(" -> ref", Guard, DescrUse.Class)] GuardException,
    [Op(" -> void", Guard)] GuardNoOverflow,
    [Op(" -> void", Guard)] GuardOverflow,
    [Op(" -> void", Guard)] GuardNotInvalidated,

    // Control
    [Op("* -> void", OpFlags.None, DescrUse.Target)] Label,
    [Op("* -> void", Final, DescrUse.OptionalTarget)] Jump,
    [Op("* -> void", Final)] Finish,
}
