namespace Meta.Interpreters.Python.Compiler;

/// <summary>
/// Our stack bytecode: one int opcode and one int argument per instruction (docs/python-interpreter.md).
/// Close to CPython 3.10's set (Include/opcode.h), with a runtime block stack for handlers
/// instead of 3.11's exception table, and absolute jump targets.
/// </summary>
public enum Opcode
{
    Nop,
    PopTop,
    RotTwo,
    RotThree,
    DupTop,
    DupTopTwo,
    LoadConst,
    LoadFast,
    StoreFast,
    DeleteFast,
    LoadDeref,
    StoreDeref,
    DeleteDeref,
    LoadClosure,
    LoadClassDeref,
    LoadGlobal,
    StoreGlobal,
    DeleteGlobal,
    LoadName,
    StoreName,
    DeleteName,
    LoadAttr,
    StoreAttr,
    DeleteAttr,
    LoadMethod,
    CallMethod,
    BinarySubscr,
    StoreSubscr,
    DeleteSubscr,
    BinaryOp,
    InplaceOp,
    UnaryNot,
    UnaryNegative,
    UnaryPositive,
    UnaryInvert,
    CompareOp,
    IsOp,
    ContainsOp,
    Jump,
    JumpBackward,
    PopJumpIfFalse,
    PopJumpIfTrue,
    JumpIfFalseOrPop,
    JumpIfTrueOrPop,
    GetIter,
    ForIter,
    BuildTuple,
    BuildList,
    BuildSet,
    BuildMap,
    BuildConstKeyMap,
    BuildSlice,
    BuildString,
    ListAppend,
    SetAdd,
    MapAdd,
    ListExtend,
    SetUpdate,
    DictUpdate,
    DictMerge,
    ListToTuple,
    UnpackSequence,
    UnpackEx,
    CallFunction,
    CallFunctionKw,
    CallFunctionEx,
    MakeFunction,
    LoadBuildClass,
    ReturnValue,
    YieldValue,
    GetYieldFromIter,
    YieldFrom,
    SetupExcept,
    SetupCleanup,
    PopBlock,
    PopExcept,
    Reraise,
    CheckExcMatch,
    RaiseVarargs,
    BeforeWith,
    WithExceptStart,
    FormatValue,
    ImportName,
    ImportFrom,
    ImportStar,
    LoadAssertionError,
    SetupAnnotations,
    PrintExpr,

    /// <summary>Match statements (PEP 634): pop the subject, push whether it is a sequence a sequence pattern may match (list, tuple, range; not str or bytes).</summary>
    MatchSequence,

    /// <summary>Pop the subject, push whether it is a mapping (a dict).</summary>
    MatchMapping,

    /// <summary>Pop a value, push len(value).</summary>
    GetLen,

    /// <summary>Pop subject and a tuple of keys; push the tuple of their values, or None when a key is missing (MATCH_KEYS).</summary>
    MatchKeys,

    /// <summary>Pop a dict and a tuple of keys; push a copy of the dict without those keys (the **rest of a mapping pattern).</summary>
    CopyDictWithoutKeys,

    /// <summary>Pop subject, class and keyword-attribute names; push the tuple of attributes for arg positional and the keyword sub-patterns, or None when the subject is not an instance (MATCH_CLASS).</summary>
    MatchClass,

    /// <summary>await: replaces TOS by its awaitable iterator (CPython's GET_AWAITABLE).</summary>
    GetAwaitable,
}

/// <summary>Argument bits of <see cref="Opcode.MakeFunction"/> (CPython's MAKE_FUNCTION flags).</summary>
public static class MakeFunctionFlags
{
    public const int Defaults = 1;
    public const int KwDefaults = 2;
    public const int Closure = 8;
}
