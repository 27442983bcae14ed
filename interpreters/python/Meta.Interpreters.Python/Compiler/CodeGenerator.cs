using System.Numerics;
using Meta.Interpreters.Python.Ast;
using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Compiler;

/// <summary>
/// Compiles one scope of the AST to a <see cref="PyCode"/> (CPython's Python/compile.c in
/// spirit: one pass over the tree, a stack of "frame blocks" to unwind on return, break and
/// continue, finally bodies duplicated on those paths). Statements are in
/// CodeGenerator.Statements.cs, expressions in CodeGenerator.Expressions.cs.
/// </summary>
public sealed partial class CodeGenerator
{
    private readonly SymbolTable _table;
    private readonly Scope _scope;
    private readonly string _fileName;
    private readonly string _qualName;
    private readonly List<int> _ops = [];
    private readonly List<int> _args = [];
    private readonly List<int> _lines = [];
    private readonly List<PyObject> _consts = [];
    private readonly Dictionary<(Type, object), int> _constIndex = [];
    private readonly List<string> _names = [];
    private readonly List<string> _varNames = [];
    private readonly List<int> _labels = [];
    private readonly List<FrameBlock> _blocks = [];
    private int _line;
    private int _depth;
    private int _maxDepth;
    private int _blockDepth;
    private int _maxBlockDepth;

    private CodeGenerator(SymbolTable table, Scope scope, string fileName, string qualName, int firstLine)
    {
        _table = table;
        _scope = scope;
        _fileName = fileName;
        _qualName = qualName;
        _line = firstLine;
        foreach (var p in scope.Params)
        {
            _varNames.Add(p);
        }
        if (scope.IsFunctionLike)
        {
            foreach (var (name, symbol) in scope.Symbols)
            {
                if (symbol == Symbol.Local && !_varNames.Contains(name))
                {
                    _varNames.Add(name);
                }
            }
        }
    }

    private enum BlockKind
    {
        Loop,
        ForLoop,
        TryFinally,
        HandlerCleanup,
        With,
        FinallyEnd,
        PopValue,
    }

    /// <summary>The interactive loop's 'single' mode: module-level expression statements go to sys.displayhook (compile.c's c_interactive).</summary>
    private bool _interactive;

    public static PyCode CompileInteractive(Module module, string fileName)
    {
        var table = SymbolTable.Build(module);
        var gen = new CodeGenerator(table, table.Root, fileName, "<module>", 1) { _interactive = true };
        gen.CompileBody(module.Body, true);
        return gen.Finish("<module>", 1, null);
    }

    public static PyCode CompileModule(Module module, string fileName)
    {
        var table = SymbolTable.Build(module);
        var gen = new CodeGenerator(table, table.Root, fileName, "<module>", 1);
        gen.CompileBody(module.Body, true);
        return gen.Finish("<module>", 1, null);
    }

    private void CompileBody(IReadOnlyList<StmtNode> body, bool isModule)
    {
        for (var i = 0; i < body.Count; i++)
        {
            CompileStmt(body[i]);
        }
        if (isModule || _scope.Kind != ScopeKind.Class)
        {
            LoadConst(PyNone.Instance);
            Emit(Opcode.ReturnValue);
        }
    }

    private PyCode Finish(string name, int firstLine, Arguments? args, int extraArgs = 0)
    {
        var ops = _ops.ToArray();
        var argv = _args.ToArray();
        for (var i = 0; i < ops.Length; i++)
        {
            if (IsJump((Opcode)ops[i]))
            {
                argv[i] = _labels[argv[i]];
            }
        }
        var cells = _scope.CellNames.ToArray();
        var cellArgs = new int[cells.Length];
        for (var i = 0; i < cells.Length; i++)
        {
            cellArgs[i] = _scope.Params.IndexOf(cells[i]);
        }
        return new PyCode
        {
            Ops = ops,
            Args = argv,
            Lines = _lines.ToArray(),
            Consts = _consts.ToArray(),
            Names = _names.ToArray(),
            NameObjects = _names.Select(PyStr.From).ToArray(),
            VarNames = _varNames.ToArray(),
            CellVars = cells,
            FreeVars = _scope.FreeNames.ToArray(),
            CellArgs = cellArgs,
            Name = name,
            QualName = _qualName,
            FileName = _fileName,
            FirstLineNo = firstLine,
            ArgCount = (args is null ? 0 : args.PosOnlyArgs.Count + args.Args.Count) + extraArgs,
            PosOnlyArgCount = args?.PosOnlyArgs.Count ?? 0,
            KwOnlyArgCount = args?.KwOnlyArgs.Count ?? 0,
            HasVarArgs = args?.VarArg is not null,
            HasVarKeywords = args?.KwArg is not null,
            IsGenerator = _scope.IsGenerator,
            IsCoroutine = _scope.IsCoroutine,
            UsesNameDict = !_scope.IsFunctionLike,
            StackSize = _maxDepth + 8,
            BlockDepth = _maxBlockDepth + 2,
        };
    }

    private static bool IsJump(Opcode op) => op is Opcode.Jump or Opcode.JumpBackward or Opcode.PopJumpIfFalse
        or Opcode.PopJumpIfTrue or Opcode.JumpIfFalseOrPop or Opcode.JumpIfTrueOrPop or Opcode.ForIter
        or Opcode.SetupExcept or Opcode.SetupCleanup;

    private int NewLabel()
    {
        _labels.Add(-1);
        return _labels.Count - 1;
    }

    private void Mark(int label) => _labels[label] = _ops.Count;

    private void Emit(Opcode op, int arg = 0)
    {
        _ops.Add((int)op);
        _args.Add(arg);
        _lines.Add(_line);
        _depth += StackEffect(op, arg);
        if (_depth < 0)
        {
            _depth = 0;
        }
        if (_depth > _maxDepth)
        {
            _maxDepth = _depth;
        }
        if (op is Opcode.SetupExcept or Opcode.SetupCleanup)
        {
            _blockDepth++;
            _maxBlockDepth = Math.Max(_maxBlockDepth, _blockDepth);
            // A handler starts with two more values (the previous handled exception and the new one).
            _maxDepth = Math.Max(_maxDepth, _depth + 3);
        }
        else if (op == Opcode.PopBlock)
        {
            _blockDepth--;
        }
    }

    /// <summary>
    /// Net stack effect on the fall-through path; used only to size the frame's stack, so where
    /// paths differ it errs high.
    /// </summary>
    private static int StackEffect(Opcode op, int arg) => op switch
    {
        Opcode.PopTop => -1,
        Opcode.DupTop => 1,
        Opcode.DupTopTwo => 2,
        Opcode.LoadConst or Opcode.LoadFast or Opcode.LoadDeref or Opcode.LoadClosure or Opcode.LoadClassDeref
            or Opcode.LoadGlobal or Opcode.LoadName or Opcode.LoadBuildClass or Opcode.LoadAssertionError => 1,
        Opcode.StoreFast or Opcode.StoreDeref or Opcode.StoreGlobal or Opcode.StoreName => -1,
        Opcode.StoreAttr => -2,
        Opcode.DeleteAttr => -1,
        Opcode.LoadMethod => 1,
        Opcode.CallMethod => -arg - 1,
        Opcode.BinarySubscr => -1,
        Opcode.StoreSubscr => -3,
        Opcode.DeleteSubscr => -2,
        Opcode.BinaryOp or Opcode.InplaceOp or Opcode.CompareOp or Opcode.IsOp or Opcode.ContainsOp => -1,
        Opcode.PopJumpIfFalse or Opcode.PopJumpIfTrue => -1,
        Opcode.ForIter => 1,
        Opcode.BuildTuple or Opcode.BuildList or Opcode.BuildSet => 1 - arg,
        Opcode.BuildMap => 1 - (2 * arg),
        Opcode.BuildConstKeyMap => -arg,
        Opcode.BuildSlice => 1 - arg,
        Opcode.BuildString => 1 - arg,
        Opcode.ListAppend or Opcode.SetAdd or Opcode.ListExtend or Opcode.SetUpdate or Opcode.DictUpdate or Opcode.DictMerge => -1,
        Opcode.MapAdd => -2,
        Opcode.UnpackSequence => arg - 1,
        Opcode.UnpackEx => (arg & 0xFF) + (arg >> 8),
        Opcode.CallFunction => -arg,
        Opcode.CallFunctionKw => -arg - 1,
        Opcode.CallFunctionEx => (arg & 1) != 0 ? -2 : -1,
        Opcode.MakeFunction => -1 - ((arg & 1) != 0 ? 1 : 0) - ((arg & 2) != 0 ? 1 : 0) - ((arg & 8) != 0 ? 1 : 0),
        Opcode.ReturnValue => -1,
        Opcode.YieldFrom => -1,
        Opcode.PopExcept => -1,
        Opcode.CheckExcMatch => 0,
        Opcode.RaiseVarargs => -arg,
        Opcode.BeforeWith => 1,
        Opcode.WithExceptStart => 1,
        Opcode.FormatValue => (arg & 0x100) != 0 ? -1 : 0,
        Opcode.ImportName => -1,
        Opcode.ImportFrom => 1,
        Opcode.ImportStar => -1,
        Opcode.PrintExpr => -1,
        Opcode.MatchKeys or Opcode.CopyDictWithoutKeys => -1,
        Opcode.MatchClass => -2,
        _ => 0,
    };

    private int AddName(string name)
    {
        var i = _names.IndexOf(name);
        if (i < 0)
        {
            _names.Add(name);
            i = _names.Count - 1;
        }
        return i;
    }

    private void LoadConst(PyObject value)
    {
        object key = value switch
        {
            PyInt i => i.Value,
            PyFloat f => BitConverter.DoubleToInt64Bits(f.Value),
            PyStr s => s.Value,
            PyLong l => l.Value,
            _ => value,
        };
        if (!_constIndex.TryGetValue((value.GetType(), key), out var index))
        {
            _consts.Add(value);
            index = _consts.Count - 1;
            _constIndex[(value.GetType(), key)] = index;
        }
        Emit(Opcode.LoadConst, index);
    }

    public static PyObject ConstantToObject(object? value) => value switch
    {
        null => PyNone.Instance,
        bool b => PyBool.From(b),
        long l => PyInt.From(l),
        int i => PyInt.From(i),
        BigInteger big => PyInt.FromBig(big),
        double d => new PyFloat(d),
        string s => PyStr.From(s),
        Complex c => new PyComplex(c),
        byte[] bytes => new PyBytes(bytes),
        EllipsisValue => PyEllipsis.Instance,
        CodePointString cps => PyStr.From(cps.ToString()),
        _ => throw new NotSupportedException("constant " + value.GetType().Name),
    };

    private void PushBlock(BlockKind kind, int label = -1, int label2 = -1, object? data = null) =>
        _blocks.Add(new FrameBlock(kind, label, label2, data));

    private void PopBlockInfo() => _blocks.RemoveAt(_blocks.Count - 1);

    /// <summary>A construct the compiler does not handle yet: a Python SyntaxError saying so, never a .NET crash.</summary>
    internal static PyError Unsupported(string what) =>
        Errors.New(TypeObjects.SyntaxError, $"{what} is not supported by metapy yet");

    private sealed record FrameBlock(BlockKind Kind, int Label, int Label2, object? Data);
}
