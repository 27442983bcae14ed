using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Compiler;

/// <summary>
/// A code object: bytecode plus what the frame needs to run it. The attribute names follow
/// CPython's co_* fields. Instructions are parallel arrays: <see cref="Ops"/>[pc] and
/// <see cref="Args"/>[pc]; <see cref="Lines"/>[pc] is the source line (CPython's line table,
/// flattened). All arrays are immutable once built, so a trace reads them as constants when the
/// code object is green.
/// </summary>
public sealed class PyCode : PyObject
{
    [Meta.Jit.ImmutableElements]
    public required int[] Ops;
    [Meta.Jit.ImmutableElements]
    public required int[] Args;
    [Meta.Jit.ImmutableElements]
    public required int[] Lines;
    [Meta.Jit.ImmutableElements]
    public required PyObject[] Consts;
    [Meta.Jit.ImmutableElements]
    public required string[] Names;
    [Meta.Jit.ImmutableElements]
    public required PyStr[] NameObjects;
    public required string[] VarNames;
    public required string[] CellVars;
    public required string[] FreeVars;

    /// <summary>For each cell variable that is also an argument, the argument's index (else -1).</summary>
    public required int[] CellArgs;
    public required string Name;
    public required string QualName;
    public required string FileName;
    public required int FirstLineNo;
    public required int ArgCount;
    public required int PosOnlyArgCount;
    public required int KwOnlyArgCount;
    public required bool HasVarArgs;
    public required bool HasVarKeywords;
    public required bool IsGenerator;

    /// <summary>Compiled from async def (CO_COROUTINE, or CO_ASYNC_GENERATOR when <see cref="IsGenerator"/> too).</summary>
    public bool IsCoroutine;

    /// <summary>Module and class bodies keep names in a dict (LoadName/StoreName), functions in fast locals.</summary>
    public required bool UsesNameDict;
    public required int StackSize;
    public required int BlockDepth;

    /// <summary>Inline caches of attribute instructions, by pc (filled while running; see AttributeCache).</summary>
    public Interpreter.AttributeCache?[] AttributeCaches => _attributeCaches ??= new Interpreter.AttributeCache?[Ops.Length];

    private Interpreter.AttributeCache?[]? _attributeCaches;

    /// <summary>Inline caches of LoadGlobal, by pc (see GlobalCache).</summary>
    public Interpreter.GlobalCache?[] GlobalCaches => _globalCaches ??= new Interpreter.GlobalCache?[Ops.Length];

    private Interpreter.GlobalCache?[]? _globalCaches;

    public override PyType Type => TypeObjects.Code;

    public int NLocals => VarNames.Length;

    public int NCells => CellVars.Length + FreeVars.Length;

    public override string ToString() => $"<code object {Name}, file \"{FileName}\", line {FirstLineNo}>";
}
