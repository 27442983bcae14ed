using Meta.Interpreters.Toy.Parsing;
using Meta.Interpreters.Toy.Runtime;

namespace Meta.Interpreters.Toy.Bytecode;

/// <summary>
/// Turns a resolved syntax tree into code objects, one per function, by a walk over the tree.
/// Statements leave the operand stack as they found it; expressions push exactly one value.
/// </summary>
public sealed class Compiler
{
    private readonly CodeBuilder _code;
    private readonly FunctionScope _scope;
    private readonly Globals _globals;
    private readonly string _file;
    private readonly bool _echo;
    private readonly List<LoopLabels> _loops = [];
    private int _blockDepth;

    private Compiler(CodeBuilder code, FunctionScope scope, Globals globals, string file, bool echo)
    {
        _code = code;
        _scope = scope;
        _globals = globals;
        _file = file;
        _echo = echo;
    }

    /// <summary>
    /// Parses, resolves and compiles a program into its main code object. With echo (the REPL),
    /// the value of each top-level expression statement is printed.
    /// </summary>
    public static CodeObject CompileProgram(string source, string file, Globals globals, bool echo = false)
    {
        var program = Parser.Parse(source, file);
        var main = Resolver.ResolveProgram(program, file, topLevelLocals: !echo);
        var compiler = new Compiler(new CodeBuilder("main", file, 0), main, globals, file, echo);
        foreach (var statement in program)
        {
            compiler.Statement(statement);
        }
        compiler._code.Emit(Op.LoadNil, 0, 0, 0);
        compiler._code.Emit(Op.Return, 0, 0, 0);
        return compiler._code.Build(main.Locals.Count, []);
    }

    private void Statement(Stmt statement)
    {
        switch (statement)
        {
            case ExpressionStmt s:
                Expression(s.Expression);
                Emit(_echo && _blockDepth == 0 && _scope.Parent is null ? Op.Echo : Op.Pop, 0, s);
                break;
            case VarDecl s:
                Declare(s.Symbol, s.Name, s.Value, s);
                break;
            case FunDecl s:
                Declare(s.Symbol, s.Name, new FunctionExpr(s.Function, s.Line, s.Column), s);
                break;
            case RecordDecl s:
                var type = new RecordType(s.Name, [.. s.Fields]);
                Declare(s.Symbol, s.Name, null, s, _code.AddConstant(type));
                break;
            case Assign s:
                Assignment(s);
                break;
            case Block s:
                _blockDepth++;
                foreach (var inner in s.Statements)
                {
                    Statement(inner);
                }
                _blockDepth--;
                break;
            case If s:
                IfStatement(s);
                break;
            case While s:
                WhileLoop(s);
                break;
            case For s:
                ForLoop(s);
                break;
            case Break s:
                _loops[^1].Breaks.Add(Emit(Op.Jump, -1, s));
                break;
            case Continue s:
                Emit(Op.Loop, _loops[^1].Continue, s);
                break;
            case Return s:
                if (s.Value is null)
                {
                    Emit(Op.LoadNil, 0, s);
                }
                else
                {
                    Expression(s.Value);
                }
                Emit(Op.Return, 0, s);
                break;
            default:
                throw new InvalidOperationException($"compiler: unknown statement {statement.GetType().Name}");
        }
    }

    // A var, fun or record declaration: evaluate (or load the constant), then store. A captured
    // local gets a fresh cell first, so each execution of the declaration (each loop iteration)
    // makes a new variable, and a function can see itself in its own cell.
    private void Declare(Symbol? symbol, string name, Expr? value, Stmt at, int constant = -1)
    {
        if (symbol is { Captured: true })
        {
            Emit(Op.NewCell, symbol.Slot, at);
        }
        if (value is null)
        {
            Emit(Op.LoadConst, constant, at);
        }
        else
        {
            Expression(value);
        }
        if (symbol is null)
        {
            Emit(Op.DefineGlobal, _globals.SlotOf(name), at);
        }
        else
        {
            Emit(symbol.Captured ? Op.StoreCell : Op.StoreLocal, symbol.Slot, at);
        }
    }

    private void Assignment(Assign s)
    {
        switch (s.Target)
        {
            case Variable v:
                Expression(s.Value);
                StoreVariable(v.Symbol, v.Name, s);
                break;
            case Subscript i:
                Expression(i.Container);
                Expression(i.Key);
                Expression(s.Value);
                Emit(Op.SetIndex, 0, i);
                break;
            case FieldGet f:
                Expression(f.Target);
                Expression(s.Value);
                Emit(Op.SetField, _code.AddName(f.Name), f);
                break;
            default:
                throw new InvalidOperationException("compiler: the parser let through a bad assignment target");
        }
    }

    private void StoreVariable(Symbol? symbol, string name, Stmt at)
    {
        if (symbol is null)
        {
            Emit(Op.StoreGlobal, _globals.SlotOf(name), at);
        }
        else if (symbol.Owner != _scope)
        {
            Emit(Op.StoreFree, _scope.FreeIndex(symbol), at);
        }
        else
        {
            Emit(symbol.Captured ? Op.StoreCell : Op.StoreLocal, symbol.Slot, at);
        }
    }

    private void IfStatement(If s)
    {
        Expression(s.Condition);
        var toElse = Emit(Op.JumpIfFalse, -1, s);
        Statement(s.Then);
        if (s.Else is null)
        {
            _code.PatchToHere(toElse);
            return;
        }
        var toEnd = Emit(Op.Jump, -1, s);
        _code.PatchToHere(toElse);
        Statement(s.Else);
        _code.PatchToHere(toEnd);
    }

    private void WhileLoop(While s)
    {
        var top = _code.Count;
        Expression(s.Condition);
        var exit = Emit(Op.JumpIfFalse, -1, s);
        _loops.Add(new LoopLabels(top));
        Statement(s.Body);
        Emit(Op.Loop, top, s);
        _code.PatchToHere(exit);
        foreach (var jump in _loops[^1].Breaks)
        {
            _code.PatchToHere(jump);
        }
        _loops.RemoveAt(_loops.Count - 1);
    }

    // iterable GetIter; top: ForIter exit; store x; body; Loop top; break: Pop; exit:
    // The iterator stays on the stack during the loop: a break jumps to the Pop that drops it,
    // the end of the iteration leaves through ForIter, which drops it itself.
    private void ForLoop(For s)
    {
        Expression(s.Iterable);
        Emit(Op.GetIter, 0, s);
        var top = Emit(Op.ForIter, -1, s);
        var symbol = s.Symbol!;
        if (symbol.Captured)
        {
            Emit(Op.NewCell, symbol.Slot, s);
        }
        Emit(symbol.Captured ? Op.StoreCell : Op.StoreLocal, symbol.Slot, s);
        _loops.Add(new LoopLabels(top));
        Statement(s.Body);
        Emit(Op.Loop, top, s);
        foreach (var jump in _loops[^1].Breaks)
        {
            _code.PatchToHere(jump);
        }
        _loops.RemoveAt(_loops.Count - 1);
        Emit(Op.Pop, 0, s);
        _code.PatchToHere(top);
    }

    private void Expression(Expr expression)
    {
        switch (expression)
        {
            case IntLiteral e:
                Emit(Op.LoadConst, _code.AddConstant(new IntValue(e.Value)), e);
                break;
            case FloatLiteral e:
                Emit(Op.LoadConst, _code.AddConstant(new FloatValue(e.Value)), e);
                break;
            case StringLiteral e:
                Emit(Op.LoadConst, _code.AddConstant(new StringValue(e.Value)), e);
                break;
            case BoolLiteral e:
                Emit(e.Value ? Op.LoadTrue : Op.LoadFalse, 0, e);
                break;
            case NilLiteral e:
                Emit(Op.LoadNil, 0, e);
                break;
            case Variable e:
                LoadVariable(e);
                break;
            case Binary e:
                Expression(e.Left);
                Expression(e.Right);
                Emit(BinaryOp(e.Operator), 0, e);
                break;
            case Logical e:
                Expression(e.Left);
                var skip = Emit(e.Operator == TokenKind.And ? Op.JumpIfFalseKeep : Op.JumpIfTrueKeep, -1, e);
                Expression(e.Right);
                _code.PatchToHere(skip);
                break;
            case Unary e:
                Expression(e.Operand);
                Emit(e.Operator == TokenKind.Minus ? Op.Negate : Op.Not, 0, e);
                break;
            case Call e:
                Expression(e.Callee);
                foreach (var argument in e.Arguments)
                {
                    Expression(argument);
                }
                Emit(Op.Call, e.Arguments.Count, e);
                break;
            case Subscript e:
                Expression(e.Container);
                Expression(e.Key);
                Emit(Op.GetIndex, 0, e);
                break;
            case FieldGet e:
                Expression(e.Target);
                Emit(Op.GetField, _code.AddName(e.Name), e);
                break;
            case ListLiteral e:
                foreach (var item in e.Items)
                {
                    Expression(item);
                }
                Emit(Op.BuildList, e.Items.Count, e);
                break;
            case MapLiteral e:
                foreach (var (key, value) in e.Entries)
                {
                    Expression(key);
                    Expression(value);
                }
                Emit(Op.BuildMap, e.Entries.Count, e);
                break;
            case FunctionExpr e:
                Emit(Op.MakeClosure, _code.AddFunction(CompileFunction(e.Function)), e);
                break;
            default:
                throw new InvalidOperationException($"compiler: unknown expression {expression.GetType().Name}");
        }
    }

    private void LoadVariable(Variable e)
    {
        var symbol = e.Symbol;
        if (symbol is null)
        {
            Emit(Op.LoadGlobal, _globals.SlotOf(e.Name), e);
        }
        else if (symbol.Owner != _scope)
        {
            Emit(Op.LoadFree, _scope.FreeIndex(symbol), e);
        }
        else
        {
            Emit(symbol.Captured ? Op.LoadCell : Op.LoadLocal, symbol.Slot, e);
        }
    }

    private CodeObject CompileFunction(FunctionBody function)
    {
        var scope = function.Scope!;
        var compiler = new Compiler(new CodeBuilder(function.Name, _file, function.Parameters.Count), scope, _globals, _file, echo: false);
        // A captured parameter moves into a cell before the body runs.
        for (var i = 0; i < function.Parameters.Count; i++)
        {
            if (scope.Locals[i].Captured)
            {
                compiler.Emit(Op.LoadLocal, i, function.Line, function.Column);
                compiler.Emit(Op.NewCell, i, function.Line, function.Column);
                compiler.Emit(Op.StoreCell, i, function.Line, function.Column);
            }
        }
        foreach (var statement in function.Body.Statements)
        {
            compiler.Statement(statement);
        }
        compiler.Emit(Op.LoadNil, 0, function.Line, function.Column);
        compiler.Emit(Op.Return, 0, function.Line, function.Column);
        // Where each captured cell comes from when this function's closure is made, here.
        var captureFrom = new int[scope.Free.Count];
        for (var i = 0; i < captureFrom.Length; i++)
        {
            var symbol = scope.Free[i];
            captureFrom[i] = symbol.Owner == _scope ? symbol.Slot : -(_scope.FreeIndex(symbol) + 1);
        }
        return compiler._code.Build(scope.Locals.Count, captureFrom);
    }

    private static Op BinaryOp(TokenKind kind) => kind switch
    {
        TokenKind.Plus => Op.Add,
        TokenKind.Minus => Op.Subtract,
        TokenKind.Star => Op.Multiply,
        TokenKind.Slash => Op.Divide,
        TokenKind.Percent => Op.Modulo,
        TokenKind.EqualEqual => Op.Equal,
        TokenKind.BangEqual => Op.NotEqual,
        TokenKind.Less => Op.Less,
        TokenKind.LessEqual => Op.LessEqual,
        TokenKind.Greater => Op.Greater,
        TokenKind.GreaterEqual => Op.GreaterEqual,
        _ => throw new InvalidOperationException($"compiler: {kind} is not a binary operator"),
    };

    private int Emit(Op op, int arg, Stmt at) => _code.Emit(op, arg, at.Line, at.Column);

    private int Emit(Op op, int arg, Expr at) => _code.Emit(op, arg, at.Line, at.Column);

    private int Emit(Op op, int arg, int line, int column) => _code.Emit(op, arg, line, column);

    // The jump targets of the innermost loop: continue goes back to its test, breaks are patched at its exit.
    private sealed class LoopLabels(int continueTarget)
    {
        public int Continue { get; } = continueTarget;

        public List<int> Breaks { get; } = [];
    }
}
