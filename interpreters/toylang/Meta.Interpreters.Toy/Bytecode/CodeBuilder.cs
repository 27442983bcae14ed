using Meta.Interpreters.Toy.Runtime;

namespace Meta.Interpreters.Toy.Bytecode;

/// <summary>
/// Collects the instructions of one code object: each with its argument and source position,
/// the constants and names they refer to, and the operand stack depth at every point (the
/// frame's stack is allocated at the maximum).
/// </summary>
public sealed class CodeBuilder(string name, string file, int arity)
{
    private readonly List<Op> _ops = [];
    private readonly List<int> _args = [];
    private readonly List<int> _lines = [];
    private readonly List<int> _columns = [];
    private readonly List<Value> _constants = [];
    private readonly List<string> _names = [];
    private readonly List<CodeObject> _functions = [];
    private int _maxStack;

    /// <summary>Operand stack depth after the instructions emitted so far (on the fall-through path).</summary>
    public int StackDepth { get; set; }

    public int Count => _ops.Count;

    public int Emit(Op op, int arg, int line, int column)
    {
        _ops.Add(op);
        _args.Add(arg);
        _lines.Add(line);
        _columns.Add(column);
        StackDepth += StackEffect(op, arg);
        _maxStack = Math.Max(_maxStack, StackDepth);
        return _ops.Count - 1;
    }

    /// <summary>Points the jump at <paramref name="at"/> to the next instruction to be emitted.</summary>
    public void PatchToHere(int at) => _args[at] = _ops.Count;

    public int AddConstant(Value value)
    {
        _constants.Add(value);
        return _constants.Count - 1;
    }

    public int AddName(string text)
    {
        var index = _names.IndexOf(text);
        if (index < 0)
        {
            _names.Add(text);
            index = _names.Count - 1;
        }
        return index;
    }

    public int AddFunction(CodeObject function)
    {
        _functions.Add(function);
        return _functions.Count - 1;
    }

    public CodeObject Build(int localCount, int[] captureFrom) =>
        new(name, file, arity, localCount, _maxStack, [.. _ops], [.. _args], [.. _lines], [.. _columns],
            [.. _constants], [.. _names], [.. _functions], captureFrom);

    // On the fall-through path; a ForIter that ends the loop pops instead, which the compiler
    // accounts for at the loop's exit.
    private static int StackEffect(Op op, int arg) => op switch
    {
        Op.LoadConst or Op.LoadNil or Op.LoadTrue or Op.LoadFalse or Op.LoadLocal or Op.LoadCell
            or Op.LoadFree or Op.LoadGlobal or Op.MakeClosure or Op.ForIter => 1,
        Op.StoreLocal or Op.StoreCell or Op.StoreFree or Op.StoreGlobal or Op.DefineGlobal or Op.Pop or Op.Echo
            or Op.JumpIfFalse or Op.JumpIfFalseKeep or Op.JumpIfTrueKeep or Op.Return => -1,
        Op.Add or Op.Subtract or Op.Multiply or Op.Divide or Op.Modulo or Op.Equal or Op.NotEqual
            or Op.Less or Op.LessEqual or Op.Greater or Op.GreaterEqual => -1,
        Op.NewCell or Op.Negate or Op.Not or Op.Jump or Op.Loop or Op.GetField or Op.GetIter => 0,
        Op.BuildList => 1 - arg,
        Op.BuildMap => 1 - (2 * arg),
        Op.GetIndex => -1,
        Op.SetIndex => -3,
        Op.SetField => -2,
        Op.Call => -arg,
        _ => throw new InvalidOperationException($"no stack effect for {op}"),
    };
}
