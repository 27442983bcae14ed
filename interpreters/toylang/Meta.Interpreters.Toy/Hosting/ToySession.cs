using System.Runtime.ExceptionServices;
using Meta.Interpreters.Toy.Builtins;
using Meta.Interpreters.Toy.Bytecode;
using Meta.Interpreters.Toy.Interpreter;
using Meta.Interpreters.Toy.Runtime;

namespace Meta.Interpreters.Toy.Hosting;

/// <summary>
/// Runs toylang source: compile, then interpret, with globals that persist from one Run to the
/// next (the REPL's inputs share them). This is the embedding API the CLI and the tests use; it
/// is host code, not restricted C#, and is never traced.
/// </summary>
public sealed class ToySession
{
    /// <summary>
    /// Programs run on a thread with this much stack: the interpreter recurses once per toylang
    /// call, and the recursion limit (Context.MaxDepth) must be reached long before the stack is.
    /// </summary>
    public const int StackBytes = 256 * 1024 * 1024;

    private readonly Globals _globals = new();
    private readonly Context _context;

    public ToySession(TextWriter output, int maxDepth = Context.DefaultMaxDepth)
    {
        BuiltinTable.DefineAll(_globals);
        _context = new Context(_globals, output, maxDepth);
    }

    /// <summary>
    /// Runs a program (or one REPL input, with <paramref name="echo"/>). Returns null when it ran
    /// to the end, or the toylang error (syntax or runtime) that stopped it. Anything else thrown
    /// is a bug of the interpreter and is rethrown as is.
    /// </summary>
    public ToyError? Run(string source, string file, bool echo = false)
    {
        ToyError? error = null;
        ExceptionDispatchInfo? crash = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    var main = Compiler.CompileProgram(source, file, _globals, echo);
                    DispatchLoop.Run(main, _context);
                }
                catch (ToyError toyError)
                {
                    error = toyError;
                }
                catch (Exception other)
                {
                    // Carried to the caller's thread, where it surfaces unchanged.
                    crash = ExceptionDispatchInfo.Capture(other);
                }
            },
            StackBytes)
        {
            // A host that gives up waiting (a test's timeout) must still be able to exit.
            IsBackground = true,
        };
        thread.Start();
        thread.Join();
        crash?.Throw();
        return error;
    }
}
