using Meta.Interpreters.Toy.Runtime;

namespace Meta.Interpreters.Toy.Parsing;

/// <summary>
/// Decides what every variable name means before the compiler runs: a local of the function it
/// is in, a variable of an enclosing function (captured: the closure shares its cell), or a
/// global. Declarations at the top level of the program are globals; everything declared in a
/// block or function is local to it. A global is looked up by name when the code runs, so
/// functions can call functions declared after them. A top-level variable of a whole program
/// that no function names is a local of the main code instead (as a Lua chunk's locals): only
/// the main code could reach it, in textual order, so nothing can tell, and the JIT keeps it in
/// a register instead of a global's heap slot.
/// </summary>
public sealed class Resolver
{
    // Innermost block last; each scope belongs to one function.
    private readonly List<(FunctionScope Function, Dictionary<string, Symbol> Names)> _scopes = [];
    private readonly string _file;
    private readonly FunctionScope _main;
    // Names functions look up as globals; null while they are being found (every top-level variable is global then).
    private readonly HashSet<string>? _namedByFunctions;
    private readonly HashSet<string> _globalsNamedByFunctions = [];
    private readonly Dictionary<string, Symbol> _topLevelLocals = [];
    private FunctionScope _function;
    private int _loopDepth;

    private Resolver(string file, FunctionScope main, HashSet<string>? namedByFunctions)
    {
        _file = file;
        _main = main;
        _function = main;
        _namedByFunctions = namedByFunctions;
    }

    /// <summary>
    /// Resolves a program; returns the scope of its main code (the locals of top-level blocks, and
    /// with <paramref name="topLevelLocals"/> of the top-level variables no function names). The
    /// REPL resolves each input alone and keeps every top-level variable global.
    /// </summary>
    public static FunctionScope ResolveProgram(IReadOnlyList<Stmt> program, string file, bool topLevelLocals)
    {
        var globalsOnly = Resolve(program, file, null);
        return topLevelLocals ? Resolve(program, file, globalsOnly._globalsNamedByFunctions)._main : globalsOnly._main;
    }

    private static Resolver Resolve(IReadOnlyList<Stmt> program, string file, HashSet<string>? namedByFunctions)
    {
        var resolver = new Resolver(file, new FunctionScope(null), namedByFunctions);
        foreach (var statement in program)
        {
            resolver.Statement(statement);
        }
        return resolver;
    }

    private bool AtTopLevel => _scopes.Count == 0;

    private void Statement(Stmt statement)
    {
        switch (statement)
        {
            case ExpressionStmt s:
                Expression(s.Expression);
                break;
            case VarDecl s:
                // The new variable is not visible in its own initializer: 'var x = x;' reads an outer x.
                Expression(s.Value);
                s.Symbol = AtTopLevel && _namedByFunctions is { } named && !named.Contains(s.Name)
                    ? _topLevelLocals[s.Name] = _main.Declare(s.Name)
                    : Declare(s.Name);
                break;
            case FunDecl s:
                // Visible in its own body, so that it can call itself.
                s.Symbol = Declare(s.Name);
                Function(s.Function);
                break;
            case RecordDecl s:
                s.Symbol = Declare(s.Name);
                break;
            case Assign s:
                Expression(s.Target);
                Expression(s.Value);
                break;
            case Block s:
                BlockScope(s, null);
                break;
            case If s:
                Expression(s.Condition);
                BlockScope(s.Then, null);
                if (s.Else is not null)
                {
                    Statement(s.Else);
                }
                break;
            case While s:
                Expression(s.Condition);
                _loopDepth++;
                BlockScope(s.Body, null);
                _loopDepth--;
                break;
            case For s:
                Expression(s.Iterable);
                _loopDepth++;
                BlockScope(s.Body, s);
                _loopDepth--;
                break;
            case Break s:
                if (_loopDepth == 0)
                {
                    throw ToyError.Syntax("'break' outside a loop", _file, s.Line, s.Column);
                }
                break;
            case Continue s:
                if (_loopDepth == 0)
                {
                    throw ToyError.Syntax("'continue' outside a loop", _file, s.Line, s.Column);
                }
                break;
            case Return s:
                if (_function.Parent is null)
                {
                    throw ToyError.Syntax("'return' outside a function", _file, s.Line, s.Column);
                }
                if (s.Value is not null)
                {
                    Expression(s.Value);
                }
                break;
            default:
                throw new InvalidOperationException($"resolver: unknown statement {statement.GetType().Name}");
        }
    }

    // A block gets its own scope; a for loop's variable is declared in its body's scope.
    private void BlockScope(Block block, For? loop)
    {
        _scopes.Add((_function, new Dictionary<string, Symbol>()));
        if (loop is not null)
        {
            loop.Symbol = Declare(loop.Name);
        }
        foreach (var statement in block.Statements)
        {
            Statement(statement);
        }
        _scopes.RemoveAt(_scopes.Count - 1);
    }

    private void Function(FunctionBody function)
    {
        var outerFunction = _function;
        var outerLoops = _loopDepth;
        _function = new FunctionScope(outerFunction);
        function.Scope = _function;
        _loopDepth = 0;
        _scopes.Add((_function, new Dictionary<string, Symbol>()));
        foreach (var parameter in function.Parameters)
        {
            Declare(parameter);
        }
        // The body's statements share the parameters' scope.
        foreach (var statement in function.Body.Statements)
        {
            Statement(statement);
        }
        _scopes.RemoveAt(_scopes.Count - 1);
        _function = outerFunction;
        _loopDepth = outerLoops;
    }

    private Symbol? Declare(string name)
    {
        if (AtTopLevel)
        {
            // A global of this name from here on: no longer the top-level local it may have been.
            _topLevelLocals.Remove(name);
            return null;
        }
        var scope = _scopes[^1].Names;
        var symbol = _function.Declare(name);
        // Redeclaring in the same block makes a new variable; the old one is simply no longer named.
        scope[name] = symbol;
        return symbol;
    }

    private void Expression(Expr expression)
    {
        switch (expression)
        {
            case IntLiteral or FloatLiteral or StringLiteral or BoolLiteral or NilLiteral:
                break;
            case Variable v:
                v.Symbol = Lookup(v.Name);
                break;
            case Binary b:
                Expression(b.Left);
                Expression(b.Right);
                break;
            case Logical l:
                Expression(l.Left);
                Expression(l.Right);
                break;
            case Unary u:
                Expression(u.Operand);
                break;
            case Call c:
                Expression(c.Callee);
                foreach (var argument in c.Arguments)
                {
                    Expression(argument);
                }
                break;
            case Subscript s:
                Expression(s.Container);
                Expression(s.Key);
                break;
            case FieldGet f:
                Expression(f.Target);
                break;
            case ListLiteral l:
                foreach (var item in l.Items)
                {
                    Expression(item);
                }
                break;
            case MapLiteral m:
                foreach (var (key, value) in m.Entries)
                {
                    Expression(key);
                    Expression(value);
                }
                break;
            case FunctionExpr f:
                Function(f.Function);
                break;
            default:
                throw new InvalidOperationException($"resolver: unknown expression {expression.GetType().Name}");
        }
    }

    // Innermost declaration first; null means a global. A local of an enclosing function becomes
    // captured, and every function between here and its owner passes its cell along.
    private Symbol? Lookup(string name)
    {
        for (var i = _scopes.Count - 1; i >= 0; i--)
        {
            if (_scopes[i].Names.TryGetValue(name, out var symbol))
            {
                if (symbol.Owner != _function)
                {
                    symbol.Captured = true;
                    for (var function = _function; function != symbol.Owner; function = function.Parent!)
                    {
                        function.FreeIndex(symbol);
                    }
                }
                return symbol;
            }
        }
        if (_function == _main && _topLevelLocals.TryGetValue(name, out var topLevel))
        {
            return topLevel;
        }
        if (_function != _main)
        {
            _globalsNamedByFunctions.Add(name);
        }
        return null;
    }
}
