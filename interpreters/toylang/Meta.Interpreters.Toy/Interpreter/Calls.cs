using Meta.Interpreters.Toy.Builtins;
using Meta.Interpreters.Toy.Bytecode;
using Meta.Interpreters.Toy.Runtime;
using Meta.Jit;

namespace Meta.Interpreters.Toy.Interpreter;

/// <summary>
/// The Call instruction: callee and arguments are on the caller's stack. A user function runs
/// in a new frame by a recursive call of the dispatch loop (as PyPy's interpreter does), so the
/// JIT sees a call of the portal; builtins and record constructors run right here.
/// </summary>
public static class Calls
{
    public static Value Call(Frame frame, int argc)
    {
        var callee = frame.PeekAt(argc);
        if (callee is FunctionValue function)
        {
            return CallFunction(function, frame, argc);
        }
        if (callee is BuiltinFunction builtin)
        {
            return BuiltinCalls.Call(builtin, frame, argc);
        }
        if (callee is RecordType type)
        {
            return Construct(type, frame, argc);
        }
        throw Errors.CannotCall(callee);
    }

    private static Value CallFunction(FunctionValue function, Frame caller, int argc)
    {
        // A call site nearly always calls the same function: its code becomes a trace constant.
        var code = Hints.Promote(function.Code);
        if (argc != code.Arity)
        {
            throw Errors.WrongArgumentCount(code.Name, code.Arity, argc, "argument");
        }
        if (caller.Depth >= caller.Context.MaxDepth)
        {
            throw Errors.StackOverflow(caller.Context.MaxDepth);
        }
        var callee = new Frame(code.LocalCount, code.MaxStack, function.Cells, caller.Depth + 1, caller.Context);
        CopyArguments(caller, callee, argc);
        return DispatchLoop.Execute(code, callee);
    }

    [UnrollSafe]
    private static void CopyArguments(Frame caller, Frame callee, int argc)
    {
        for (var i = 0; i < argc; i++)
        {
            callee.Locals[i] = caller.PeekAt(argc - 1 - i);
        }
    }

    [UnrollSafe]
    private static Value Construct(RecordType type, Frame frame, int argc)
    {
        var shape = Hints.Promote(type);
        if (argc != shape.Fields.Length)
        {
            throw Errors.WrongArgumentCount(shape.Name, shape.Fields.Length, argc, "field value");
        }
        var fields = new Value[argc];
        for (var i = 0; i < argc; i++)
        {
            fields[i] = frame.PeekAt(argc - 1 - i);
        }
        return new RecordValue(shape, fields);
    }

    /// <summary>A closure of <paramref name="code"/>: the cells it captures, taken from the creating frame.</summary>
    [UnrollSafe]
    public static FunctionValue MakeClosure(CodeObject code, Frame creator)
    {
        var cells = new Cell[code.CaptureFrom.Length];
        for (var i = 0; i < cells.Length; i++)
        {
            var from = code.CaptureFrom[i];
            cells[i] = from >= 0 ? (Cell)creator.Locals[from] : creator.Cells[-from - 1];
        }
        return new FunctionValue(code, cells);
    }

    /// <summary>Removes the callee and the arguments of a finished call from the stack.</summary>
    [UnrollSafe]
    public static void DropCall(Frame frame, int argc)
    {
        for (var i = 0; i <= argc; i++)
        {
            frame.Pop();
        }
    }
}
