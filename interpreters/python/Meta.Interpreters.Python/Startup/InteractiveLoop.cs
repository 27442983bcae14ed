using Meta.Interpreters.Python.Builtins;
using Meta.Interpreters.Python.Compiler;
using Meta.Interpreters.Python.Interpreter;
using Meta.Interpreters.Python.Modules.IO;
using Meta.Interpreters.Python.Objects;
using Meta.Interpreters.Python.Parsing;

namespace Meta.Interpreters.Python.Startup;

/// <summary>
/// The interactive loop (Python/pythonrun.c's PyRun_InteractiveLoop, with Lib/codeop.py's test for
/// incomplete input): sys.ps1 and sys.ps2 prompts on stderr, lines from sys.stdin, each complete
/// statement compiled in 'single' mode (expression values go to sys.displayhook), exceptions
/// printed and the loop continued, end of input leaves with status 0.
/// </summary>
public static class InteractiveLoop
{
    /// <summary>Runs until end of input; the exit status (a SystemExit's, else 0).</summary>
    public static int Run(PyModule main, TextWriter stderr)
    {
        var sys = (PyModule)Importer.Modules.Get("sys")!;
        if (sys.Dict.Get("ps1") is null)
        {
            sys.Dict.Set("ps1", PyStr.From(">>> "));
        }
        if (sys.Dict.Get("ps2") is null)
        {
            sys.Dict.Set("ps2", PyStr.From("... "));
        }
        var buffer = new List<string>();
        var terminal = StandardStreams.StdinIsTerminal();
        using var interrupts = terminal ? Modules.SignalModule.InteractiveInterrupts() : null;
        while (true)
        {
            var prompt = Ops.Str(sys.Dict.Get(buffer.Count == 0 ? "ps1" : "ps2") ?? PyStr.From(""));
            string line;
            try
            {
                Modules.SignalModule.Waiting(terminal);
                WritePrompt(prompt);
                var stdin = sys.Dict.Get("stdin") ?? PyNone.Instance;
                if (terminal && StandardStreams.StdinMustWait(stdin))
                {
                    Modules.SignalModule.WaitForInput(0);
                }
                var read = IOBase.Call(stdin, "readline");
                line = read is PyStr s ? s.Value : throw Errors.TypeError("object.readline() returned non-string");
            }
            catch (PyError e) when (e.Value.Type.IsSubtypeOf(TypeObjects.KeyboardInterrupt))
            {
                WriteStderr("\nKeyboardInterrupt\n");
                buffer.Clear();
                continue;
            }
            finally
            {
                Modules.SignalModule.Waiting(false);
            }
            if (line.Length == 0)
            {
                WriteStderr("\n");
                return 0;
            }
            buffer.Add(line.TrimEnd('\n'));
            var source = string.Join("\n", buffer) + "\n";
            var code = Compile(source, line.Trim().Length == 0, out var more, stderr);
            if (more)
            {
                continue;
            }
            buffer.Clear();
            if (code is null)
            {
                continue;
            }
            if (Execute(code, main, stderr) is { } status)
            {
                return status;
            }
        }
    }

    private static void WritePrompt(string prompt)
    {
        if (StandardStreams.CurrentStdout() is not PyNone and var stdout)
        {
            IOBase.Call(stdout, "flush");
        }
        WriteStderr(prompt);
    }

    private static void WriteStderr(string text)
    {
        var stderr = StandardStreams.CurrentStderr();
        if (stderr is not PyNone)
        {
            IOBase.Call(stderr, "write", PyStr.From(text));
            IOBase.Call(stderr, "flush");
        }
    }

    /// <summary>
    /// codeop's rule: input that fails only because it ended too soon (an open bracket or
    /// triple-quoted string, a block header without its body) asks for more; a compound statement
    /// ends at an empty line. Other syntax errors are printed and the input is dropped.
    /// </summary>
    private static PyCode? Compile(string source, bool blankLine, out bool more, TextWriter stderr)
    {
        more = false;
        try
        {
            var module = Parser.ParseModule(source, "<stdin>");
            if (!blankLine && module.Body.Count > 0 && IsCompound(module.Body[^1]))
            {
                more = true;
                return null;
            }
            return CodeGenerator.CompileInteractive(module, "<stdin>");
        }
        catch (PythonSyntaxError e) when (!blankLine && IsIncomplete(e.Msg))
        {
            more = true;
            return null;
        }
        catch (PythonSyntaxError e)
        {
            Runner.FlushStandardStreams();
            Runner.PrintSyntaxError(e, stderr);
            return null;
        }
        catch (PyError e)
        {
            Runner.FlushStandardStreams();
            stderr.Write(Runner.FormatException(e.Value));
            return null;
        }
    }

    private static bool IsCompound(Ast.StmtNode statement) => statement is Ast.If or Ast.For or Ast.While or Ast.With or Ast.Try
        or Ast.FunctionDef or Ast.ClassDef or Ast.AsyncFunctionDef or Ast.AsyncFor or Ast.AsyncWith or Ast.Match;

    private static bool IsIncomplete(string message) =>
        message.StartsWith("expected an indented block", StringComparison.Ordinal)
        || message.EndsWith("was never closed", StringComparison.Ordinal)
        || message.StartsWith("unterminated triple-quoted string", StringComparison.Ordinal)
        || message.StartsWith("unexpected EOF", StringComparison.Ordinal);

    /// <summary>Runs one input; a status when it raised SystemExit, else null (exceptions are printed and kept in sys.last_*).</summary>
    private static int? Execute(PyCode code, PyModule main, TextWriter stderr)
    {
        try
        {
            Interp.Execute(new Frame(code, main.Dict) { NameDict = main.Dict });
            return null;
        }
        catch (PyError e) when (e.Value.Type.IsSubtypeOf(TypeObjects.SystemExit))
        {
            return Runner.ExitStatus(e.Value, stderr);
        }
        catch (PyError e)
        {
            var sys = (PyModule)Importer.Modules.Get("sys")!;
            sys.Dict.Set("last_type", e.Value.Type);
            sys.Dict.Set("last_value", e.Value);
            sys.Dict.Set("last_traceback", PyNone.Instance);
            Runner.FlushStandardStreams();
            stderr.Write(Runner.FormatException(e.Value));
            return null;
        }
    }
}
